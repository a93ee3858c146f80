/**
 * @module The inbound requests the timeline shows (sink requests and mock API calls): pages from
 * `GET /api/sink/requests`, then `sink.request` messages on top, one row per id, newest first, only
 * rows the list's filters select.
 *
 * Which filters reach inbound rows: provider, free text and since apply to them too; event, status,
 * target and batch describe deliveries only, so any of them hides inbound rows (`inboundQueryOf`).
 */
import type { Message } from '../../../server/messages.ts';
import type { SinkRequestSummary } from '../../../server/sink/types.ts';
import type { DeliveryFilters } from './delivery-filters.ts';

/** What the live list shows: deliveries, inbound requests, or both interleaved by time. */
export const shows = ['deliveries', 'inbound', 'both'] as const;
export type Show = (typeof shows)[number];

/** The live list shows every delivery and every inbound request (sink and mock API calls) unless asked otherwise. */
export const defaultShow: Show = 'both';

/** @example showFromSearch('?show=deliveries') // 'deliveries'; showFromSearch('') // 'both' */
export function showFromSearch(search: string): Show {
  const value = new URLSearchParams(search).get('show');
  return (shows as readonly (string | null)[]).includes(value) ? (value as Show) : defaultShow;
}

/** The filters `GET /api/sink/requests` shares with the deliveries list. */
export interface InboundQuery {
  provider?: string;
  /** Free text: the path and query, or the id, contains it. */
  q?: string;
  since?: string;
}

/** Filters that only a delivery has: with one set, inbound rows are hidden. */
export const deliveryOnlyFilterKeys = ['event', 'status', 'target', 'batchId'] as const satisfies readonly (keyof DeliveryFilters)[];

/** @example deliveryOnlyFilters({ event: 'Deals.Win', provider: 'ploomes' }) // ['event'] */
export const deliveryOnlyFilters = (f: DeliveryFilters): string[] => deliveryOnlyFilterKeys.filter((key) => (f[key] ?? '') !== '');

/**
 * The inbound query for a view, or undefined when no inbound row is to be shown.
 * @example inboundQueryOf('both', { provider: 'ploomes', status: 'failed' }) // undefined: status is about deliveries
 */
export function inboundQueryOf(show: Show, f: DeliveryFilters): InboundQuery | undefined {
  if (show === 'deliveries' || deliveryOnlyFilters(f).length > 0) return undefined;
  return { ...(f.provider ? { provider: f.provider } : {}), ...(f.q ? { q: f.q } : {}), ...(f.since ? { since: f.since } : {}) };
}

export const sameInboundQuery = (a: InboundQuery | undefined, b: InboundQuery | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.provider === b.provider && a.q === b.q && a.since === b.since);

/**
 * Whether a live request belongs in the list, by the server's rules (LIKE is case-insensitive).
 * @example matchesInbound(request, { q: '/sink/default' })
 */
export function matchesInbound(r: SinkRequestSummary, query: InboundQuery): boolean {
  if (query.provider && r.provider !== query.provider) return false;
  if (query.since && r.receivedAt < query.since) return false;
  if (query.q) {
    const q = query.q.toLowerCase();
    if (!r.url.toLowerCase().includes(q) && !r.id.toLowerCase().includes(q)) return false;
  }
  return true;
}

export interface InboundRows {
  /** Loaded rows, newest first. */
  items: SinkRequestSummary[];
  byId: Set<string>;
  /** Rows the filtered list holds in all, loaded or not. */
  total: number;
  complete: boolean;
}

/** @example const rows = createInboundRows() */
export const createInboundRows = (): InboundRows => ({ items: [], byId: new Set(), total: 0, complete: false });

/**
 * Takes in one page: the first replaces everything, later ones append what is not yet held.
 * @example loadInboundPage(rows, await api.sinkRequests({ limit: 200 }), { first: true })
 */
export function loadInboundPage(rows: InboundRows, page: { items: readonly SinkRequestSummary[]; total: number; nextCursor?: string | undefined }, { first }: { first: boolean }): void {
  if (first) {
    rows.items = [];
    rows.byId = new Set();
  }
  for (const item of page.items) {
    if (rows.byId.has(item.id)) continue;
    rows.items.push(item);
    rows.byId.add(item.id);
  }
  rows.complete = page.nextCursor === undefined;
  rows.total = rows.complete ? rows.items.length : first ? page.total : Math.max(rows.total, rows.items.length);
}

/**
 * Applies messages in order (a request arrives once and never changes); returns whether the rows changed.
 * @example if (applyInboundMessages(rows, batch, query)) host.requestUpdate()
 */
export function applyInboundMessages(rows: InboundRows, messages: readonly Message[], query: InboundQuery): boolean {
  let fresh: SinkRequestSummary[] = [];
  let cleared = false;
  for (const m of messages) {
    if (m.type === 'sink.cleared') {
      cleared = true;
      fresh = [];
      Object.assign(rows, { items: [], byId: new Set(), total: 0, complete: true });
    } else if (m.type === 'sink.request' && !rows.byId.has(m.data.id) && matchesInbound(m.data, query)) {
      rows.byId.add(m.data.id);
      fresh.push(m.data);
    }
  }
  if (fresh.length === 0) return cleared;
  rows.total += fresh.length;
  rows.items = placeByTime(rows.items, fresh);
  return true;
}

/**
 * Arrivals go on top, each below any row that came in after it: a mock API call is recorded when it
 * is answered but dated when it came in, so a request received while it ran (a subscription's URL
 * challenge) is announced before it and belongs above it. One merge of two newest-first lists; on the
 * same instant the later announced goes higher.
 */
function placeByTime(items: readonly SinkRequestSummary[], fresh: readonly SinkRequestSummary[]): SinkRequestSummary[] {
  const arrivals = fresh.map((r, k) => ({ r, k })).sort((a, b) => (a.r.receivedAt === b.r.receivedAt ? b.k - a.k : a.r.receivedAt > b.r.receivedAt ? -1 : 1));
  const next: SinkRequestSummary[] = [];
  let i = 0;
  for (const { r } of arrivals) {
    while (i < items.length && items[i]!.receivedAt > r.receivedAt) next.push(items[i++]!);
    next.push(r);
  }
  while (i < items.length) next.push(items[i++]!);
  return next;
}
