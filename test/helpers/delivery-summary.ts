/** @module A delivery summary as the list and its messages carry it, for the inspector's unit tests. */
import type { DeliverySummary } from '../../server/delivery/types.ts';

/** @example deliverySummary('a', { status: 'failed' }) */
export function deliverySummary(id: string, over: Partial<DeliverySummary> = {}): DeliverySummary {
  return {
    id,
    provider: 'ploomes',
    event: 'Contacts.Update',
    eventId: `evt-${id}`,
    target: 'http://127.0.0.1:4400/sink/default',
    status: 'queued',
    seed: 1,
    dataNow: '2025-01-01T00:00:00.000Z',
    faults: {},
    timeScale: 1,
    retryDelaysMs: [],
    timeoutMs: 30_000,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    attemptCount: 0,
    ...over,
  };
}
