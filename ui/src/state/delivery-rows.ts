/**
 * @module The delivery list the inspector shows: pages from the API, then WebSocket messages applied
 * in batches on top, one row per id, newest first, only rows the filters select.
 *
 * Mutable on purpose: at 100,000 rows and thousands of messages a second, copying per message is what
 * makes a list stutter. One batch costs one pass over the rows at most.
 */
import type { DeliverySummary } from '../../../server/delivery/types.ts';
import type { Message } from '../../../server/messages.ts';
import { matchesFilters, type DeliveryFilters } from './delivery-filters.ts';

export interface DeliveryRows {
  /** Loaded rows, newest first. */
  items: DeliverySummary[];
  byId: Map<string, DeliverySummary>;
  /** Rows the filtered list holds in all, loaded or not (the server's count, kept up to date live). */
  total: number;
  /** Whether every row of the filtered list is loaded. */
  complete: boolean;
}

/** @example const rows = createRows() */
export const createRows = (): DeliveryRows => ({ items: [], byId: new Map(), total: 0, complete: false });

/**
 * Takes in one page: the first replaces everything, later ones append what is not yet held.
 * @example loadPage(rows, await api.deliveries({ limit: 200 }), { first: true })
 */
export function loadPage(rows: DeliveryRows, page: { items: readonly DeliverySummary[]; total: number; nextCursor?: string | undefined }, { first }: { first: boolean }): void {
  if (first) {
    rows.items = [];
    rows.byId = new Map();
  }
  for (const item of page.items) {
    if (rows.byId.has(item.id)) continue;
    rows.items.push(item);
    rows.byId.set(item.id, item);
  }
  rows.complete = page.nextCursor === undefined;
  rows.total = rows.complete ? rows.items.length : first ? page.total : Math.max(rows.total, rows.items.length);
}

/**
 * Applies messages in order; returns whether the rows changed.
 * @example if (applyMessages(rows, batch, filters)) host.requestUpdate()
 */
export function applyMessages(rows: DeliveryRows, messages: readonly Message[], filters: DeliveryFilters): boolean {
  let added: DeliverySummary[] = [];
  let touched = false;
  let changed = false;
  const put = (summary: DeliverySummary, created: boolean) => {
    const current = rows.byId.get(summary.id);
    if (current) {
      if (isFresher(current, summary)) return;
      if (matchesFilters(summary, filters)) rows.byId.set(summary.id, summary);
      else {
        rows.byId.delete(summary.id);
        rows.total -= 1;
      }
      touched = changed = true;
      return;
    }
    if (!matchesFilters(summary, filters)) return;
    // An update adds a row only when its new status brought it into a status filter, within the loaded window.
    if (!created && (!filters.status || !withinWindow(rows, summary))) return;
    rows.byId.set(summary.id, summary);
    rows.total += 1;
    added.push(summary);
    changed = true;
  };
  for (const message of messages) {
    switch (message.type) {
      case 'delivery.created':
      case 'delivery.updated':
        put(message.data, message.type === 'delivery.created');
        break;
      case 'attempt.started': {
        // The store marks the delivery "delivering" without a delivery.updated of its own.
        const { deliveryId, n, startedAt } = message.data;
        const current = rows.byId.get(deliveryId);
        if (!current || current.attemptCount > n) break;
        const { nextAttemptAt: _settled, ...rest } = current;
        put({ ...rest, status: 'delivering', attemptCount: n, updatedAt: current.updatedAt > startedAt ? current.updatedAt : startedAt }, false);
        break;
      }
      case 'deliveries.cleared':
        Object.assign(rows, { items: [], byId: new Map(), total: 0, complete: true });
        added = [];
        touched = false;
        changed = true;
        break;
      default:
      // attempt.finished is always followed by delivery.updated; sink and suite messages are not deliveries.
    }
  }
  if (!changed) return false;
  const existing = touched ? rows.items.flatMap((d) => rows.byId.get(d.id) ?? []) : rows.items;
  rows.items = added.length === 0 ? existing : merge(newestFirst(added, rows.byId), existing);
  return true;
}

/** Rows added in one batch, newest first: by creation time, then later messages first. */
function newestFirst(added: readonly DeliverySummary[], byId: ReadonlyMap<string, DeliverySummary>): DeliverySummary[] {
  const seen = new Set<string>();
  const out: DeliverySummary[] = [];
  for (let i = added.length - 1; i >= 0; i--) {
    const id = (added[i] as DeliverySummary).id;
    const latest = byId.get(id);
    if (!latest || seen.has(id)) continue;
    seen.add(id);
    out.push(latest);
  }
  // Stable: rows created at the same instant keep their message order.
  return out.sort((a, b) => (a.createdAt === b.createdAt ? 0 : a.createdAt > b.createdAt ? -1 : 1));
}

/** Two newest-first lists as one; on equal times the fresh rows go first (they were created later). */
function merge(fresh: readonly DeliverySummary[], existing: readonly DeliverySummary[]): DeliverySummary[] {
  const head = fresh.at(-1);
  if (head && (existing[0]?.createdAt ?? '') <= head.createdAt) return [...fresh, ...existing];
  const out: DeliverySummary[] = [];
  let i = 0;
  let j = 0;
  while (i < fresh.length || j < existing.length) {
    const a = fresh[i];
    const b = existing[j];
    if (a && (!b || a.createdAt >= b.createdAt)) (out.push(a), i++);
    else if (b) (out.push(b), j++);
  }
  return out;
}

function withinWindow(rows: DeliveryRows, d: DeliverySummary): boolean {
  return rows.complete || (rows.items.at(-1)?.createdAt ?? '') <= d.createdAt;
}

/** Whether `a` reflects a later state of the delivery than `b`: newer update, more attempts, settled. */
export function isFresher(a: DeliverySummary, b: DeliverySummary): boolean {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  if (a.attemptCount !== b.attemptCount) return a.attemptCount > b.attemptCount;
  return settled(a) && !settled(b);
}

const settled = (d: DeliverySummary) => d.status === 'succeeded' || d.status === 'failed';
