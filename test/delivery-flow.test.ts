import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Delivery } from '../server/delivery/types.ts';
import { rawHeader, startReceiver, type Receiver } from './helpers/receiver.ts';
import { startTestServer, tempDir, type TestServer } from './helpers/test-server.ts';
import { collectWs, type WsCollector } from './helpers/ws-collector.ts';

let server: TestServer | undefined;
let receiver: Receiver | undefined;
let ws: WsCollector | undefined;
afterEach(async () => {
  ws?.close();
  await receiver?.close();
  await server?.dispose();
  server = receiver = ws = undefined;
});

async function settled(s: TestServer, id: string): Promise<Delivery> {
  return s.bench.engine.settled(id);
}

describe('a Ploomes delivery through the control API', () => {
  it('reaches the receiver with the exact body and validation key, is stored, and is announced in order', async () => {
    server = await startTestServer();
    receiver = await startReceiver();
    ws = await collectWs(`${server.url.replace('http', 'ws')}/ws`);
    const hello = await ws.waitFor((m) => m.type === 'hello');

    const res = await server.api('/api/deliveries', {
      body: { provider: 'ploomes', event: 'Contacts.Update', target: `${receiver.url}/hook`, seed: 7 },
    });
    expect(res.status).toBe(202);
    const created = (await res.json()) as { id: string; related: string[]; status: string };
    expect(created).toMatchObject({ status: 'queued', related: [] });

    const [request] = await receiver.waitFor(1);
    const delivery = await settled(server, created.id);

    // What the receiver got is what the generator made, serialised once, byte for byte.
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/hook');
    expect(request?.body.toString('utf8')).toBe(JSON.stringify(delivery.payload));
    expect(Object.keys(JSON.parse(request?.body.toString('utf8') ?? '{}'))).toEqual([
      'Action', 'Entity', 'AccountId', 'ActionUserId', 'WebhookId', 'WebhookCreatorId', 'New', 'Old',
    ]);
    const credentials = (await (await server.api('/api/providers/ploomes/credentials')).json()) as { credentials: { validationKey: string } };
    expect(rawHeader(request!, 'X-Ploomes-Validation-Key')).toBe(credentials.credentials.validationKey);
    expect(rawHeader(request!, 'Content-Type')).toBe('application/json; charset=utf-8');

    // The store holds the attempt with every header that went on the wire and the receiver's answer.
    expect(delivery.status).toBe('succeeded');
    expect(delivery.attempts).toHaveLength(1);
    const attempt = delivery.attempts[0]!;
    expect(attempt.request.body).toBe(request?.body.toString('utf8'));
    const wire: Record<string, string> = {};
    for (let i = 0; i < request!.rawHeaders.length; i += 2) wire[request!.rawHeaders[i]!] = request!.rawHeaders[i + 1]!;
    expect(attempt.request.headers).toEqual(wire);
    expect(attempt.response).toMatchObject({ status: 200, body: 'ok', truncated: false });
    expect(attempt.durationMs).toBeGreaterThan(0);

    // Announced after being committed, in order, with increasing seqs.
    await ws.waitFor((m) => m.type === 'delivery.updated' && m.data.status === 'succeeded');
    const mine = ws.messages.filter((m) => m.type !== 'hello' && (m.data.id === created.id || m.data.deliveryId === created.id));
    expect(mine.map((m) => m.type)).toEqual(['delivery.created', 'attempt.started', 'attempt.finished', 'delivery.updated']);
    const seqs = mine.map((m) => m.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(seqs[0]).toBeGreaterThan(hello.seq);
    expect(mine[2]?.data).toMatchObject({ n: 1, ok: true, status: 200 });
  });

  it('retries a receiver that fails twice on the scheduled, scaled gaps and records the real schedule', async () => {
    server = await startTestServer();
    receiver = await startReceiver({ replies: [{ status: 500 }, { status: 503 }] });
    const timeScale = 0.1;
    const res = await server.api('/api/deliveries', {
      body: { provider: 'ploomes', event: 'Deals.Win', target: receiver.url, faults: { retry: '1s,2s,4s' }, timeScale },
    });
    const { id } = (await res.json()) as { id: string };
    const delivery = await settled(server, id);

    expect(delivery.status).toBe('succeeded');
    expect(delivery.attempts.map((a) => a.response?.status)).toEqual([500, 503, 200]);
    expect(delivery.attempts.map((a) => a.nextRetryDelayMs)).toEqual([1000, 2000, undefined]);
    expect(delivery.retryDelaysMs).toEqual([1000, 2000, 4000]);
    const [first, second, third] = receiver.requests;
    // Gaps as seen by the receiver: at least the scaled delay, and not wildly more.
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(100 - 5);
    expect(second!.at - first!.at).toBeLessThan(100 + 400);
    expect(third!.at - second!.at).toBeGreaterThanOrEqual(200 - 5);
    expect(third!.at - second!.at).toBeLessThan(200 + 400);
    // The same event each time: same body bytes.
    expect(new Set(receiver.requests.map((r) => r.body.toString()))).toHaveProperty('size', 1);
    const due = Date.parse(delivery.attempts[0]!.nextRetryAt!) - Date.parse(delivery.attempts[0]!.startedAt);
    expect(due).toBeGreaterThanOrEqual(100);
  });

  it('gives up after the schedule and records each error class', async () => {
    server = await startTestServer();
    const closed = await startReceiver();
    const target = closed.url;
    await closed.close();
    const res = await server.api('/api/deliveries', {
      body: { provider: 'ploomes', event: 'Tasks.Finish', target, faults: { retry: [10, 10] } },
    });
    const delivery = await settled(server, ((await res.json()) as { id: string }).id);
    expect(delivery.status).toBe('failed');
    expect(delivery.attempts.map((a) => a.error?.code)).toEqual(['CONNECTION_REFUSED', 'CONNECTION_REFUSED', 'CONNECTION_REFUSED']);
    expect(delivery.attempts.at(-1)?.nextRetryAt).toBeUndefined();
  });

  it('sends duplicates as deliveries of their own with the same event id and body', async () => {
    server = await startTestServer();
    receiver = await startReceiver();
    const res = await server.api('/api/deliveries', {
      body: { provider: 'ploomes', event: 'Orders.Create', target: receiver.url, faults: { duplicate: 3 } },
    });
    const created = (await res.json()) as { id: string; eventId: string; related: string[] };
    expect(created.related).toHaveLength(2);
    await receiver.waitFor(3);
    expect(new Set(receiver.requests.map((r) => r.body.toString()))).toHaveProperty('size', 1);
    for (const id of created.related) {
      const dup = await settled(server, id);
      expect(dup).toMatchObject({ eventId: created.eventId, duplicateOf: created.id, status: 'succeeded' });
    }
  });

  it('replays a delivery as a new one with the same bytes and replayOf set', async () => {
    server = await startTestServer();
    receiver = await startReceiver();
    const first = (await (await server.api('/api/deliveries', { body: { provider: 'ploomes', event: 'Quotes.Update', target: receiver.url } })).json()) as { id: string };
    await settled(server, first.id);
    const res = await server.api(`/api/deliveries/${first.id}/replay`, { body: {} });
    expect(res.status).toBe(202);
    const replay = (await res.json()) as { id: string; replayOf: string };
    expect(replay.replayOf).toBe(first.id);
    await settled(server, replay.id);
    const [a, b] = await receiver.waitFor(2);
    expect(b?.body.toString()).toBe(a?.body.toString());
  });
});

describe('replaying one member of a burst', () => {
  it('sends that one delivery with its own bytes and faults, unless the replay names faults itself', async () => {
    server = await startTestServer();
    receiver = await startReceiver();
    const fired = (await (await server.api('/api/deliveries', {
      body: { provider: 'ploomes', event: 'Deals.Win', target: receiver.url, seed: 5, faults: { burst: '3@1', reorder: true, signature: 'missing' } },
    })).json()) as { id: string; related: string[] };
    const members = await Promise.all([fired.id, ...fired.related].map((id) => settled(server!, id)));
    const member = members[1]!;
    const [sent] = (await receiver.waitFor(3)).filter((r) => r.body.toString() === member.attempts[0]!.request.body);
    expect(sent).toBeDefined();

    const replay = (await (await server.api(`/api/deliveries/${member.id}/replay`, { body: {} })).json()) as { id: string; related: string[]; batchId?: string };
    expect(replay.related).toEqual([]);
    const replayed = await settled(server, replay.id);
    expect(replayed).toMatchObject({ replayOf: member.id, faults: { signature: 'missing' } });
    expect(replayed.faults).not.toHaveProperty('burst');
    expect(replayed.faults).not.toHaveProperty('reorder');
    expect(replayed.batchId).toBeUndefined();
    const received = await receiver.waitFor(4);
    expect(received).toHaveLength(4);
    expect(received[3]!.body.toString()).toBe(member.attempts[0]!.request.body);
    expect(rawHeader(received[3]!, 'X-Ploomes-Validation-Key')).toBeUndefined();

    // Faults named in the replay are taken as given: a burst asked for is a burst.
    const again = (await (await server.api(`/api/deliveries/${member.id}/replay`, { body: { faults: { burst: 2 } } })).json()) as { id: string; related: string[] };
    expect(again.related).toHaveLength(1);
    await Promise.all([again.id, ...again.related].map((id) => settled(server!, id)));
    expect(await receiver.waitFor(6)).toHaveLength(6);
  });
});

describe('provider settings per delivery', () => {
  it("applies a delivery's settings overrides to generation and keeps them for replays", async () => {
    server = await startTestServer();
    receiver = await startReceiver();
    const res = await server.api('/api/deliveries', {
      body: { provider: 'ploomes', event: 'Deals.Win', target: receiver.url, settings: { accountId: 777 } },
    });
    const { id } = (await res.json()) as { id: string };
    await settled(server, id);
    const replay = (await (await server.api(`/api/deliveries/${id}/replay`, { body: {} })).json()) as { id: string };
    await settled(server, replay.id);
    const [first, second] = await receiver.waitFor(2);
    expect(JSON.parse(first!.body.toString()).AccountId).toBe(777);
    expect(JSON.parse(second!.body.toString()).AccountId).toBe(777);
    expect(server.bench.store.deliveries.get(replay.id)?.settings).toEqual({ accountId: 777 });
  });

  it('refuses an override the provider does not accept, naming it', async () => {
    server = await startTestServer();
    const res = await server.api('/api/deliveries', { body: { provider: 'ploomes', event: 'Deals.Win', settings: { accountId: 'many' } } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { path: string } }).error.path).toBe('settings.accountId');
  });
});

