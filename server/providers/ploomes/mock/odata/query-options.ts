/**
 * @module Reads OData system query options: `$filter $select $expand $orderby $top $skip` and the
 * count (`$count=true`, or v3's `$inlinecount=allpages`). `$expand` items take the same options
 * nested, separated by `;`: `Products($select=ProductId,Quantity;$expand=Product($select=Name))`.
 */
import { parseFilter, type FilterNode } from './filter-parser.ts';
import { ODataQueryError } from './odata-query-error.ts';

export interface OrderBy {
  path: string[];
  descending: boolean;
}

export interface ExpandItem {
  name: string;
  options: NestedOptions;
}

export interface NestedOptions {
  filter?: FilterNode | undefined;
  select?: string[] | undefined;
  orderby: OrderBy[];
  top?: number | undefined;
  skip?: number | undefined;
  expand: ExpandItem[];
}

export interface QueryOptions extends NestedOptions {
  /** The page size: `$top`, at most `maxTop`. */
  top: number;
  skip: number;
  count: boolean;
}

const known = ['$filter', '$select', '$expand', '$orderby', '$top', '$skip', '$count', '$inlinecount', '$format'];

/**
 * @example parseQueryOptions(new URLSearchParams('$top=10&$filter=StatusId eq 1'), { maxTop: 300 }).top // 10
 */
export function parseQueryOptions(params: URLSearchParams, { maxTop }: { maxTop: number }): QueryOptions {
  const options = new Map<string, string>();
  for (const [key, value] of params) {
    if (!key.startsWith('$')) continue;
    if (!known.includes(key)) throw new ODataQueryError(`the query option '${key}' is not supported by hookbench's Ploomes mock; it knows ${known.join(', ')}`);
    if (options.has(key)) throw new ODataQueryError(`the query option '${key}' was given more than once; combine the conditions with 'and'`);
    options.set(key, value);
  }
  const nested = nestedOptions(options, '');
  const count = options.get('$count');
  const inline = options.get('$inlinecount');
  if (count !== undefined && !['true', 'false'].includes(count)) throw new ODataQueryError(`$count must be true or false, not '${count}'`);
  if (inline !== undefined && !['allpages', 'none'].includes(inline)) throw new ODataQueryError(`$inlinecount must be allpages or none, not '${inline}'`);
  return { ...nested, top: Math.min(nested.top ?? maxTop, maxTop), skip: nested.skip ?? 0, count: count === 'true' || inline === 'allpages' };
}

function nestedOptions(options: ReadonlyMap<string, string>, where: string): NestedOptions {
  const filter = options.get('$filter');
  const select = options.get('$select');
  const expand = options.get('$expand');
  const orderby = options.get('$orderby');
  return {
    ...(filter !== undefined ? { filter: parseFilter(filter) } : {}),
    ...(select !== undefined && select.trim() !== '*' ? { select: names(select, `${where}$select`) } : {}),
    orderby: orderby === undefined ? [] : parseOrderBy(orderby, `${where}$orderby`),
    ...count('$top', options.get('$top'), where),
    ...count('$skip', options.get('$skip'), where),
    expand: expand === undefined ? [] : parseExpand(expand, where),
  };
}

function count(name: '$top' | '$skip', value: string | undefined, where: string): { top?: number; skip?: number } {
  if (value === undefined) return {};
  if (!/^\d+$/.test(value.trim())) throw new ODataQueryError(`${where}${name} must be a whole number, not '${value}'`);
  return { [name.slice(1)]: Number(value) };
}

function names(text: string, where: string): string[] {
  const list = splitTopLevel(text, ',').map((s) => s.trim());
  for (const name of list) if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new ODataQueryError(`${where}: '${name}' is not a property name`);
  return list;
}

export function parseOrderBy(text: string, where = '$orderby'): OrderBy[] {
  return splitTopLevel(text, ',').map((item) => {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)*)(?:\s+(asc|desc))?\s*$/i.exec(item);
    if (!m) throw new ODataQueryError(`${where}: '${item.trim()}' should be a property (or Nav/Property) optionally followed by asc or desc`);
    return { path: (m[1] as string).split('/'), descending: m[2]?.toLowerCase() === 'desc' };
  });
}

export function parseExpand(text: string, where = ''): ExpandItem[] {
  return splitTopLevel(text, ',').map((raw) => {
    const item = raw.trim();
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\((.*)\))?$/s.exec(item);
    if (!m) throw new ODataQueryError(`${where}$expand: '${item}' should be a navigation property, optionally with options in parentheses: Contact($select=Id,Name)`);
    const name = m[1] as string;
    const inner = new Map<string, string>();
    for (const part of m[2] === undefined || m[2].trim() === '' ? [] : splitTopLevel(m[2], ';')) {
      const eq = part.indexOf('=');
      const key = part.slice(0, eq).trim();
      if (eq < 0 || !['$filter', '$select', '$expand', '$orderby', '$top', '$skip'].includes(key)) {
        throw new ODataQueryError(`${where}$expand=${name}(…): '${part.trim()}' is not an option an expanded property takes ($select, $expand, $filter, $orderby, $top, $skip)`);
      }
      inner.set(key, part.slice(eq + 1));
    }
    return { name, options: nestedOptions(inner, `${where}$expand=${name}/`) };
  });
}

/** Splits on `separator` outside parentheses and quotes. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0 && c === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) throw new ODataQueryError(`unbalanced parentheses in '${text}'`);
  parts.push(text.slice(start));
  return parts.filter((p) => p.trim() !== '');
}
