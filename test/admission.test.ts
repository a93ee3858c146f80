/** Admission control: past a backlog of deliveries waiting to be sent, submissions get 429 and nothing is half-recorded. */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const post = (path: string, body: unknown) =>
  fetch(`${server!.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('a workbench with a backlog', () => {
  it('answers 429 with Retry-After past the limit, records nothing of the refused request, and takes work again once the backlog drains', async () => {
    server = await startTestServer({ maxPending: 30 });
    // A minute's delay keeps them waiting in the engine, as a receiver that cannot keep up would.
    const waiting = await post('/api/deliveries', { provider: 'ploomes', event: 'Deals.Win', faults: { burst: '25@5', delay: 60_000 } });
    expect(waiting.status).toBe(202);
    const before = server.bench.store.deliveries.count();
    expect(before).toBe(25);

    const refused = await post('/api/deliveries', { provider: 'ploomes', event: 'Deals.Win', faults: { burst: '10@5' } });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('5');
    const { error } = (await refused.json()) as { error: { code: string; message: string; path?: string } };
    expect(error).toMatchObject({ code: 'BUSY', path: 'faults.burst' });
    expect(error.message).toMatch(/25 deliveries waiting to be sent and takes at most 30; this would add 10/);
    expect(server.bench.store.deliveries.count()).toBe(before);

    // One more fits; then cancelling the waiting ones makes room.
    expect((await post('/api/deliveries', { provider: 'ploomes', event: 'Deals.Win', faults: { delay: 60_000 } })).status).toBe(202);
    const ids = server.bench.store.deliveries.list({ limit: 100 }).items.map((d) => d.id);
    expect(server.bench.engine.cancel(ids)).toBe(26);
    const again = await post('/api/deliveries', { provider: 'ploomes', event: 'Deals.Win', faults: { burst: '10@5' } });
    expect(again.status).toBe(202);
  });
});
