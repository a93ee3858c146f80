import { describe, expect, it } from 'vitest';
import type { DeliverySummary } from '../../../server/delivery/types.ts';
import { noteMessage, progressOf, type BatchOutcomes } from './batch-progress.ts';

const row = (id: string, over: Partial<DeliverySummary>) => ({ id, batchId: 'bat_1', status: 'queued', ...over }) as DeliverySummary;

describe('batch progress', () => {
  it('counts each delivery once, by its latest outcome, and treats unannounced ones as pending', () => {
    const outcomes: BatchOutcomes = new Map();
    noteMessage(outcomes, { seq: 1, type: 'delivery.created', data: row('a', {}) });
    noteMessage(outcomes, { seq: 2, type: 'delivery.created', data: row('b', {}) });
    noteMessage(outcomes, { seq: 3, type: 'delivery.updated', data: row('a', { status: 'succeeded' }) });
    noteMessage(outcomes, { seq: 4, type: 'delivery.updated', data: row('b', { status: 'failed', lastError: 'CANCELLED' }) });
    expect(progressOf(outcomes, 'bat_1', 3)).toEqual({ total: 3, pending: 1, succeeded: 1, failed: 0, cancelled: 1, done: false });
  });

  it('ignores deliveries outside any batch, and forgets everything when deliveries are cleared', () => {
    const outcomes: BatchOutcomes = new Map();
    expect(noteMessage(outcomes, { seq: 1, type: 'delivery.created', data: row('a', { batchId: undefined }) })).toBe(false);
    noteMessage(outcomes, { seq: 2, type: 'delivery.created', data: row('b', {}) });
    noteMessage(outcomes, { seq: 3, type: 'deliveries.cleared', data: { before: 2 } });
    expect(outcomes.size).toBe(0);
  });
});
