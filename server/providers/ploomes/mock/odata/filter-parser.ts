/**
 * @module Parses an OData `$filter` into a small AST: comparisons (eq ne gt ge lt le, in), and/or/not,
 * string and date functions, navigation paths (`Deal/StatusId`) and lambdas (`Phones/any(p: …)`).
 */
import type { JsonPrimitive } from '../../../../util/json.ts';
import { lexFilter, type FilterToken } from './filter-lexer.ts';
import { ODataQueryError } from './odata-query-error.ts';

export const compareOps = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'] as const;
export type CompareOp = (typeof compareOps)[number];

/** Functions and their arity. */
export const filterFunctions = {
  contains: 2,
  startswith: 2,
  endswith: 2,
  substringof: 2,
  indexof: 2,
  concat: 2,
  tolower: 1,
  toupper: 1,
  trim: 1,
  length: 1,
  year: 1,
  month: 1,
  day: 1,
} as const;
export type FilterFunction = keyof typeof filterFunctions;

export type FilterNode =
  | { kind: 'literal'; value: JsonPrimitive; datetime?: true }
  | { kind: 'path'; segments: string[] }
  | { kind: 'lambda'; path: string[]; quantifier: 'any' | 'all'; variable?: string; predicate?: FilterNode }
  | { kind: 'call'; name: FilterFunction; args: FilterNode[] }
  | { kind: 'compare'; op: CompareOp; left: FilterNode; right: FilterNode }
  | { kind: 'in'; left: FilterNode; values: FilterNode[] }
  | { kind: 'logical'; op: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode };

const unsupported = new Set(['add', 'sub', 'mul', 'div', 'divby', 'mod', 'has', 'cast', 'isof']);

/**
 * @example parseFilter("Deal/StatusId eq 2 and contains(tolower(Title),'acme')")
 */
export function parseFilter(text: string): FilterNode {
  const cursor: Cursor = { tokens: lexFilter(text), pos: 0 };
  if (cursor.tokens.length === 0) throw new ODataQueryError('$filter is empty; write a condition such as Id eq 1');
  const tree = or(cursor);
  const extra = peek(cursor);
  if (extra) throw new ODataQueryError(`$filter: unexpected '${extra.value}' ${where(extra)}; join conditions with 'and' or 'or'`);
  return tree;
}

interface Cursor {
  tokens: FilterToken[];
  pos: number;
}

const peek = (c: Cursor): FilterToken | undefined => c.tokens[c.pos];
const where = (t: FilterToken | undefined) => (t ? `at position ${t.at}` : 'at the end');
const isWord = (t: FilterToken | undefined, ...words: string[]) => t?.kind === 'name' && words.includes(t.value.toLowerCase());
const isPunct = (t: FilterToken | undefined, p: string) => t?.kind === 'punct' && t.value === p;

function expect(c: Cursor, p: string): void {
  const t = peek(c);
  if (!isPunct(t, p)) throw new ODataQueryError(`$filter: expected '${p}' ${where(t)}`);
  c.pos++;
}

/** `first (',' next)*`, each item read by `item`. */
function commaList(c: Cursor, item: (c: Cursor) => FilterNode): FilterNode[] {
  const items = [item(c)];
  while (isPunct(peek(c), ',')) {
    c.pos++;
    items.push(item(c));
  }
  return items;
}

function or(c: Cursor): FilterNode {
  let left = and(c);
  while (isWord(peek(c), 'or')) {
    c.pos++;
    left = { kind: 'logical', op: 'or', left, right: and(c) };
  }
  return left;
}

function and(c: Cursor): FilterNode {
  let left = not(c);
  while (isWord(peek(c), 'and')) {
    c.pos++;
    left = { kind: 'logical', op: 'and', left, right: not(c) };
  }
  return left;
}

function not(c: Cursor): FilterNode {
  if (!isWord(peek(c), 'not')) return comparison(c);
  c.pos++;
  return { kind: 'not', operand: not(c) };
}

function comparison(c: Cursor): FilterNode {
  const left = primary(c);
  const t = peek(c);
  if (t?.kind !== 'name') return left;
  const word = t.value.toLowerCase();
  if ((compareOps as readonly string[]).includes(word)) {
    c.pos++;
    return { kind: 'compare', op: word as CompareOp, left, right: primary(c) };
  }
  if (word === 'in') {
    c.pos++;
    expect(c, '(');
    const values = commaList(c, primary);
    expect(c, ')');
    return { kind: 'in', left, values };
  }
  if (unsupported.has(word)) throw new ODataQueryError(`$filter: the operator '${t.value}' ${where(t)} is not supported by hookbench's Ploomes mock`);
  return left;
}

function primary(c: Cursor): FilterNode {
  const t = peek(c);
  if (!t) throw new ODataQueryError('$filter ends where a value or property was expected');
  c.pos++;
  if (isPunct(t, '(')) {
    const inner = or(c);
    expect(c, ')');
    return inner;
  }
  if (t.kind === 'string' || t.kind === 'number') return { kind: 'literal', value: t.value };
  if (t.kind === 'datetime') return { kind: 'literal', value: t.value, datetime: true };
  if (t.kind !== 'name') throw new ODataQueryError(`$filter: unexpected '${t.value}' ${where(t)}`);
  const word = t.value.toLowerCase();
  if (word === 'true' || word === 'false') return { kind: 'literal', value: word === 'true' };
  if (word === 'null') return { kind: 'literal', value: null };
  if (isPunct(peek(c), '(')) return call(c, t);
  return path(c, t.value);
}

function call(c: Cursor, t: FilterToken): FilterNode {
  const name = String(t.value).toLowerCase();
  if (!(name in filterFunctions)) {
    throw new ODataQueryError(`$filter: unknown function '${t.value}' ${where(t)}; hookbench's Ploomes mock knows ${Object.keys(filterFunctions).join(', ')}`);
  }
  expect(c, '(');
  const args = commaList(c, or);
  expect(c, ')');
  const arity = filterFunctions[name as FilterFunction];
  if (args.length !== arity) throw new ODataQueryError(`$filter: ${name}() takes ${arity} argument${arity === 1 ? '' : 's'}, got ${args.length} ${where(t)}`);
  return { kind: 'call', name: name as FilterFunction, args };
}

function path(c: Cursor, first: string): FilterNode {
  const segments = [first];
  while (isPunct(peek(c), '/')) {
    c.pos++;
    const next = peek(c);
    if (next?.kind !== 'name') throw new ODataQueryError(`$filter: expected a property name after '/' ${where(next)}`);
    c.pos++;
    if (isWord(next, 'any', 'all') && isPunct(peek(c), '(')) return lambda(c, segments, next.value.toLowerCase() as 'any' | 'all');
    segments.push(next.value);
  }
  return { kind: 'path', segments };
}

function lambda(c: Cursor, collection: string[], quantifier: 'any' | 'all'): FilterNode {
  expect(c, '(');
  if (isPunct(peek(c), ')')) {
    c.pos++;
    return { kind: 'lambda', path: collection, quantifier };
  }
  const variable = peek(c);
  if (variable?.kind !== 'name') throw new ODataQueryError(`$filter: expected a variable name in ${quantifier}() ${where(variable)}, as in ${quantifier}(p: p/Name eq 'x')`);
  c.pos++;
  expect(c, ':');
  const predicate = or(c);
  expect(c, ')');
  return { kind: 'lambda', path: collection, quantifier, variable: variable.value, predicate };
}
