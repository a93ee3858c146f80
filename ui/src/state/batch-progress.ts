/**
 * @module How far a batch (a burst, a scenario run) has got, tallied from the WebSocket's delivery
 * messages: each delivery's latest outcome by id, counted per batch.
 */
import type { DeliverySummary } from '../../../server/delivery/types.ts';
import type { Message } from '../../../server/messages.ts';

export type Outcome = 'pending' | 'succeeded' | 'failed' | 'cancelled';

/** Outcomes of every delivery seen in a batch, by batch id then delivery id. */
export type BatchOutcomes = Map<string, Map<string, Outcome>>;

export interface BatchProgress {
  /** Deliveries the batch was created with (known when it starts). */
  total: number;
  pending: number;
  succeeded: number;
  failed: number;
  cancelled: number;
  /** Every delivery has settled. */
  done: boolean;
}

/** @example outcomeOf({ status: 'failed', lastError: 'CANCELLED', … }) // 'cancelled' */
export function outcomeOf(d: Pick<DeliverySummary, 'status' | 'lastError'>): Outcome {
  if (d.status === 'succeeded') return 'succeeded';
  if (d.status === 'failed') return d.lastError === 'CANCELLED' ? 'cancelled' : 'failed';
  return 'pending';
}

/**
 * Notes one message's news about a batched delivery; returns whether anything changed.
 * @example if (noteMessage(outcomes, message)) host.requestUpdate()
 */
export function noteMessage(outcomes: BatchOutcomes, message: Message): boolean {
  if (message.type === 'deliveries.cleared') {
    const had = outcomes.size > 0;
    outcomes.clear();
    return had;
  }
  if (message.type !== 'delivery.created' && message.type !== 'delivery.updated') return false;
  const { batchId, id } = message.data;
  if (!batchId) return false;
  let batch = outcomes.get(batchId);
  if (!batch) outcomes.set(batchId, (batch = new Map()));
  const outcome = outcomeOf(message.data);
  if (batch.get(id) === outcome) return false;
  batch.set(id, outcome);
  return true;
}

/**
 * @example progressOf(outcomes, 'bat_01…', 50) // { total: 50, pending: 12, succeeded: 38, … }
 */
export function progressOf(outcomes: BatchOutcomes, batchId: string, total: number): BatchProgress {
  const counts = { pending: 0, succeeded: 0, failed: 0, cancelled: 0 };
  for (const outcome of outcomes.get(batchId)?.values() ?? []) counts[outcome] += 1;
  const seen = counts.pending + counts.succeeded + counts.failed + counts.cancelled;
  // Deliveries not yet announced are pending too.
  const pending = counts.pending + Math.max(0, total - seen);
  return { total: Math.max(total, seen), ...counts, pending, done: pending === 0 };
}
