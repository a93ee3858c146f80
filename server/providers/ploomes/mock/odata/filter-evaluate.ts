/**
 * @module Evaluates a parsed `$filter` against one record, with OData's three-valued logic: a
 * function of null is null, a comparison with null is false, and a null condition drops the record.
 */
import { isJsonObject, type JsonValue } from '../../../../util/json.ts';
import { compareValues, valuesEqual } from './compare-values.ts';
import type { FilterNode } from './filter-parser.ts';

type Value = JsonValue | undefined;

/** Follows a path from a value; the default walks object properties. Mocks add navigation here. */
export type PathResolver = (base: Value, segments: readonly string[]) => Value;

export const walkProperties: PathResolver = (base, segments) => {
  let current: Value = base;
  for (const segment of segments) current = isJsonObject(current) ? current[segment] : undefined;
  return current;
};

/**
 * @example evaluateFilter(parseFilter("Name eq 'ACME'"), { Name: 'ACME' }) // true
 */
export function evaluateFilter(node: FilterNode, record: JsonValue, resolve: PathResolver = walkProperties): boolean {
  return evaluate(node, { record, variables: new Map(), resolve }) === true;
}

interface Scope {
  record: JsonValue;
  variables: ReadonlyMap<string, Value>;
  resolve: PathResolver;
}

function evaluate(node: FilterNode, scope: Scope): Value {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'path':
      return resolvePath(node.segments, scope);
    case 'compare': {
      const left = evaluate(node.left, scope);
      const right = evaluate(node.right, scope);
      if (node.op === 'eq') return valuesEqual(left, right);
      if (node.op === 'ne') return !valuesEqual(left, right);
      const order = compareValues(left, right);
      if (order === undefined) return false;
      return { gt: order > 0, ge: order >= 0, lt: order < 0, le: order <= 0 }[node.op];
    }
    case 'in': {
      const left = evaluate(node.left, scope);
      return node.values.some((v) => valuesEqual(left, evaluate(v, scope)));
    }
    case 'logical': {
      const left = evaluate(node.left, scope);
      const right = evaluate(node.right, scope);
      return node.op === 'and' ? left === true && right === true : left === true || right === true;
    }
    case 'not': {
      const operand = evaluate(node.operand, scope);
      return typeof operand === 'boolean' ? !operand : null;
    }
    case 'lambda':
      return lambda(node, scope);
    case 'call':
      return call(node.name, node.args.map((a) => evaluate(a, scope)));
  }
}

function resolvePath(segments: readonly string[], scope: Scope): Value {
  const [first, ...rest] = segments;
  if (first !== undefined && scope.variables.has(first)) return scope.resolve(scope.variables.get(first), rest);
  return scope.resolve(scope.record, segments);
}

function lambda(node: Extract<FilterNode, { kind: 'lambda' }>, scope: Scope): boolean {
  const items = resolvePath(node.path, scope);
  const list = Array.isArray(items) ? items : [];
  if (!node.predicate || node.variable === undefined) return node.quantifier === 'any' ? list.length > 0 : true;
  const test = (item: JsonValue) => evaluate(node.predicate!, { ...scope, variables: new Map([...scope.variables, [node.variable!, item]]) }) === true;
  return node.quantifier === 'any' ? list.some(test) : list.every(test);
}

function call(name: string, args: Value[]): Value {
  if (args.some((a) => a === null || a === undefined)) return null;
  const [a, b] = args;
  const text = (v: Value) => (typeof v === 'string' ? v : JSON.stringify(v));
  switch (name) {
    case 'contains':
      return text(a).includes(text(b));
    case 'substringof':
      return text(b).includes(text(a));
    case 'startswith':
      return text(a).startsWith(text(b));
    case 'endswith':
      return text(a).endsWith(text(b));
    case 'indexof':
      return text(a).indexOf(text(b));
    case 'concat':
      return text(a) + text(b);
    case 'tolower':
      return text(a).toLowerCase();
    case 'toupper':
      return text(a).toUpperCase();
    case 'trim':
      return text(a).trim();
    case 'length':
      return text(a).length;
    default:
      return datePart(name, text(a));
  }
}

/** year(), month(), day() of the date as written (Ploomes' dates are São Paulo local time). */
function datePart(name: string, value: string): Value {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  return Number(m[{ year: 1, month: 2, day: 3 }[name as 'year' | 'month' | 'day']]);
}
