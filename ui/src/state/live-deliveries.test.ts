import { describe, expect, it } from 'vitest';
import type { DeliverySummary } from '../../../server/delivery/types.ts';
import { applyMessage, fromPage, maxRows, upsert } from './live-deliveries.ts';

function summary(id: string, over: Partial<DeliverySummary> = {}): DeliverySummary {
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

describe('live deliveries', () => {
  it('puts a created delivery on top, newest first', () => {
    const older = summary('a', { createdAt: '2025-01-01T00:00:01.000Z' });
    const newer = summary('b', { createdAt: '2025-01-01T00:00:02.000Z' });
    const list = applyMessage(fromPage([older]), { seq: 2, type: 'delivery.created', data: newer });
    expect(list.map((d) => d.id)).toEqual(['b', 'a']);
  });

  it('keeps one row per id when the same delivery arrives twice', () => {
    const d = summary('a');
    const list = applyMessage(applyMessage([], { seq: 1, type: 'delivery.created', data: d }), { seq: 2, type: 'delivery.created', data: d });
    expect(list).toHaveLength(1);
  });

  it('replaces a row with its update', () => {
    const list = applyMessage(fromPage([summary('a')]), {
      seq: 3,
      type: 'delivery.updated',
      data: summary('a', { status: 'succeeded', attemptCount: 1, updatedAt: '2025-01-01T00:00:01.000Z', lastStatus: 200 }),
    });
    expect(list[0]).toMatchObject({ status: 'succeeded', lastStatus: 200 });
  });

  it('does not let an older message undo a fresher row from a page', () => {
    const fresh = summary('a', { status: 'succeeded', attemptCount: 1, updatedAt: '2025-01-01T00:00:02.000Z' });
    const stale = summary('a', { status: 'queued', updatedAt: '2025-01-01T00:00:00.000Z' });
    expect(applyMessage(fromPage([fresh]), { seq: 1, type: 'delivery.created', data: stale })[0]?.status).toBe('succeeded');
  });

  it('marks a row delivering when its attempt starts', () => {
    const list = applyMessage(fromPage([summary('a')]), {
      seq: 2,
      type: 'attempt.started',
      data: { deliveryId: 'a', n: 1, startedAt: '2025-01-01T00:00:01.000Z', method: 'POST', url: 'http://x' },
    });
    expect(list[0]).toMatchObject({ status: 'delivering', attemptCount: 1 });
  });

  it('empties the list when deliveries are cleared', () => {
    expect(applyMessage(fromPage([summary('a')]), { seq: 9, type: 'deliveries.cleared', data: { before: 8 } })).toEqual([]);
  });

  it(`keeps at most ${maxRows} rows`, () => {
    let list = fromPage([]);
    for (let i = 0; i < maxRows + 5; i++) list = upsert(list, summary(`d${i}`, { createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString() }));
    expect(list).toHaveLength(maxRows);
    expect(list[0]?.id).toBe(`d${maxRows + 4}`);
  });
});
