/** Edit-and-resend (a hand-written body, signed as sent; headers changed after signing) and cancelling. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Delivery } from '../server/delivery/types.ts';
import { startHostileReceiver, type HostileReceiver } from './helpers/hostile-receiver.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
let receiver: HostileReceiver;
beforeEach(async () => {
  server = await startTestServer();
  receiver = await startHostileReceiver();
});
afterEach(async () => {
  await receiver.close();
  await server.dispose();
});

const post = async (path: string, body: object) => {
  const res = await server.api(path, { body });
  return { status: res.status, json: (await res.json()) as { id: string; related: string[]; batchId?: string; cancelled?: number; error?: { path: string } } };
};

describe('edit and resend', () => {
  it('sends a hand-edited body signed as sent, and headers changed after signing', async () => {
    const first = await post('/api/deliveries', { provider: 'standard', event: 'invoice.paid', target: `${server.url}/sink/strict?strict=1` });
    await server.bench.engine.settled(first.json.id);
    const body = JSON.stringify({ type: 'invoice.paid', edited: true });
    const replay = await post(`/api/deliveries/${first.json.id}/replay`, {
      target: `${receiver.url}/ok`,
      edits: { body, headers: { 'X-Tester': 'qa', 'User-Agent': null } },
    });
    expect(replay.status).toBe(202);
    const delivery = await server.bench.engine.settled(replay.json.id);
    const [request] = receiver.requests;
    expect(request!.body.toString()).toBe(body);
    expect(request!.headers['x-tester']).toBe('qa');
    expect(request!.headers['user-agent']).toBeUndefined();
    expect(delivery.edits).toEqual({ body, headers: { 'X-Tester': 'qa', 'User-Agent': null } });
    // The signature covers the edited bytes: the provider's own verifier accepts them.
    const standard = server.bench.registry.get('standard');
    const verdict = standard.verify({
      request: { method: 'POST', url: delivery.target, headers: Object.fromEntries(Object.entries(request!.headers).map(([k, v]) => [k, String(v)])), body },
      credentials: server.bench.vault.get('standard'),
      now: new Date(),
      settings: server.bench.settingsFor('standard'),
    });
    expect(verdict).toMatchObject({ ok: true });
  });

  it('refuses a body edit for a delivery sent without a body', async () => {
    const res = await post('/api/deliveries', { provider: 'connectif', event: 'email.subscription', target: `${receiver.url}/ok`, edits: { body: '{}' } });
    expect(res.status).toBe(422);
    expect(res.json.error?.path).toBe('edits.body');
  });
});

describe('cancel', () => {
  it('stops the rest of a burst: nothing more is sent, and each stopped delivery says CANCELLED', async () => {
    const burst = await post('/api/deliveries', { provider: 'ploomes', event: 'Deals.Update', target: `${receiver.url}/hold?ms=100`, faults: { burst: '20@1' } });
    const ids = [burst.json.id, ...burst.json.related];
    await receiver.waitFor(2);
    const batchId = server.bench.store.deliveries.get(burst.json.id)!.batchId!;
    const cancelled = await post(`/api/batches/${batchId}/cancel`, {});
    expect(cancelled.json.cancelled).toBeGreaterThan(10);
    const settled = await Promise.all(ids.map((id) => server.bench.engine.settled(id)));
    const stopped = settled.filter((d: Delivery) => d.lastError === 'CANCELLED');
    // The one in flight when cancelled finishes (and succeeds here): only those not yet sent are stopped.
    expect(stopped.every((d) => d.status === 'failed' && d.attempts.length === 0)).toBe(true);
    expect(stopped.length).toBeGreaterThanOrEqual(cancelled.json.cancelled! - 1);
    expect(receiver.requests.length).toBe(20 - stopped.length);
    expect(settled.filter((d) => d.status === 'succeeded').length).toBe(20 - stopped.length);
  });

  it('stops a pending retry', async () => {
    const created = await post('/api/deliveries', { provider: 'ploomes', event: 'Deals.Win', target: `${receiver.url}/status/500`, faults: { retry: '10s' } });
    await receiver.waitFor(1);
    await expect.poll(() => server.bench.store.deliveries.get(created.json.id)?.status).toBe('retrying');
    expect((await post(`/api/deliveries/${created.json.id}/cancel`, {})).json.cancelled).toBe(1);
    const delivery = await server.bench.engine.settled(created.json.id);
    expect(delivery).toMatchObject({ status: 'failed', lastError: 'CANCELLED' });
    expect(delivery.nextAttemptAt).toBeUndefined();
    expect((await post(`/api/deliveries/${created.json.id}/cancel`, {})).json.cancelled).toBe(0);
  });
});
