import type { Hono } from 'hono';
import WebSocket from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/http/create-app.ts';
import { loopbackHosts } from '../server/http/host-guard.ts';
import { createWorkbench, type Workbench } from '../server/workbench.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

const port = 4400;
let bench: Workbench;
let app: Hono;
beforeAll(() => {
  // An unreachable default target: these tests never wait for delivery.
  bench = createWorkbench({ dbPath: ':memory:', defaultTarget: 'http://127.0.0.1:9/sink/default' });
  app = createApp({ bench, guard: { allowedHosts: loopbackHosts(port), allowedOrigins: ['http://localhost:5173'] } });
});
afterAll(() => bench.close());

const call = (path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
  app.request(path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', ...init.headers },
    ...(init.body === undefined ? {} : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
  });

async function error(res: Response) {
  return ((await res.json()) as { error: { code: string; message: string; path?: string } }).error;
}

describe('bad input gets a 4xx naming what and where, never a 500', () => {
  it.each([
    [{ provider: 'nope', event: 'x' }, 422, 'UNKNOWN_PROVIDER', 'provider', /known: ploomes/],
    [{ provider: 'ploomes', event: 'Contacts.Explode' }, 422, 'UNKNOWN_EVENT', 'event', /known: Contacts.Create/],
    [{ provider: 'ploomes', event: 'Contacts.Update', target: 'ftp://x' }, 422, 'INVALID_INPUT', 'target', /http/],
    [{ provider: 'ploomes', event: 'Contacts.Update', faults: { duplicate: 0 } }, 422, 'INVALID_INPUT', 'faults.duplicate', /duplicate/],
    [{ provider: 'ploomes', event: 'Contacts.Update', faults: { retry: 'soon' } }, 422, 'INVALID_INPUT', 'faults.retry', /retry schedule/],
    [{ provider: 'ploomes', event: 'Contacts.Update', seed: -1 }, 422, 'INVALID_INPUT', 'seed', /./],
    [{ provider: 'ploomes', event: 'Contacts.Update', surprise: 1 }, 422, 'INVALID_INPUT', 'body', /surprise/],
    [{ provider: 'ploomes', event: 'Contacts.Update', set: { 'New..Name': 1 } }, 422, 'INVALID_INPUT', 'set', /valid path/],
  ])('POST /api/deliveries %j → %i %s at %s', async (body, status, code, path, message) => {
    const res = await call('/api/deliveries', { body });
    expect(res.status).toBe(status);
    const e = await error(res);
    expect(e.code).toBe(code);
    expect(e.path).toBe(path);
    expect(e.message).toMatch(message);
  });

  it('refuses a burst larger than one request may make', async () => {
    const res = await call('/api/deliveries', { body: { provider: 'ploomes', event: 'Contacts.Update', faults: { burst: '20000@10' } } });
    expect(res.status).toBe(422);
    expect(await error(res)).toMatchObject({ code: 'INVALID_INPUT', path: 'faults.burst' });
  });

  it('answers invalid JSON with 400 INVALID_JSON', async () => {
    const res = await call('/api/deliveries', { body: '{"provider": ' });
    expect(res.status).toBe(400);
    expect(await error(res)).toMatchObject({ code: 'INVALID_JSON', path: 'body' });
  });

  it('refuses a body not declared as JSON with 415 (a cross-site form post cannot send JSON)', async () => {
    const res = await call('/api/deliveries', { body: JSON.stringify({ provider: 'ploomes', event: 'Deals.Win' }), headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(415);
    expect(await error(res)).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', path: 'headers.content-type' });
    expect(bench.store.deliveries.count()).toBe(0);
  });

  it('answers an oversized body with 413', async () => {
    const res = await call('/api/deliveries', { body: JSON.stringify({ payload: 'x'.repeat(11 * 1024 * 1024) }) });
    expect(res.status).toBe(413);
    expect((await error(res)).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it.each([
    ['/api/deliveries/dlv_nope', 404, 'NOT_FOUND'],
    ['/api/providers/nope', 404, 'UNKNOWN_PROVIDER'],
    ['/api/providers/ploomes/events/Nope/sample', 404, 'UNKNOWN_EVENT'],
    ['/api/nothing-here', 404, 'NOT_FOUND'],
    ['/api/deliveries?limit=0', 422, 'INVALID_INPUT'],
    ['/api/deliveries?status=lost', 422, 'INVALID_INPUT'],
    ['/api/deliveries?cursor=garbage', 422, 'INVALID_INPUT'],
  ])('GET %s → %i %s', async (path, status, code) => {
    const res = await call(path);
    expect(res.status).toBe(status);
    expect((await error(res)).code).toBe(code);
  });
});

describe('security defaults', () => {
  it('refuses a foreign Host (DNS rebinding) on the API and the UI', async () => {
    for (const path of ['/api/health', '/api/providers/ploomes/credentials', '/']) {
      const res = await call(path, { headers: { host: 'evil.example:4400' } });
      expect(res.status).toBe(403);
      expect((await error(res)).code).toBe('FORBIDDEN_HOST');
    }
  });

  it('refuses a foreign Origin but accepts the configured dev origin and same origin', async () => {
    const foreign = await call('/api/deliveries', { method: 'DELETE', headers: { origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    expect((await error(foreign)).code).toBe('FORBIDDEN_ORIGIN');
    expect((await call('/api/health', { headers: { origin: 'http://localhost:5173' } })).status).toBe(200);
    expect((await call('/api/health', { headers: { origin: `http://localhost:${port}` } })).status).toBe(200);
  });

  it('lets the sink take requests from any host (tunnels) while recording them', async () => {
    const res = await call('/sink/default/in', { body: { hello: 1 }, headers: { host: 'abc.ngrok.example' } });
    expect(res.status).toBe(200);
  });

  it('never echoes a credential it refused', async () => {
    const secret = 'hunter2-very-secret';
    const res = await call('/api/providers/ploomes/credentials', { method: 'PUT', body: { validationKey: 42, userKey: secret } });
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).not.toContain(secret);
  });
});

describe('listing deliveries', () => {
  it('pages newest first with a cursor, and names the last message seq each page reflects', async () => {
    const ids = [1, 2, 3].map((seed) => bench.engine.submit({ provider: 'ploomes', event: 'Deals.Update', seed, target: 'http://127.0.0.1:9/' }).delivery.id);
    const first = (await (await call('/api/deliveries?limit=2&event=Deals.Update')).json()) as { items: { id: string }[]; total: number; nextCursor: string; lastSeq: number };
    expect(first.items.map((d) => d.id)).toEqual([ids[2], ids[1]]);
    expect(first.total).toBe(3);
    expect(first.lastSeq).toBe(bench.store.messages.lastSeq());
    const second = (await (await call(`/api/deliveries?limit=2&event=Deals.Update&cursor=${first.nextCursor}`)).json()) as { items: { id: string }[]; nextCursor?: string };
    expect(second.items.map((d) => d.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeUndefined();
    const search = (await (await call(`/api/deliveries?q=${ids[1]!.slice(-10)}`)).json()) as { items: { id: string }[] };
    expect(search.items.map((d) => d.id)).toEqual([ids[1]]);
    bench.engine.clear();
  });
});

describe('catalogue, samples and credentials', () => {
  it('lists every Ploomes event with its auth scheme and retry policy', async () => {
    const body = (await (await call('/api/providers')).json()) as { providers: { id: string; auth: { scheme: string }; policy: { timeoutMs: number }; events: { name: string }[] }[] };
    const ploomes = body.providers.find((p) => p.id === 'ploomes');
    expect(ploomes?.auth.scheme).toBe('validation-key');
    expect(ploomes?.policy.timeoutMs).toBeGreaterThan(0);
    expect(ploomes?.events.map((e) => e.name)).toContain('Deals.Win');
    expect(ploomes?.events).toHaveLength(22);
  });

  it('samples the same bytes for the same seed, and applies ?set=', async () => {
    const get = async (q: string) => (await (await call(`/api/providers/ploomes/events/Contacts.Update/sample?${q}`)).json()) as { payload: { New: { Name: string } }; request: { body: string; headers: Record<string, string> } };
    const a = await get('seed=5');
    const b = await get('seed=5');
    expect(a.request.body).toBe(b.request.body);
    expect(a.request.body).toBe(JSON.stringify(a.payload));
    const c = await get('seed=5&set=New.Name=ACME');
    expect(c.payload.New.Name).toBe('ACME');
    // The key itself is shown only by the credentials routes; the placeholder names the credential it matched.
    expect(c.request.headers['X-Ploomes-Validation-Key']).toBe('<redacted:ploomes.validationKey>');
  });

  it('regenerates credentials on request, and rotates them (afresh when the provider has no rotation of its own)', async () => {
    const before = bench.vault.verification('ploomes').validationKey;
    const regenerated = (await (await call('/api/providers/ploomes/credentials/regenerate', { method: 'POST' })).json()) as { credentials: { validationKey: string } };
    expect(regenerated.credentials.validationKey).not.toBe(before);
    expect(bench.vault.verification('ploomes').validationKey).toBe(regenerated.credentials.validationKey);
    const rotated = (await (await call('/api/providers/ploomes/credentials/rotate', { method: 'POST' })).json()) as { credentials: { validationKey: string } };
    expect(rotated.credentials.validationKey).not.toBe(regenerated.credentials.validationKey);
  });

  it('replaces credentials after validation and uses them for signing', async () => {
    const put = await call('/api/providers/ploomes/credentials', { method: 'PUT', body: { validationKey: 'my-own-key', userKey: 'my-user-key' } });
    expect(put.status).toBe(200);
    const sample = (await (await call('/api/providers/ploomes/events/Deals.Win/sample?seed=1')).json()) as { request: { headers: Record<string, string> } };
    expect(sample.request.headers['X-Ploomes-Validation-Key']).toBe('<redacted:ploomes.validationKey>');
    expect(bench.vault.verification('ploomes').validationKey).toBe('my-own-key');
  });
});

describe('the built-in sink', () => {
  it('records a request and checks the Ploomes validation key', async () => {
    const key = bench.vault.verification('ploomes').validationKey!;
    const body = JSON.stringify({ Action: 'Create', Entity: 'Contacts', New: { Id: 1 }, Old: null });
    const good = await call('/sink/default/ploomes-hook', { body, headers: { 'X-Ploomes-Validation-Key': key } });
    const bad = await call('/sink/default/ploomes-hook', { body, headers: { 'X-Ploomes-Validation-Key': 'forged' } });
    expect(good.status).toBe(200);
    const [badRecord, goodRecord] = bench.store.sink.list({ limit: 2 });
    expect(goodRecord).toMatchObject({ provider: 'ploomes', verification: { ok: true }, method: 'POST', url: '/sink/default/ploomes-hook', bodyBytes: body.length });
    expect(badRecord).toMatchObject({ provider: 'ploomes', verification: { ok: false } });
    expect(bad.status).toBe(200);
    expect(bench.store.sink.get(goodRecord!.id)?.body).toBe(body);
  });

  it('answers 401 in strict mode when the auth does not verify, and 200 when it does', async () => {
    const key = bench.vault.verification('ploomes').validationKey!;
    const body = JSON.stringify({ Action: 'Create', Entity: 'Contacts', New: { Id: 1 }, Old: null });
    const forged = await call('/sink/strict?strict=1', { body, headers: { 'X-Ploomes-Validation-Key': 'forged' } });
    expect(forged.status).toBe(401);
    expect((await error(forged)).message).toMatch(/^ploomes: X-Ploomes-Validation-Key does not match/);
    expect((await call('/sink/strict?strict=1', { body, headers: { 'X-Ploomes-Validation-Key': key } })).status).toBe(200);
    expect(bench.store.sink.list({ name: 'strict', limit: 2 }).map((r) => r.responseStatus)).toEqual([200, 401]);
  });

  it('fails ?fail=2 twice, then succeeds once, then starts over', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await call('/sink/default/flaky?fail=2', { body: {} })).status);
    expect(statuses).toEqual([500, 500, 200, 500, 500, 200]);
  });

  it('refuses a body over its limit with 413, still recording that it came', async () => {
    const res = await call('/sink/big', { body: 'x', headers: { 'content-length': String(26 * 1024 * 1024) } });
    expect(res.status).toBe(413);
    const [record] = bench.store.sink.list({ name: 'big', limit: 1 });
    expect(record).toMatchObject({ responseStatus: 413, bodyBytes: 26 * 1024 * 1024 });
  });

  it('answers ?status= and ?body=, and names a bad query parameter', async () => {
    const res = await call('/sink/x?status=418&body=teapot', { body: {} });
    expect(res.status).toBe(418);
    expect(await res.text()).toBe('teapot');
    const bad = await call('/sink/x?status=abc', { body: {} });
    expect(bad.status).toBe(400);
    expect((await error(bad)).path).toBe('query.status');
  });
});

describe('the WebSocket guard', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.dispose());
  afterEach(() => undefined);

  const open = (path: string, headers: Record<string, string>) =>
    new Promise<number>((resolve) => {
      const ws = new WebSocket(`${server.url.replace('http', 'ws')}${path}`, { headers });
      ws.once('open', () => (ws.close(), resolve(101)));
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.once('error', () => undefined);
    });

  it('refuses a foreign Origin or Host and a bad since, and accepts the inspector', async () => {
    expect(await open('/ws', { origin: 'http://evil.example' })).toBe(403);
    expect(await open('/ws', { host: `evil.example:${server.port}` })).toBe(403);
    expect(await open('/ws?since=-3', {})).toBe(400);
    expect(await open('/ws?batch=5000', {})).toBe(400);
    expect(await open('/ws?batch=soon', {})).toBe(400);
    expect(await open('/elsewhere', {})).toBe(404);
    expect(await open('/ws', { origin: server.url })).toBe(101);
  });
});
