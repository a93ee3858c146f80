/**
 * @module The live delivery list as pure functions: a page from the API, then WebSocket messages
 * applied in order, one row per id, newest first.
 */
import type { DeliverySummary } from '../../../server/delivery/types.ts';
import type { Message } from '../../../server/messages.ts';

export type LiveDeliveries = readonly DeliverySummary[];

/** Rows kept in memory; older ones drop off the end (the API still has them). */
export const maxRows = 500;

/**
 * The list after one WebSocket message; the same array when the message changes nothing.
 * @example list = applyMessage(list, { seq: 7, type: 'delivery.created', data: summary })
 */
export function applyMessage(list: LiveDeliveries, message: Message): LiveDeliveries {
  switch (message.type) {
    case 'delivery.created':
    case 'delivery.updated':
      return upsert(list, message.data);
    case 'attempt.started': {
      // The store marks the delivery "delivering" without a delivery.updated of its own.
      const { deliveryId, n, startedAt } = message.data;
      const current = list.find((d) => d.id === deliveryId);
      if (!current || current.attemptCount > n) return list;
      const { nextAttemptAt: _settled, ...rest } = current;
      return upsert(list, { ...rest, status: 'delivering', attemptCount: n, updatedAt: max(current.updatedAt, startedAt) });
    }
    case 'deliveries.cleared':
      return [];
    default:
      // attempt.finished is always followed by delivery.updated; sink messages are not deliveries.
      return list;
  }
}

/**
 * Inserts or replaces one row by id, unless the row held is fresher (a page fetched while messages
 * were in flight can be older or newer than they are).
 * @example list = upsert(list, await api.fire(input))
 */
export function upsert(list: LiveDeliveries, summary: DeliverySummary): LiveDeliveries {
  const at = list.findIndex((d) => d.id === summary.id);
  if (at >= 0) {
    if (isFresher(list[at] as DeliverySummary, summary)) return list;
    return list.with(at, summary);
  }
  let insertAt = list.findIndex((d) => d.createdAt <= summary.createdAt);
  if (insertAt < 0) insertAt = list.length;
  return [...list.slice(0, insertAt), summary, ...list.slice(insertAt)].slice(0, maxRows);
}

/** A page from the API (newest first) as a list, one row per id. */
export function fromPage(items: readonly DeliverySummary[]): LiveDeliveries {
  return items.reduce<LiveDeliveries>((list, item) => upsert(list, item), []);
}

/** Whether `a` reflects a later state of the delivery than `b`: newer update, more attempts, settled. */
export function isFresher(a: DeliverySummary, b: DeliverySummary): boolean {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  if (a.attemptCount !== b.attemptCount) return a.attemptCount > b.attemptCount;
  return settled(a) && !settled(b);
}

const settled = (d: DeliverySummary) => d.status === 'succeeded' || d.status === 'failed';
const max = (a: string, b: string) => (a > b ? a : b);
