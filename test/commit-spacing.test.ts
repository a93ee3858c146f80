/**
 * The store spaces its commits only while work overlaps (store/overlap-watch.ts): what a real server
 * tells it. One client sending one delivery at a time must not look like load (its every 202 would
 * wait out the gap: bench/sequential-posts.ts); requests side by side, and attempts keeping the wire
 * busy (a burst, a suite's cases, before a slow receiver), must.
 */
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { runSuites } from '../server/suites/run-suites.ts';
import { parseSuite } from '../server/suites/load-suites.ts';
import { startReceiver, type Receiver } from './helpers/receiver.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer | undefined;
let receiver: Receiver | undefined;
afterEach(async () => {
  await server?.dispose();
  await receiver?.close();
  server = receiver = undefined;
});

async function start(answerAfterMs = 0): Promise<{ server: TestServer; receiver: Receiver }> {
  receiver = await startReceiver({ answerAfterMs });
  server = await startTestServer();
  return { server, receiver };
}

async function deliver(s: TestServer, body: Record<string, unknown>): Promise<string> {
  const res = await s.api('/api/deliveries', { body: { provider: 'ploomes', event: 'Deals.Win', ...body } });
  expect(res.status).toBe(202);
  const { id, related } = (await res.json()) as { id: string; related: string[] };
  await Promise.all([id, ...related].map((each) => s.bench.engine.settled(each)));
  return id;
}

describe('what tells the store to space its commits', () => {
  it('one client sending one delivery at a time does not, nor a short burst', async () => {
    const { server, receiver } = await start();
    for (let seed = 0; seed < 10; seed++) await deliver(server, { target: receiver.url, seed });
    await deliver(server, { target: receiver.url, faults: { burst: '6@2' } });
    expect(receiver.requests).toHaveLength(16);
    expect(server.bench.store.overlap.overlapping()).toBe(false);
  });

  it('a burst keeping a slow receiver busy does', async () => {
    // 12 rounds of four attempts, each answered after 40 ms: past the watch's quarter-second window.
    const { server, receiver } = await start(40);
    await deliver(server, { target: receiver.url, faults: { burst: '48@4' } });
    expect(receiver.requests).toHaveLength(48);
    expect(server.bench.store.overlap.overlapping()).toBe(true);
  });

  it('two requests in flight at once do', async () => {
    const { server } = await start();
    // A POST whose body is still arriving is in flight; a GET answered meanwhile overlaps it.
    const slow = http.request(`${server.url}/api/deliveries`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': '2' } });
    const answered = new Promise<number>((resolve, reject) => {
      slow.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      slow.on('error', reject);
    });
    slow.write('{');
    slow.flushHeaders();
    // Until the server has the slow POST's headers, the GET might come first: ask until it overlaps.
    let seen = false;
    for (let i = 0; i < 50 && !seen; i++) {
      expect((await server.api('/api/health')).status).toBe(200);
      seen = server.bench.store.overlap.overlapping();
    }
    expect(seen).toBe(true);
    slow.end('}');
    // The body named no provider: refused, and the overlap was the requests', not a delivery's.
    expect(await answered).toBe(422);
  });

  it('a suite’s cases keeping a slow receiver busy do', async () => {
    const { server, receiver } = await start(40);
    const suite = parseSuite({ name: 'four at once', cases: Array.from({ length: 48 }, (_, i) => i + 1).map((seed) => ({ name: `case ${seed}`, provider: 'ploomes', event: 'Deals.Win', seed })) }, 'test');
    const { bench } = server;
    const deps = { engine: bench.engine, registry: bench.registry, store: bench.store, settingsFor: bench.settingsFor, defaultTarget: bench.defaultTarget, defaultTimeScale: 1 };
    const result = await runSuites(deps, { suites: [{ file: 'four-at-once.json', suite }], target: receiver.url, concurrency: 4 });
    expect(result.totals).toMatchObject({ cases: 48, passed: 48 });
    expect(server.bench.store.overlap.overlapping()).toBe(true);
  });
});
