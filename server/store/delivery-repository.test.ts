import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planDeliveries } from '../delivery/plan-deliveries.ts';
import { createWorkbench, type Workbench } from '../workbench.ts';

let bench: Workbench;

/** `count` deliveries of alternating providers; every third gets an attempt (a 200, or a refused connection). */
function record(count: number): string[] {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const provider = i % 2 ? 'ploomes' : 'standard';
    const event = provider === 'ploomes' ? 'Contacts.Update' : Object.keys(bench.registry.get('standard').catalogue)[0]!;
    const plan = planDeliveries({ registry: bench.registry, settingsFor: bench.settingsFor, defaultTarget: `http://127.0.0.1:9/${provider}`, defaultTimeScale: 1, input: { provider, event, seed: i } });
    bench.store.deliveries.insertMany(plan.deliveries);
    const id = plan.deliveries[0]!.id;
    ids.push(id);
    if (i % 3 === 0) {
      bench.store.deliveries.startAttempt({ deliveryId: id, n: 1, startedAt: new Date().toISOString(), request: { method: 'POST', url: `http://127.0.0.1:9/${i}`, headers: { 'X-N': String(i) }, body: `{"i":${i}}` } });
      bench.store.deliveries.finishAttempt(
        i % 2
          ? { deliveryId: id, n: 1, durationMs: 2, ok: false, error: { code: 'CONNECTION_REFUSED', message: 'refused' }, status: 'failed' }
          : { deliveryId: id, n: 1, durationMs: 2, ok: true, response: { status: 200, statusText: 'OK', headers: {}, body: 'ok', bodyEncoding: 'utf8', bodyBytes: 2, truncated: false }, status: 'succeeded' },
      );
    }
  }
  return ids;
}

beforeEach(() => {
  bench = createWorkbench({ dbPath: ':memory:', defaultTarget: 'http://127.0.0.1:9/' });
});
afterEach(async () => {
  await bench.close();
});

describe('fullPage', () => {
  it('pages through every delivery newest first, each with exactly the attempts get() reads', () => {
    const ids = record(23);
    const seen = [];
    let cursor: string | undefined;
    do {
      const page = bench.store.deliveries.fullPage({ limit: 5, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.map((d) => d.id)).toEqual([...ids].reverse());
    for (const delivery of seen) expect(delivery).toEqual(bench.store.deliveries.get(delivery.id));
    expect(seen.filter((d) => d.attempts.length === 1)).toHaveLength(8);
  });

  it('applies the list filters', () => {
    record(12);
    const page = bench.store.deliveries.fullPage({ provider: 'ploomes', status: 'failed', limit: 50 });
    expect(page.items.map((d) => [d.provider, d.status])).toEqual([
      ['ploomes', 'failed'],
      ['ploomes', 'failed'],
    ]);
    expect(page.nextCursor).toBeUndefined();
  });
});

describe('list totals', () => {
  it('counts every match whether or not the first page holds them all, and on cursor pages', () => {
    const ids = record(30);
    expect(bench.store.deliveries.list({ limit: 50 }).total).toBe(30);
    const first = bench.store.deliveries.list({ limit: 10 });
    expect(first.total).toBe(30);
    expect(bench.store.deliveries.list({ limit: 10, cursor: first.nextCursor! }).total).toBe(30);
    const one = bench.store.deliveries.list({ q: ids[7]!.slice(-12), limit: 50 });
    expect([one.total, one.items.map((d) => d.id)]).toEqual([1, [ids[7]]]);
    expect(bench.store.deliveries.list({ provider: 'ploomes', limit: 3 }).total).toBe(15);
    expect(bench.store.deliveries.list({ q: 'no such text', limit: 3 }).total).toBe(0);
  });
});
