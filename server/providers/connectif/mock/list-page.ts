/**
 * @module Connectif's list shape, `{links: {next, prev}, results: […]}` (ImportList, attested); a
 * link is left out when there is no such page. The query parameters are not documented: `limit`
 * (1…100, 20 by default) and `skip` [inferred]; follow the links and they do not matter.
 */
import type { JsonObject } from '../../../util/json.ts';
import { invalid, type ValidationError } from './connectif-api-error.ts';

export const defaultLimit = 20;
export const maxLimit = 100;

/**
 * @example listPage(imports, new URL('http://x/imports?limit=2')) // { links: { next: 'http://x/imports?limit=2&skip=2' }, results: [a, b] }
 */
export function listPage(items: readonly JsonObject[], url: URL): JsonObject {
  const errors: ValidationError[] = [];
  const limit = count(url, 'limit', defaultLimit, 1, maxLimit, errors);
  const skip = count(url, 'skip', 0, 0, Number.MAX_SAFE_INTEGER, errors);
  if (errors.length > 0) throw invalid(errors);
  const link = (at: number) => {
    const to = new URL(url);
    to.searchParams.set('limit', String(limit));
    to.searchParams.set('skip', String(at));
    return to.toString();
  };
  const links: JsonObject = {};
  if (skip + limit < items.length) links.next = link(skip + limit);
  if (skip > 0) links.prev = link(Math.max(0, skip - limit));
  return { links, results: items.slice(skip, skip + limit) };
}

function count(url: URL, name: string, fallback: number, min: number, max: number, errors: ValidationError[]): number {
  const text = url.searchParams.get(name);
  if (text === null || text === '') return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    errors.push({ path: name, reason: `must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}` });
    return fallback;
  }
  return value;
}
