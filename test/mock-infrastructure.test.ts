/** The machinery under every mock API: seeding, records, subscriptions with faults, emit, rate limits, recording. */
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import type { MockApi } from '../server/providers/mock-types.ts';
import { ploomes } from '../server/providers/ploomes/index.ts';
import { builtinProviders } from '../server/providers/registry.ts';
import type { Provider } from '../server/providers/types.ts';
import { startHostileReceiver, type HostileReceiver } from './helpers/hostile-receiver.ts';
import { startTestServer, tempDir, type TestServer } from './helpers/test-server.ts';

/** A tiny mock on Ploomes' wire format: a "notes" collection, a write that emits, a rate limit of 3 a minute. */
const demoMock: MockApi = {
  seed: ({ seed }) => ({ notes: [1, 2, 3].map((n) => ({ id: n, text: `note ${n} of seed ${seed}` })) }),
  routes(ctx) {
    const app = new Hono();
    app.use('*', async (c, next) => {
      const key = c.req.header('user-key');
      if (key !== (ctx.credentials() as { userKey: string }).userKey) return c.json({ error: 'who are you?' }, 401);
      const limit = ctx.rateLimit(key, 3, 60_000);
      if (!limit.allowed) return c.json({ error: 'slow down' }, 429, { 'Retry-After': String(limit.retryAfterSeconds) });
      await next();
    });
    app.get('/notes', (c) => c.json(ctx.records.list('notes', { offset: Number(c.req.query('skip') ?? 0), limit: 2 })));
    app.get('/search', (c) => c.json({ q: c.req.query('q') ?? '' }));
    app.post('/notes/:kind', async (c) => {
      const record = { id: ctx.records.nextId('notes'), text: 'tagged' };
      const deliveries = ctx.emit('Contacts.Create', {
        payload: { Action: 'Create', Entity: 'Contacts', New: record, Old: null },
        eventId: `note-${record.id}`,
        accept: (s) => s.target.endsWith(`kind=${c.req.param('kind')}`),
      });
      return c.json({ deliveries }, 201);
    });
    app.post('/notes', async (c) => {
      const id = ctx.records.nextId('notes');
      const record = { id, text: ((await c.req.json()) as { text: string }).text };
      ctx.records.put('notes', id, record);
      const deliveries = ctx.emit('Contacts.Create', { payload: { Action: 'Create', Entity: 'Contacts', New: record, Old: null } });
      return c.json({ ...record, deliveries }, 201);
    });
    return app;
  },
};
const demo: Provider = { ...ploomes, id: 'demo', name: 'Demo', mock: demoMock };

let server: TestServer | undefined;
let receiver: HostileReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  await server?.dispose();
  server = receiver = undefined;
});

async function start(dir = tempDir()) {
  const { startServer } = await import('../server/start-server.ts');
  const running = await startServer({ port: 0, dbPath: `${dir}/hb.db`, builtins: [...builtinProviders, demo] });
  return { running, dir };
}

