/**
 * @module Fills a store file with realistic recorded deliveries through the engine's own path: planned
 * (generated payloads), attempts prepared and signed by the provider, recorded by the delivery
 * repository with a receiver's answer — no raw SQL.
 */
import { planDeliveries } from '../server/delivery/plan-deliveries.ts';
import { prepareAttempt } from '../server/delivery/prepare-attempt.ts';
import { withTransportHeaders } from '../server/delivery/send.ts';
import type { AttemptResponse, Delivery } from '../server/delivery/types.ts';
import { settingsWithOverrides } from '../server/providers/provider-config.ts';
import { createWorkbench } from '../server/workbench.ts';

const ok: AttemptResponse = {
  status: 200,
  statusText: 'OK',
  headers: { 'content-type': 'application/json', 'content-length': '15', date: 'Mon, 23 Nov 2026 10:00:00 GMT', connection: 'keep-alive' },
  body: '{"received":true}',
  bodyEncoding: 'utf8',
  bodyBytes: 17,
  truncated: false,
};
const serverError: AttemptResponse = {
  ...ok,
  status: 500,
  statusText: 'Internal Server Error',
  body: '{"error":"database is locked","retry":true}',
  bodyBytes: 44,
};

/**
 * Records `count` deliveries spread over every built-in provider and event: most succeeded at the
 * first attempt, one in ten after a 500 and a retry, one in twenty failed on a refused connection.
 * @returns deliveries recorded per second of wall time.
 */
export async function populateStore(dbPath: string, count: number, onProgress?: (done: number) => void): Promise<number> {
  const bench = createWorkbench({ dbPath, defaultTarget: 'http://127.0.0.1:3000/webhooks' });
  const kinds = bench.registry
    .list()
    .filter((p) => !p.id.startsWith('custom'))
    .flatMap((p) => Object.keys(p.catalogue).map((event) => ({ provider: p, event })));
  const started = performance.now();
  const batch = 500;
  for (let done = 0; done < count; ) {
    const n = Math.min(batch, count - done);
    const plans = Array.from({ length: n }, (_, k) => {
      const i = done + k;
      const { provider, event } = kinds[i % kinds.length]!;
      return planDeliveries({
        registry: bench.registry,
        settingsFor: bench.settingsFor,
        defaultTarget: `http://127.0.0.1:3000/webhooks/${provider.id}`,
        defaultTimeScale: 1,
        input: { provider: provider.id, event, seed: i },
      });
    });
    const deliveries = plans.flatMap((p) => p.deliveries);
    bench.store.deliveries.insertMany(deliveries);
    deliveries.forEach((d, k) => record(d, done + k));
    done += n;
    onProgress?.(done);
    // One batch per event-loop turn: the store group-commits it, as it does under load.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const rate = count / ((performance.now() - started) / 1000);
  await bench.close();
  return rate;

  function record(d: Delivery, i: number): void {
    const provider = bench.registry.get(d.provider);
    const attempts = i % 10 === 7 ? 2 : 1;
    for (let n = 1; n <= attempts; n++) {
      const request = withTransportHeaders(
        prepareAttempt({
          provider,
          settings: settingsWithOverrides(provider, bench.settingsFor(provider.id), d.settings),
          credentials: bench.vault.get(provider.id),
          event: d.event,
          eventId: d.eventId,
          payload: d.payload,
          target: d.target,
          attempt: n,
          timeoutMs: d.timeoutMs,
          now: new Date(),
          faults: d.faults,
        }).request,
      );
      bench.store.deliveries.startAttempt({ deliveryId: d.id, n, startedAt: new Date().toISOString(), request });
      const durationMs = 3 + (i % 37) / 3;
      if (i % 20 === 3) {
        bench.store.deliveries.finishAttempt({ deliveryId: d.id, n, durationMs, ok: false, error: { code: 'CONNECTION_REFUSED', message: 'connect ECONNREFUSED 127.0.0.1:3000' }, status: 'failed' });
      } else if (n < attempts) {
        const delay = d.retryDelaysMs[0] ?? 1000;
        bench.store.deliveries.finishAttempt({
          deliveryId: d.id,
          n,
          durationMs,
          ok: false,
          response: serverError,
          nextRetryAt: new Date(Date.now() + delay).toISOString(),
          nextRetryDelayMs: delay,
          status: 'retrying',
        });
      } else {
        bench.store.deliveries.finishAttempt({ deliveryId: d.id, n, durationMs, ok: true, response: ok, status: 'succeeded' });
      }
    }
  }
}