describe('the store', () => {
  it('keeps every delivery across a restart, in a WAL-mode SQLite file', async () => {
    const dir = tempDir();
    receiver = await startReceiver();
    const first = await startTestServer({ dir });
    const ids: string[] = [];
    for (const event of ['Contacts.Create', 'Deals.Lose', 'Products.Delete']) {
      const { id } = (await (await first.api('/api/deliveries', { body: { provider: 'ploomes', event, target: receiver.url } })).json()) as { id: string };
      await first.bench.engine.settled(id);
      ids.push(id);
    }
    const key = first.bench.vault.verification('ploomes').validationKey;
    await first.close();

    const db = new Database(first.dbPath, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect((db.prepare('SELECT COUNT(*) AS n FROM attempts').get() as { n: number }).n).toBe(3);
    db.close();

    server = await startTestServer({ dir });
    const list = (await (await server.api('/api/deliveries')).json()) as { items: { id: string }[]; total: number };
    expect(list.total).toBe(3);
    expect(list.items.map((d) => d.id)).toEqual([...ids].reverse());
    const again = (await (await server.api(`/api/deliveries/${ids[0]}`)).json()) as Delivery;
    expect(again.attempts[0]?.response?.status).toBe(200);
    expect(server.bench.vault.verification('ploomes').validationKey).toBe(key);
  });

  it('resumes a pending retry after a restart and delivers it', async () => {
    const dir = tempDir();
    receiver = await startReceiver({ replies: [{ status: 500 }] });
    const first = await startTestServer({ dir });
    const { id } = (await (await first.api('/api/deliveries', {
      body: { provider: 'ploomes', event: 'Contacts.Delete', target: receiver.url, faults: { retry: '2s' }, timeScale: 0.25 },
    })).json()) as { id: string };
    await receiver.waitFor(1);
    await first.close();
    expect(receiver.requests).toHaveLength(1);

    server = await startTestServer({ dir });
    expect(server.resumed).toBe(1);
    const delivery = await server.bench.engine.settled(id);
    expect(delivery.status).toBe('succeeded');
    expect(receiver.requests).toHaveLength(2);
    expect(delivery.attempts.map((a) => a.response?.status)).toEqual([500, 200]);
  });
});

describe('the WebSocket', () => {
  it('sends a client that asks for ?batch=MS its messages in arrays, each once and in seq order', async () => {
    const started = (server = await startTestServer());
    const plain = await collectWs(`${started.url.replace('http', 'ws')}/ws`);
    ws = await collectWs(`${started.url.replace('http', 'ws')}/ws?batch=50`);
    const hello = await ws.waitFor((m) => m.type === 'hello');
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(started.bench.engine.submit({ provider: 'ploomes', event: 'Deals.Update', seed: i }).delivery.id);
    await Promise.all(ids.map((id) => started.bench.engine.settled(id)));
    const last = ids.at(-1)!;
    const settledLast = (m: { type: string; data: Record<string, unknown> }) => m.type === 'delivery.updated' && m.data.id === last && m.data.status === 'succeeded';
    await ws.waitFor(settledLast);
    await plain.waitFor(settledLast);
    plain.close();
    // The same messages as a client taking one a frame, fewer frames; hello alone in the first.
    expect(ws.messages.map((m) => m.seq)).toEqual(plain.messages.map((m) => m.seq));
    expect(ws.frames[0]).toBe(1);
    expect(ws.messages[0]).toMatchObject({ type: 'hello', seq: hello.seq });
    expect(ws.frames.length).toBeLessThan(ws.messages.length / 2);
    const seqs = ws.messages.slice(1).map((m) => m.seq);
    expect(seqs[0]).toBe(hello.seq + 1);
    expect(seqs.every((s, i) => i === 0 || s === seqs[i - 1]! + 1)).toBe(true);
  });

  it('batches a resumed backlog too', async () => {
    const started = (server = await startTestServer());
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(started.bench.engine.submit({ provider: 'ploomes', event: 'Deals.Update', seed: i }).delivery.id);
    await Promise.all(ids.map((id) => started.bench.engine.settled(id)));
    ws = await collectWs(`${started.url.replace('http', 'ws')}/ws?since=0&batch=0`);
    await ws.waitFor((m) => m.type === 'delivery.updated' && m.data.id === ids[4] && m.data.status === 'succeeded');
    expect(ws.frames).toEqual([1, ws.messages.length - 1]);
    expect(ws.messages.filter((m) => m.type === 'delivery.created').map((m) => m.data.id)).toEqual(ids);
  });

  it('resends what a client missed from the store when it reconnects with ?since', async () => {
    server = await startTestServer();
    const first = await collectWs(`${server.url.replace('http', 'ws')}/ws`);
    const hello = await first.waitFor((m) => m.type === 'hello');
    first.close();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { delivery } = server.bench.engine.submit({ provider: 'ploomes', event: 'Deals.Update' });
      ids.push(delivery.id);
      await server.bench.engine.settled(delivery.id);
    }
    ws = await collectWs(`${server.url.replace('http', 'ws')}/ws?since=${hello.seq}`);
    await ws.waitFor((m) => m.type === 'delivery.updated' && m.data.id === ids[2] && m.data.status === 'succeeded');
    const [resumedHello, ...rest] = ws.messages;
    expect(resumedHello).toMatchObject({ type: 'hello', seq: hello.seq, data: { since: hello.seq, gap: false } });
    expect(rest.filter((m) => m.type === 'delivery.created').map((m) => m.data.id)).toEqual(ids);
    const seqs = rest.map((m) => m.seq);
    expect(seqs[0]).toBe(hello.seq + 1);
    expect(seqs.every((s, i) => i === 0 || s === seqs[i - 1]! + 1)).toBe(true);
  });
});
