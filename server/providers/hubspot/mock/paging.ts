/**
 * @module HubSpot's cursor paging: `after` is where the next page starts (the id after the last one
 * returned), `paging.next.link` the same request with that cursor. Records come in id order, so a
 * walk sees every record once even when records are created or deleted meanwhile.
 */
import type { JsonObject } from '../../../util/json.ts';
import { invalidInput } from './hubspot-errors.ts';

export interface Page<T> {
  items: T[];
  /** Absent on the last page. */
  paging?: { next: { after: string; link: string } };
}

/**
 * @example pageAfter(records, { limit: 2, after: '11', url: 'http://127.0.0.1:4400/mock/hubspot/crm/v3/objects/contacts?limit=2' })
 */
export function pageAfter<T extends { id: string }>(sorted: readonly T[], { limit, after, url }: { limit: number; after: string | undefined; url: string }): Page<T> {
  if (after !== undefined && !/^\d+$/.test(after)) throw invalidInput(`after: "${after}" is not a cursor this API returned`);
  const start = after === undefined ? 0 : sorted.findIndex((r) => Number(r.id) >= Number(after));
  const from = start === -1 ? sorted.length : start;
  const items = sorted.slice(from, from + limit);
  const last = items[items.length - 1];
  if (!last || from + limit >= sorted.length) return { items };
  const next = String(Number(last.id) + 1);
  const link = new URL(url);
  link.searchParams.set('after', next);
  return { items, paging: { next: { after: next, link: link.href } } };
}

/** `limit` as HubSpot reads it: default 10, at most `max` (larger values are cut to it). */
export function limitOf(value: string | number | undefined, max: number, fallback = 10): number {
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw invalidInput(`limit: ${String(value)} is not a positive integer`);
  return Math.min(n, max);
}

export const pagingJson = (page: Page<unknown>): JsonObject => (page.paging ? { paging: page.paging } : {});
