/**
 * @module Deliveries and inbound requests as one newest-first timeline, merged from two lists that
 * are each loaded a page at a time.
 *
 * A row can only be placed once the other list is known down to its time: until then a row of the
 * other list, not yet loaded, might belong above it. So the merge stops at the first row it cannot
 * place yet and names the list to page next; the rows past it show as placeholders.
 */
import type { DeliverySummary } from '../../../server/delivery/types.ts';
import type { SinkRequestSummary } from '../../../server/sink/types.ts';

export type TimelineRow = DeliverySummary | SinkRequestSummary;

/** @example isInbound(row) ? row.method : row.event */
export const isInbound = (row: TimelineRow): row is SinkRequestSummary => 'receivedAt' in row;

/** Sink request ids are `snk_…` (server/sink), delivery ids `dlv_…`: a URL's id says which detail to open. */
export const isInboundId = (id: string | undefined): boolean => id?.startsWith('snk_') === true;

/** One list as loaded so far, newest first. */
export interface LoadedList<T> {
  items: readonly T[];
  /** Rows the list holds in all, loaded or not. */
  total: number;
  complete: boolean;
}

export interface Timeline {
  /** The rows that can be placed, newest first. */
  items: TimelineRow[];
  /** Rows of both lists in all: the list shows placeholders for those not placed yet. */
  total: number;
  /** The list to load a page of to place more rows; undefined once both are whole. */
  next: 'deliveries' | 'inbound' | undefined;
}

/**
 * Whether a request goes above a delivery. On the same instant a sink request goes above (it came in
 * after the delivery went out, or at least not before) and a mock API call below: a write through a
 * mock API is what emits the delivery, so the call came first.
 */
const requestAbove = (r: SinkRequestSummary, createdAt: string): boolean => r.receivedAt > createdAt || (r.receivedAt === createdAt && r.name !== 'mock');

/**
 * Interleaves by time: a delivery by when it was created, a request by when it arrived; ties as
 * `requestAbove` says.
 * @example mergeTimeline({ items: deliveries, total: 900, complete: false }, { items: requests, total: 40, complete: true })
 */
export function mergeTimeline(deliveries: LoadedList<DeliverySummary>, inbound: LoadedList<SinkRequestSummary>): Timeline {
  const total = deliveries.total + inbound.total;
  // The oldest time each unfinished list is known down to; a list not loaded at all is known down to nothing.
  const deliveriesFloor = deliveries.complete ? undefined : (deliveries.items.at(-1)?.createdAt ?? '\uffff');
  const inboundFloor = inbound.complete ? undefined : (inbound.items.at(-1)?.receivedAt ?? '\uffff');
  const items: TimelineRow[] = [];
  let i = 0;
  let j = 0;
  for (;;) {
    const d = deliveries.items[i];
    const r = inbound.items[j];
    if (!d && !r) break;
    if (r && (!d || requestAbove(r, d.createdAt))) {
      // Unloaded deliveries are at or before the floor: safe when the request goes above one at the floor.
      if (deliveriesFloor !== undefined && !requestAbove(r, deliveriesFloor)) return { items, total, next: 'deliveries' };
      items.push(r);
      j++;
    } else if (d) {
      if (inboundFloor !== undefined && d.createdAt <= inboundFloor) return { items, total, next: 'inbound' };
      items.push(d);
      i++;
    }
  }
  // Every loaded row is placed: page the unfinished list known least far back.
  if (deliveriesFloor === undefined) return { items, total, next: inboundFloor === undefined ? undefined : 'inbound' };
  if (inboundFloor === undefined) return { items, total, next: 'deliveries' };
  return { items, total, next: inboundFloor > deliveriesFloor ? 'inbound' : 'deliveries' };
}
