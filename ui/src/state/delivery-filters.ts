/**
 * @module The list's filters as one value: read from and written to the URL, sent to the API as is,
 * and checked against live rows the same way the server checks them.
 */
import type { DeliveryStatus, DeliverySummary } from '../../../server/delivery/types.ts';

export const statuses = ['queued', 'delivering', 'retrying', 'succeeded', 'failed'] as const satisfies readonly DeliveryStatus[];

/** The filters `GET /api/deliveries` and `GET /api/export` share; absent means "any". */
export interface DeliveryFilters {
  provider?: string;
  event?: string;
  status?: DeliveryStatus;
  /** Free text: id, event, event id or target contains it. */
  q?: string;
  /** Exact, or a prefix ending in `*`. */
  target?: string;
  batchId?: string;
  /** Created at or after this instant (ISO). */
  since?: string;
}

export const filterKeys = ['provider', 'event', 'status', 'q', 'target', 'batchId', 'since'] as const satisfies readonly (keyof DeliveryFilters)[];

/**
 * The filters a URL's query names; unknown keys and empty values are ignored.
 * @example filtersFromSearch('?provider=ploomes&status=failed') // { provider: 'ploomes', status: 'failed' }
 */
export function filtersFromSearch(search: string): DeliveryFilters {
  const params = new URLSearchParams(search);
  const filters: DeliveryFilters = {};
  for (const key of filterKeys) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (key === 'status') {
      if ((statuses as readonly string[]).includes(value)) filters.status = value as DeliveryStatus;
    } else filters[key] = value;
  }
  return filters;
}

/**
 * A query string (with its `?`, or '' when empty) from any flat object; empty and undefined values are left out.
 * @example filtersToSearch({ provider: 'ploomes', q: '' }) // '?provider=ploomes'
 */
export function filtersToSearch(values: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Whether two filter sets select the same rows. */
export function sameFilters(a: DeliveryFilters, b: DeliveryFilters): boolean {
  return filterKeys.every((key) => (a[key] ?? '') === (b[key] ?? ''));
}

/** Whether any filter is set. */
export const hasFilters = (f: DeliveryFilters) => filterKeys.some((key) => (f[key] ?? '') !== '');

/**
 * Whether a live row belongs in the filtered list, by the server's rules (LIKE is case-insensitive).
 * @example matchesFilters(summary, { target: 'http://127.0.0.1:3000/*' })
 */
export function matchesFilters(d: DeliverySummary, f: DeliveryFilters): boolean {
  if (f.provider && d.provider !== f.provider) return false;
  if (f.event && d.event !== f.event) return false;
  if (f.status && d.status !== f.status) return false;
  if (f.batchId && d.batchId !== f.batchId) return false;
  if (f.since && d.createdAt < f.since) return false;
  if (f.target) {
    const prefix = f.target.endsWith('*') ? f.target.slice(0, -1).toLowerCase() : undefined;
    if (prefix === undefined ? d.target !== f.target : !d.target.toLowerCase().startsWith(prefix)) return false;
  }
  if (f.q) {
    const q = f.q.toLowerCase();
    if (![d.id, d.event, d.eventId, d.target].some((text) => text.toLowerCase().includes(q))) return false;
  }
  return true;
}
