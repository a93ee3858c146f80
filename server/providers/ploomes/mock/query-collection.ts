/**
 * @module An OData collection request over records: `$filter` (navigation paths follow links),
 * `$orderby`, the count, `$skip`/`$top`, then `$select`/`$expand` on the page.
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../../../util/json.ts';
import { navigations, typeNameOf, type StoredSet } from './entity-types.ts';
import { evaluateFilter, ODataQueryError, orderValues, type FilterNode, type PathResolver, type QueryOptions } from './odata/index.ts';
import { shapeRecord, type Lookup } from './shape-record.ts';

export interface CollectionQuery {
  records: JsonObject[];
  /** The stored set the records belong to (navigation and messages); undefined for catalogue lists. */
  set?: StoredSet | undefined;
  /** Properties `$select`/`$filter`/`$orderby` may name; extra ones are refused as OData does. */
  properties: ReadonlySet<string>;
  options: QueryOptions;
  lookup: Lookup;
}

/**
 * @example queryCollection({ records, set: 'Deals', properties, options, lookup }).value.length // ≤ options.top
 */
export function queryCollection({ records, set, properties, options, lookup }: CollectionQuery): { value: JsonObject[]; count: number } {
  checkNames(options, properties, set);
  const resolverFor = (record: JsonObject): PathResolver => (base, segments) => walk(base, base === record ? set : undefined, segments, lookup);
  const { filter } = options;
  let matching = filter ? records.filter((r) => evaluateFilter(filter, r, resolverFor(r))) : records;
  if (options.orderby.length > 0) {
    const keyed = matching.map((record) => ({ record, keys: options.orderby.map((o) => walk(record, set, o.path, lookup)) }));
    keyed.sort((a, b) => {
      for (const [i, { descending }] of options.orderby.entries()) {
        const order = orderValues(a.keys[i], b.keys[i]);
        if (order !== 0) return descending ? -order : order;
      }
      return 0;
    });
    matching = keyed.map((k) => k.record);
  }
  const page = matching.slice(options.skip, options.skip + options.top);
  return { value: page.map((r) => shapeRecord(r, set, options, lookup)), count: matching.length };
}

/** Follows a path, through links (`Deal/StatusId`) where the set has them. */
export function walk(base: JsonValue | undefined, set: StoredSet | undefined, segments: readonly string[], lookup: Lookup): JsonValue | undefined {
  let value = base;
  let type = set;
  for (const segment of segments) {
    const nav = type ? navigations[type][segment] : undefined;
    if (!isJsonObject(value)) return undefined;
    if (nav?.kind === 'one') {
      value = lookup(nav.set, value[nav.key]) ?? null;
      type = nav.set;
    } else {
      value = value[segment];
      type = undefined;
    }
  }
  return value;
}

function checkNames(options: QueryOptions, properties: ReadonlySet<string>, set: StoredSet | undefined): void {
  if (properties.size === 0) return;
  const navs = set ? navigations[set] : {};
  const check = (name: string, where: string) => {
    if (!properties.has(name) && !(name in navs)) {
      const on = set ? ` on type '${typeNameOf(set)}'` : '';
      throw new ODataQueryError(`${where}: could not find a property named '${name}'${on}`);
    }
  };
  options.select?.forEach((name) => check(name, '$select'));
  options.orderby.forEach(({ path }) => check(path[0] as string, '$orderby'));
  if (options.filter) filterRoots(options.filter, new Set()).forEach((name) => check(name, '$filter'));
}

/** The first segment of every path in a filter, lambda variables aside. */
function filterRoots(node: FilterNode, variables: ReadonlySet<string>): string[] {
  switch (node.kind) {
    case 'literal':
      return [];
    case 'path':
      return variables.has(node.segments[0] as string) ? [] : [node.segments[0] as string];
    case 'lambda': {
      const inner = node.predicate && node.variable !== undefined ? filterRoots(node.predicate, new Set([...variables, node.variable])) : [];
      return [...(variables.has(node.path[0] as string) ? [] : [node.path[0] as string]), ...inner];
    }
    case 'call':
      return node.args.flatMap((a) => filterRoots(a, variables));
    case 'compare':
    case 'logical':
      return [...filterRoots(node.left, variables), ...filterRoots(node.right, variables)];
    case 'in':
      return [...filterRoots(node.left, variables), ...node.values.flatMap((v) => filterRoots(v, variables))];
    case 'not':
      return filterRoots(node.operand, variables);
  }
}
