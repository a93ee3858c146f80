/** The fault vocabulary end to end: what the receiver saw (bytes, order, timing, concurrency) and what was recorded. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Delivery } from '../server/delivery/types.ts';
import { seededShuffle } from '../server/util/seeded-shuffle.ts';
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

async function fire(body: Record<string, unknown>): Promise<{ first: Delivery; all: Delivery[]; status: number; error?: { path: string; message: string } }> {
  const res = await server.api('/api/deliveries', { body: { provider: 'ploomes', event: 'Contacts.Update', ...body } });
  const json = (await res.json()) as { id: string; related: string[]; error?: { path: string; message: string } };
  if (res.status !== 202) return { first: undefined as never, all: [], status: res.status, ...(json.error ? { error: json.error } : {}) };
  const all = await Promise.all([json.id, ...json.related].map((id) => server.bench.engine.settled(id)));
  return { first: all[0]!, all, status: res.status };
}

const header = (d: Delivery, name: string) => Object.entries(d.attempts[0]!.request.headers).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];

describe('burst, duplicate and reorder', () => {
  it('burst=20@3 sends 20 distinct events, never more than 3 at once', async () => {
    const { all } = await fire({ target: `${receiver.url}/hold?ms=40`, faults: { burst: '20@3' } });
    expect(all).toHaveLength(20);
    expect(all.every((d) => d.status === 'succeeded')).toBe(true);
    expect(new Set(all.map((d) => d.eventId)).size).toBe(20);
    expect(new Set(all.map((d) => d.batchId)).size).toBe(1);
    expect(receiver.requests).toHaveLength(20);
    expect(new Set(receiver.requests.map((r) => r.body.toString())).size).toBe(20);
    expect(receiver.maxInFlight()).toBeLessThanOrEqual(3);
    expect(receiver.maxInFlight()).toBeGreaterThanOrEqual(2);
  });

  it('reorder delivers a burst in the seeded shuffled order', async () => {
    const { all } = await fire({ target: `${receiver.url}/ok`, seed: 100, faults: { burst: '12@1', reorder: true } });
    const bySeed = new Map(all.map((d) => [d.attempts[0]!.request.body, d.seed]));
    const arrived = receiver.requests.map((r) => bySeed.get(r.body.toString()));
    const created = [...all].sort((a, b) => a.seed - b.seed).map((d) => d.seed);
    expect(arrived).toEqual(seededShuffle(created, 100));
    expect(arrived).not.toEqual(created);
  });

  it('burst=50@10 + duplicate=2 + reorder: 100 requests, each event exactly twice, at most 10 at once', async () => {
    const { all } = await fire({ target: `${receiver.url}/hold?ms=5`, faults: { burst: '50@10', duplicate: 2, reorder: true } });
    expect(all).toHaveLength(100);
    expect(receiver.requests).toHaveLength(100);
    const counts = new Map<string, number>();
    for (const r of receiver.requests) counts.set(r.body.toString(), (counts.get(r.body.toString()) ?? 0) + 1);
    expect([...counts.values()].every((n) => n === 2)).toBe(true);
    expect(counts.size).toBe(50);
    expect(receiver.maxInFlight()).toBeLessThanOrEqual(10);
    expect(all.filter((d) => d.duplicateOf).length).toBe(50);
  });
});

describe('timing faults', () => {
  it('delay=1s at time scale 0.1 waits about 100 ms before the first attempt', async () => {
    const before = performance.now();
    await fire({ target: `${receiver.url}/ok`, faults: { delay: '1s' }, timeScale: 0.1 });
    expect(receiver.requests[0]!.startedAt - before).toBeGreaterThanOrEqual(95);
  });

  it('timeout=100 gives up on a receiver that holds for a second', async () => {
    const { first } = await fire({ target: `${receiver.url}/hold?ms=1000`, faults: { timeout: 100 } });
    expect(first.attempts[0]!.error?.code).toBe('TIMEOUT');
    expect(first.attempts[0]!.durationMs).toBeGreaterThanOrEqual(95);
    expect(first.attempts[0]!.durationMs).toBeLessThan(900);
    expect(first.timeoutMs).toBe(100);
  });

  it("honours a 429's Retry-After for providers that do (Standard Webhooks), recording the real delay", async () => {
    const { first } = await fire({ provider: 'standard', event: 'invoice.paid', target: `${receiver.url}/status/429?retryAfter=3`, faults: { retry: '5s,5s' }, timeScale: 0.02 });
    expect(first.attempts.map((a) => a.response?.status)).toEqual([429, 429, 429]);
    expect(first.attempts.slice(0, 2).map((a) => a.nextRetryDelayMs)).toEqual([3000, 3000]);
    const gap = receiver.requests[1]!.startedAt - receiver.requests[0]!.startedAt;
    expect(gap).toBeGreaterThanOrEqual(55);
    expect(gap).toBeLessThan(100 - 5 + 300);
  });
});

describe('signature faults on Ploomes', () => {
  it('missing sends no validation key; invalid sends one altered by one character; wrong-secret another key', async () => {
    const key = server.bench.vault.verification('ploomes').validationKey!;
    const missing = (await fire({ target: `${receiver.url}/ok`, faults: { signature: 'missing' } })).first;
    expect(header(missing, 'X-Ploomes-Validation-Key')).toBeUndefined();
    expect(receiver.requests[0]!.headers['x-ploomes-validation-key']).toBeUndefined();

    const invalid = (await fire({ target: `${receiver.url}/ok`, faults: { signature: 'invalid' } })).first;
    const sent = receiver.requests[1]!.headers['x-ploomes-validation-key'] as string;
    expect(sent).toBe(header(invalid, 'X-Ploomes-Validation-Key'));
    expect(sent.length).toBe(key.length);
    expect([...sent].filter((c, i) => c !== key[i])).toHaveLength(1);

    await fire({ target: `${receiver.url}/ok`, faults: { signature: 'wrong-secret' } });
    const wrong = receiver.requests[2]!.headers['x-ploomes-validation-key'] as string;
    expect(wrong).not.toBe(key);
    expect([...wrong].filter((c, i) => c !== key[i]).length).toBeGreaterThan(5);
  });

  it('refuses stale for Ploomes, whose key carries no timestamp', async () => {
    const { status, error } = await fire({ target: `${receiver.url}/ok`, faults: { signature: 'stale' } });
    expect(status).toBe(422);
    expect(error?.path).toBe('faults.signature');
    expect(receiver.requests).toHaveLength(0);
  });
});

describe('body faults', () => {
  it.each([
    ['malformed', (sent: string, intact: string) => {
      expect(() => JSON.parse(sent)).toThrow();
      expect(sent.replace(/,}$/, '}')).toBe(intact);
    }],
    ['truncated', (sent: string, intact: string) => {
      expect(intact.startsWith(sent)).toBe(true);
      expect(sent.length).toBe(Math.floor(intact.length / 2));
    }],
    ['empty', (sent: string) => expect(sent).toBe('')],
  ])('body=%s sends the broken bytes, with a Content-Length that matches them', async (fault, check) => {
    const { first } = await fire({ target: `${receiver.url}/ok`, seed: 9, faults: { body: fault } });
    const intact = JSON.stringify(first.payload);
    const [request] = receiver.requests;
    check(request!.body.toString(), intact);
    expect(Number(request!.headers['content-length'])).toBe(request!.body.length);
    expect(first.attempts[0]!.request.body).toBe(request!.body.toString());
  });
});

describe('socket faults', () => {
  it('disconnect cuts the connection mid-body; the record says so and the retry schedule carries on', async () => {
    const { first } = await fire({ target: `${receiver.url}/ok`, faults: { disconnect: true, retry: '10ms' } });
    expect(first.attempts.map((a) => a.error?.code)).toEqual(['DISCONNECTED', 'DISCONNECTED']);
    expect(first.attempts.map((a) => a.faults)).toEqual([['disconnect'], ['disconnect']]);
    expect(first.status).toBe('failed');
    await receiver.waitFor(2);
    for (const request of receiver.requests) {
      expect(request.complete).toBe(false);
      expect(request.body.length).toBe(Math.floor(Buffer.byteLength(JSON.stringify(first.payload)) / 2));
    }
  });

  it('slow trickles the body at the given rate', async () => {
    const { first } = await fire({ target: `${receiver.url}/ok`, faults: { slow: 4000 } });
    expect(first.status).toBe('succeeded');
    const [request] = receiver.requests;
    const bytes = request!.body.length;
    expect(request!.endedAt - request!.startedAt).toBeGreaterThanOrEqual((bytes / 4000) * 1000 * 0.8);
  });
});

describe('a misbehaving receiver is recorded precisely, and hookbench stays responsive', () => {
  it.each([
    ['reset', 'CONNECTION_RESET'],
    ['silent', 'TIMEOUT'],
    ['slow-headers?ms=1000', 'TIMEOUT'],
    ['invalid', 'INVALID_HTTP'],
  ])('/%s → %s', async (path, code) => {
    const { first } = await fire({ target: `${receiver.url}/${path}`, faults: { timeout: 200 } });
    expect(first.attempts[0]!.error?.code).toBe(code);
    expect(first.status).toBe('failed');
  });

  it('records the status and a TIMEOUT when the body stalls after the headers', async () => {
    const { first } = await fire({ target: `${receiver.url}/slow-body?ms=1000`, faults: { timeout: 200 } });
    expect(first.attempts[0]!.response?.status).toBe(200);
    expect(first.attempts[0]!.error?.code).toBe('TIMEOUT');
  });

  it('does not follow a redirect loop: the 302 is the answer', async () => {
    const { first } = await fire({ target: `${receiver.url}/redirect-loop` });
    expect(first.attempts[0]!.response?.status).toBe(302);
    expect(receiver.requests).toHaveLength(1);
  });

  it('names a DNS failure', async () => {
    const { first } = await fire({ target: 'http://no-such-host.invalid/hook' });
    expect(first.attempts[0]!.error?.code).toBe('DNS');
  });

  it('keeps 1 MiB of a 100 MiB answer, counts the rest, and answers the API meanwhile', async () => {
    const pending = fire({ target: `${receiver.url}/huge?mb=100` });
    const started = performance.now();
    const health = await server.api('/api/health');
    expect(health.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1000);
    const { first } = await pending;
    const response = first.attempts[0]!.response!;
    expect(response).toMatchObject({ status: 200, truncated: true, bodyBytes: 100 * 1024 * 1024 });
    expect(response.body.length).toBe(1024 * 1024);
  });
});

describe("providers' own concurrency limits", () => {
  it('Parallel never has more than 5 deliveries in flight to one target, even in an unbounded burst', async () => {
    const { all } = await fire({ provider: 'parallel', event: 'PROFILE_CREATED', target: `${receiver.url}/hold?ms=30`, faults: { burst: 20 } });
    expect(all.every((d) => d.status === 'succeeded')).toBe(true);
    expect(receiver.maxInFlight()).toBe(5);
  });
});
