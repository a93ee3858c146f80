/** @module Splits an OData `$filter` expression into tokens (literals, names, punctuation). */
import { ODataQueryError } from './odata-query-error.ts';

export type FilterToken =
  | { kind: 'string'; value: string; at: number }
  | { kind: 'number'; value: number; at: number }
  | { kind: 'datetime'; value: string; at: number }
  | { kind: 'name'; value: string; at: number }
  | { kind: 'punct'; value: '(' | ')' | ',' | '/' | ':'; at: number };

// Unquoted date and date-time literals (OData v4): 2024-01-31, 2024-01-31T10:00:00.5-03:00.
const datetime = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})?)?/;
const number = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?[lLmMdDfF]?/;
const name = /^[A-Za-z_$][A-Za-z0-9_]*/;
// OData v3 typed literals some clients still send: datetime'2024-01-31T10:00:00'.
const typedPrefixes = new Set(['datetime', 'datetimeoffset', 'guid']);

/**
 * @example lexFilter("Name eq 'x'").map((t) => t.value) // ['Name', 'eq', 'x']
 */
export function lexFilter(text: string): FilterToken[] {
  const tokens: FilterToken[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if ('(),/:'.includes(c)) {
      tokens.push({ kind: 'punct', value: c as '(' | ')' | ',' | '/' | ':', at: i });
      i++;
    } else if (c === "'") {
      const { value, end } = readString(text, i);
      tokens.push({ kind: 'string', value, at: i });
      i = end;
    } else if (datetime.test(rest)) {
      const match = (datetime.exec(rest) as RegExpExecArray)[0];
      tokens.push({ kind: 'datetime', value: match, at: i });
      i += match.length;
    } else if (number.test(rest)) {
      const match = (number.exec(rest) as RegExpExecArray)[0];
      tokens.push({ kind: 'number', value: Number(match.replace(/[lLmMdDfF]$/, '')), at: i });
      i += match.length;
    } else if (name.test(rest)) {
      const match = (name.exec(rest) as RegExpExecArray)[0];
      if (typedPrefixes.has(match.toLowerCase()) && text[i + match.length] === "'") {
        const { value, end } = readString(text, i + match.length);
        tokens.push(match.toLowerCase() === 'guid' ? { kind: 'string', value, at: i } : { kind: 'datetime', value, at: i });
        i = end;
      } else {
        tokens.push({ kind: 'name', value: match, at: i });
        i += match.length;
      }
    } else {
      throw new ODataQueryError(`$filter: unexpected character '${c}' at position ${i}`);
    }
  }
  return tokens;
}

/** A quoted string from `start` (the opening quote); a doubled quote is one quote. */
function readString(text: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === "'") {
      if (text[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += text[i];
    i++;
  }
  throw new ODataQueryError(`$filter: the string starting at position ${start} is not closed; quote it as 'text' (a quote inside is written '')`);
}
