import { describe, expect, it } from 'vitest';
import { createRegistry } from '../providers/registry.ts';
import { planDeliveries, type PlanInput } from './plan-deliveries.ts';

const registry = createRegistry();
const settings = new Map(registry.list().map((p) => [p.id, p.settings.parse({})]));
const plan = (input: Partial<PlanInput>, now = new Date('2026-03-01T00:00:00.000Z')) =>
  planDeliveries({
    registry,
    settingsFor: (id) => settings.get(id),
    defaultTarget: 'http://127.0.0.1:4400/sink/default',
    defaultTimeScale: 1,
    input: { provider: 'ploomes', event: 'Contacts.Update', ...input },
    now,
  });

describe('planDeliveries', () => {
  it('queues one delivery to the default target with the provider schedule and timeout', () => {
    const { deliveries, firstAt } = plan({ seed: 4 });
    expect(deliveries).toHaveLength(1);
    const policy = registry.get('ploomes').policy;
    expect(deliveries[0]).toMatchObject({
      status: 'queued',
      target: 'http://127.0.0.1:4400/sink/default',
      seed: 4,
      retryDelaysMs: [...policy.retryDelaysMs],
      timeoutMs: policy.timeoutMs,
      attemptCount: 0,
    });
    expect(firstAt.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('makes duplicates share the event id and payload and point at the original', () => {
    const [original, ...copies] = plan({ faults: { duplicate: 3 } }).deliveries;
    expect(copies).toHaveLength(2);
    for (const copy of copies) {
      expect(copy.id).not.toBe(original?.id);
      expect(copy).toMatchObject({ duplicateOf: original?.id, eventId: original?.eventId, payload: original?.payload });
    }
  });

  it('scales a delay fault and overrides the schedule and timeout', () => {
    const { deliveries, firstAt } = plan({ faults: { delay: 10_000, retry: [1000], timeout: 50 }, timeScale: 0.5 });
    expect(firstAt.toISOString()).toBe('2026-03-01T00:00:05.000Z');
    expect(deliveries[0]).toMatchObject({ nextAttemptAt: '2026-03-01T00:00:05.000Z', retryDelaysMs: [1000], timeoutMs: 50, timeScale: 0.5 });
  });

  it('makes a burst of distinct events with consecutive seeds, one batch id and one data clock', () => {
    const { deliveries, dispatch, concurrency } = plan({ seed: 10, faults: { burst: { count: 5, concurrency: 2 } } });
    expect(deliveries.map((d) => d.seed)).toEqual([10, 11, 12, 13, 14]);
    expect(new Set(deliveries.map((d) => d.eventId)).size).toBe(5);
    expect(new Set(deliveries.map((d) => d.batchId)).size).toBe(1);
    expect(deliveries[0]?.batchId).toMatch(/^bat_/);
    expect(new Set(deliveries.map((d) => d.dataNow)).size).toBe(1);
    expect(dispatch).toEqual(deliveries);
    expect(concurrency).toBe(2);
  });

  it('duplicates every event of a burst', () => {
    const { deliveries } = plan({ seed: 1, faults: { burst: { count: 3, concurrency: 3 }, duplicate: 2 } });
    expect(deliveries).toHaveLength(6);
    expect(deliveries.filter((d) => d.duplicateOf).map((d) => d.eventId)).toEqual(deliveries.filter((d) => !d.duplicateOf).map((d) => d.eventId));
  });

  it('shuffles the dispatch order by the seed with reorder, the same way every time', () => {
    const faults = { burst: { count: 20, concurrency: 1 }, reorder: true as const };
    const a = plan({ seed: 3, faults });
    const b = plan({ seed: 3, faults });
    expect(a.dispatch.map((d) => d.seed)).toEqual(b.dispatch.map((d) => d.seed));
    expect(a.dispatch.map((d) => d.seed)).not.toEqual(a.deliveries.map((d) => d.seed));
    expect([...a.dispatch].map((d) => d.seed).sort((x, y) => x - y)).toEqual(a.deliveries.map((d) => d.seed));
  });

  it('refuses a burst over the limit, naming the fault', () => {
    expect(() => plan({ faults: { burst: { count: 20_000, concurrency: 1 } } })).toThrow(/a burst of 20000 is over the 10000/);
  });
});

describe('faults that cannot apply', () => {
  it('refuses a stale signature for Ploomes, whose validation key carries no timestamp', () => {
    expect(() => plan({ faults: { signature: 'stale' } })).toThrow(/carries no timestamp, so a stale signature would be a valid one/);
  });
  it('accepts the signature faults that do change what Ploomes sends', () => {
    for (const signature of ['invalid', 'missing', 'wrong-secret'] as const) expect(() => plan({ faults: { signature } })).not.toThrow();
  });
});
