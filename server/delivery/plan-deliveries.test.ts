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

  it.each([['burst'], ['reorder'], ['slow'], ['disconnect']] as const)('refuses the %s fault by name rather than ignoring it', (name) => {
    const faults = { burst: { count: 2, concurrency: 1 }, reorder: true, slow: 10, disconnect: true }[name];
    expect(() => plan({ faults: { [name]: faults } })).toThrow(new RegExp(`fault "${name}" is not available`));
  });
});
