/**
 * @module idloom's list envelope: `{data: […]}` (attested) paged by `page` and `page_size` (attested),
 * with `links` and `meta` as Laravel's paginator writes them [inferred: one client reads
 * `meta.last_page`; another pages until `data` comes back empty, which this shape also allows].
 */
import type { JsonObject, JsonValue } from '../../../util/json.ts';
import { invalid } from './idloom-api-error.ts';

export const defaultPageSize = 100;
export const maxPageSize = 1000;

export interface PageRequest {
  page: number;
  pageSize: number;
}

/**
 * Reads `page` (from 1) and `page_size` (1…1000, 100 by default); 422 as Laravel words it otherwise.
 * @example readPage(new URL('http://x/attendees?page=2&page_size=50')) // { page: 2, pageSize: 50 }
 */
export function readPage(url: URL): PageRequest {
  const errors: Record<string, string[]> = {};
  const page = wholeNumber(url.searchParams.get('page'), 1, 'page', 1, undefined, errors);
  const pageSize = wholeNumber(url.searchParams.get('page_size'), defaultPageSize, 'page size', 1, maxPageSize, errors);
  if (Object.keys(errors).length > 0) throw invalid(errors);
  return { page, pageSize };
}

/**
 * One page of `items`, with links that keep the request's other query parameters.
 * @example pageEnvelope(guests, { page: 1, pageSize: 2 }, url) // { data: [g1, g2], links: {…}, meta: { last_page: … } }
 */
export function pageEnvelope(items: readonly JsonValue[], { page, pageSize }: PageRequest, url: URL): JsonObject {
  const total = items.length;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const start = (page - 1) * pageSize;
  const data = items.slice(start, start + pageSize);
  const link = (n: number) => {
    const to = new URL(url);
    to.searchParams.set('page', String(n));
    return to.toString();
  };
  return {
    data,
    links: { first: link(1), last: link(lastPage), prev: page > 1 ? link(Math.min(page - 1, lastPage)) : null, next: page < lastPage ? link(page + 1) : null },
    meta: {
      current_page: page,
      from: data.length > 0 ? start + 1 : null,
      last_page: lastPage,
      path: `${url.origin}${url.pathname}`,
      per_page: pageSize,
      to: data.length > 0 ? start + data.length : null,
      total,
    },
  };
}

function wholeNumber(text: string | null, fallback: number, label: string, min: number, max: number | undefined, errors: Record<string, string[]>): number {
  if (text === null || text === '') return fallback;
  const field = label.replace(' ', '_');
  if (!/^\d+$/.test(text)) {
    errors[field] = [`The ${label} field must be an integer.`];
    return fallback;
  }
  const value = Number(text);
  if (value < min) errors[field] = [`The ${label} field must be at least ${min}.`];
  else if (max !== undefined && value > max) errors[field] = [`The ${label} field must not be greater than ${max}.`];
  return value;
}