describe('mock infrastructure', () => {
  it('seeds on first call, keeps writes across a restart, and pages records', async () => {
    const { running, dir } = await start();
    const key = (running.bench.vault.get('demo') as { userKey: string }).userKey;
    const call = (path: string, init: RequestInit = {}) => fetch(`${running.url}/mock/demo${path}`, { ...init, headers: { 'User-Key': key, 'Content-Type': 'application/json' } });
    const first = (await (await call('/notes')).json()) as { items: { id: number }[]; total: number };
    expect(first).toMatchObject({ total: 3, items: [{ id: 1 }, { id: 2 }] });
    expect(((await (await call('/notes', { method: 'POST', body: JSON.stringify({ text: 'mine' }) })).json()) as { id: number }).id).toBe(4);
    await running.close();

    const again = await start(dir);
    const key2 = (again.running.bench.vault.get('demo') as { userKey: string }).userKey;
    const page = (await (await fetch(`${again.running.url}/mock/demo/notes?skip=2`, { headers: { 'User-Key': key2 } })).json()) as { items: { id: number; text: string }[]; total: number };
    expect(page).toMatchObject({ total: 4, items: [{ id: 3 }, { id: 4, text: 'mine' }] });
    await again.running.close();
  });

  it('delivers a write to each subscription that takes the event, with its faults, and records the calls', async () => {
    server = await startTestServer({ builtins: [...builtinProviders, demo] });
    receiver = await startHostileReceiver();
    const key = (server.bench.vault.get('demo') as { userKey: string }).userKey;
    const subscribe = (body: object) => server!.api('/api/mocks/demo/subscriptions', { body });
    expect((await subscribe({ target: `${receiver.url}/ok`, events: ['Contacts.Create'], faults: { duplicate: 2 } })).status).toBe(201);
    expect((await subscribe({ target: `${receiver.url}/ok`, events: ['Deals.Win'] })).status).toBe(201);
    expect((await subscribe({ target: `${receiver.url}/ok`, events: ['Nope.Never'] })).status).toBe(422);

    const res = await fetch(`${server.url}/mock/demo/notes`, { method: 'POST', headers: { 'User-Key': key, 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'hello' }) });
    const { deliveries } = (await res.json()) as { deliveries: string[] };
    expect(deliveries).toHaveLength(2);
    await Promise.all(deliveries.map((id) => server!.bench.engine.settled(id)));
    expect(receiver.requests.map((r) => JSON.parse(r.body.toString()).New.text)).toEqual(['hello', 'hello']);

    const [call] = server.bench.store.sink.list({ name: 'mock', limit: 1 });
    expect(call).toMatchObject({ provider: 'demo', method: 'POST', url: '/mock/demo/notes', responseStatus: 201 });
    const recorded = server.bench.store.sink.get(call!.id)!;
    expect(JSON.stringify(recorded.headers)).not.toContain(key);
  });

  it('refuses without the key, and past the rate limit answers 429 with Retry-After until the window ends', async () => {
    server = await startTestServer({ builtins: [...builtinProviders, demo] });
    const key = (server.bench.vault.get('demo') as { userKey: string }).userKey;
    expect((await fetch(`${server.url}/mock/demo/notes`)).status).toBe(401);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${server.url}/mock/demo/notes`, { headers: { 'User-Key': key } });
      statuses.push(res.status);
      retryAfter = res.headers.get('retry-after') ?? retryAfter;
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('resets a mock to its seeded data set', async () => {
    server = await startTestServer({ builtins: [...builtinProviders, demo] });
    const key = (server.bench.vault.get('demo') as { userKey: string }).userKey;
    await fetch(`${server.url}/mock/demo/notes`, { method: 'POST', headers: { 'User-Key': key, 'Content-Type': 'application/json' }, body: '{"text":"x"}' });
    await server.api('/api/mocks/demo/reset', { body: {} });
    const page = (await (await fetch(`${server.url}/mock/demo/notes`, { headers: { 'User-Key': key } })).json()) as { total: number };
    expect(page.total).toBe(3);
  });

  it('changes only what a PATCH names: faults alone keep the events, settings and state', async () => {
    server = await startTestServer({ builtins: [...builtinProviders, demo] });
    const created = (await (await server.api('/api/mocks/demo/subscriptions', { body: { target: 'http://127.0.0.1:9/x', events: ['Deals.Win'], settings: { userIds: [7] }, active: false } })).json()) as { id: string };
    const patched = await server.api(`/api/mocks/demo/subscriptions/${created.id}`, { method: 'PATCH', body: { faults: { duplicate: 2 } } });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ events: ['Deals.Win'], settings: { userIds: [7] }, active: false, faults: { duplicate: 2 } });
  });

  it('sends to the subscriptions a write accepts, with the event id the body carries', async () => {
    server = await startTestServer({ builtins: [...builtinProviders, demo] });
    receiver = await startHostileReceiver();
    const key = (server.bench.vault.get('demo') as { userKey: string }).userKey;
    for (const kind of ['a', 'b']) await server.api('/api/mocks/demo/subscriptions', { body: { target: `${receiver.url}/ok?kind=${kind}` } });
    const res = await fetch(`${server.url}/mock/demo/notes/b`, { method: 'POST', headers: { 'User-Key': key } });
    const text = await res.clone().text();
    expect(res.status, text).toBe(201);
    const { deliveries } = (await res.json()) as { deliveries: string[] };
    expect(deliveries).toHaveLength(1);
    const delivery = await server.bench.engine.settled(deliveries[0]!);
    expect(delivery).toMatchObject({ eventId: 'note-4', target: `${receiver.url}/ok?kind=b`, status: 'succeeded' });
    expect(receiver.requests.map((r) => r.path)).toEqual(['/ok?kind=b']);
  });

  it('keeps a credential passed in the query string out of the recorded call', async () => {
    server = await startTestServer({ builtins: [...builtinProviders, demo] });
    const key = (server.bench.vault.get('demo') as { userKey: string }).userKey;
    expect((await fetch(`${server.url}/mock/demo/search?q=${encodeURIComponent(key)}`, { headers: { 'User-Key': key } })).status).toBe(200);
    const [call] = server.bench.store.sink.list({ name: 'mock', limit: 1 });
    expect(call?.url).toContain('/mock/demo/search?q=');
    expect(call?.url).not.toContain(key);
  });
});
