/** The access token beyond loopback: refused without it (saying where it is), taken as Bearer or as the cookie the banner URL trades it for. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { banner } from '../../server/cli/banner.ts';
import { startServer } from '../../server/start-server.ts';
import { startTestServer, tempDir, type TestServer } from '../helpers/test-server.ts';
import { cli } from '../helpers/cli-run.ts';
import { errorOf, rawRequest, upgrade, type RawResponse } from './raw-http.ts';

/** A stand-in for the built inspector, so the UI answers 200 whether or not `vite build` ran. */
function fakeUi(): string {
  const dir = join(tempDir('hookbench-ui-'), 'ui');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>inspector</title><p>the inspector</p>');
  return dir;
}

const lan = Object.values(networkInterfaces())
  .flatMap((list) => list ?? [])
  .find((a) => a.family === 'IPv4' && !a.internal);

const wrongToken = 'not-the-token-but-a-secret-of-the-caller-0123456789';

function expectUnauthorized(res: RawResponse, sent: string = wrongToken): void {
  expect(res.status).toBe(401);
  const error = errorOf(res);
  expect(error.code).toBe('UNAUTHORIZED');
  // Names where the token is, and never repeats what was sent.
  expect(error.message).toMatch(/banner/);
  expect(error.message).toMatch(/Authorization: Bearer/);
  expect(res.body).not.toContain(sent);
}

describe('a workbench listening on every interface (--host 0.0.0.0)', () => {
  let server: TestServer;
  let token: string;
  const api = () => `${server.url}/api/health`;
  const ws = () => `${server.url}/ws`;
  beforeAll(async () => {
    server = await startTestServer({ host: '0.0.0.0', uiDir: fakeUi() });
    token = server.token ?? '';
  });
  afterAll(() => server.dispose());

  it('makes an access token at start and prints it in the banner, with the inspector URL that carries it', () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const text = banner(server);
    expect(text).toContain(`Token       ${token}`);
    expect(text).toContain(`Inspector   ${server.url}/?token=${token}`);
  });

  it('refuses the API, the inspector and the WebSocket without the token, saying where it is', async () => {
    for (const res of [await rawRequest(api()), await rawRequest(`${server.url}/`), await rawRequest(`${server.url}/deliveries/dlv_x`), await upgrade(ws())]) {
      expectUnauthorized(res);
    }
    const post = await rawRequest(`${server.url}/api/deliveries`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"provider":"ploomes","event":"Contacts.Update"}' });
    expectUnauthorized(post);
    expect(server.bench.store.deliveries.count()).toBe(0);
  });

  it('refuses a wrong token in every place one can be sent, without echoing it', async () => {
    const attempts = [
      await rawRequest(api(), { headers: { authorization: `Bearer ${wrongToken}` } }),
      await rawRequest(api(), { headers: { cookie: `hookbench_session_${server.port}=${wrongToken}` } }),
      await rawRequest(`${server.url}/?token=${wrongToken}`),
      await upgrade(ws(), { authorization: `Bearer ${wrongToken}` }),
      await upgrade(ws(), { cookie: `hookbench_session_${server.port}=${wrongToken}` }),
    ];
    for (const res of attempts) expectUnauthorized(res);
    // The token itself is not the cookie: a cookie holding the token is refused too.
    expectUnauthorized(await rawRequest(api(), { headers: { cookie: `hookbench_session_${server.port}=${token}` } }), token);
  });

  it('accepts the token as Authorization: Bearer on the API, the inspector and the WebSocket', async () => {
    const bearer = { authorization: `Bearer ${token}` };
    const health = await rawRequest(api(), { headers: bearer });
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ name: 'hookbench' });
    const page = await rawRequest(`${server.url}/`, { headers: bearer });
    expect(page.status).toBe(200);
    expect(page.body).toContain('the inspector');
    expect((await upgrade(ws(), bearer)).status).toBe(101);
  });

  it('never echoes the token in an answer, even where a request carries it in the path or a query', async () => {
    const bearer = { authorization: `Bearer ${token}` };
    const byPath = await rawRequest(`${server.url}/api/deliveries/${token}`, { headers: bearer });
    expect(byPath.status).toBe(404);
    expect(errorOf(byPath).message).toContain('<redacted:access-token>');
    const byQuery = await rawRequest(`${server.url}/api/deliveries?status=${token}`, { headers: bearer });
    expect(byQuery.status).toBe(422);
    for (const res of [byPath, byQuery]) expect(res.body).not.toContain(token);
  });

  it("trades the banner URL's token for an HttpOnly, SameSite=Strict cookie and drops it from the address", async () => {
    const res = await rawRequest(`${server.url}/deliveries/dlv_1?token=${token}&status=failed`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/deliveries/dlv_1?status=failed');
    expect(res.headers['cache-control']).toBe('no-store');
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(new RegExp(`^hookbench_session_${server.port}=[A-Za-z0-9_-]+; Path=/; HttpOnly; SameSite=Strict$`));
    expect(setCookie).not.toContain(token);
    const cookie = setCookie.split(';')[0] ?? '';

    expect((await rawRequest(api(), { headers: { cookie } })).status).toBe(200);
    expect((await rawRequest(`${server.url}/deliveries/dlv_1?status=failed`, { headers: { cookie: `theme=dark; ${cookie}` } })).status).toBe(200);
    expect((await upgrade(ws(), { cookie })).status).toBe(101);
    const posted = await rawRequest(`${server.url}/api/deliveries`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ provider: 'ploomes', event: 'Contacts.Update', target: 'http://127.0.0.1:9/nowhere', faults: { retry: 'none' } }),
    });
    expect(posted.status).toBe(202);
  });

  // A machine with loopback only has no LAN address to try.
  it.skipIf(lan === undefined)('answers at this machine\'s LAN addresses too, with the token', async () => {
    if (!lan) throw new Error('unreachable: skipped without a LAN address');
    const url = `http://${lan.address}:${server.port}/api/health`;
    expect(server.otherUrls).toContain(`http://${lan.address}:${server.port}`);
    expectUnauthorized(await rawRequest(url));
    expect((await rawRequest(url, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it('lets the CLI through with --token or HOOKBENCH_TOKEN, and tells it what is missing otherwise', async () => {
    const cwd = tempDir();
    const argv = ['trigger', 'ploomes', 'Contacts.Update', '--port', String(server.port), '--seed', '3', '--json'];
    const without = await cli(argv, { cwd });
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('requires its access token: pass --token or set HOOKBENCH_TOKEN');

    const wrong = await cli([...argv, '--token', wrongToken], { cwd });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('refused the access token given');
    expect(wrong.stderr + wrong.stdout).not.toContain(wrongToken);

    const withFlag = await cli([...argv, '--token', token], { cwd });
    expect(withFlag.stderr).toContain('via hookbench at');
    expect(withFlag.code).toBe(0);
    const withEnv = await cli(argv, { cwd, env: { HOOKBENCH_TOKEN: token } });
    expect(withEnv.code).toBe(0);
    expect(withFlag.stdout + withFlag.stderr + withEnv.stdout + withEnv.stderr).not.toContain(token);
  });
});

describe('a pinned token on 127.0.0.1', () => {
  const pinned = 'pinned-token-for-this-test-0123456789';
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ token: pinned, uiDir: fakeUi() });
  });
  afterAll(() => server.dispose());

  it('is required there too, and is the one the banner prints', async () => {
    expect(server.token).toBe(pinned);
    expect(banner(server)).toContain(`${server.url}/?token=${pinned}`);
    expectUnauthorized(await rawRequest(`${server.url}/api/health`));
    expectUnauthorized(await rawRequest(`${server.url}/`));
    expectUnauthorized(await upgrade(`${server.url}/ws`));
    expect((await rawRequest(`${server.url}/api/health`, { headers: { authorization: `Bearer ${pinned}` } })).status).toBe(200);
  });

  it('leaves the sink and the mock APIs open: webhooks and integrations carry no hookbench token', async () => {
    expect((await rawRequest(`${server.url}/sink/default`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(200);
    const mock = await rawRequest(`${server.url}/mock/ploomes/Contacts`);
    expect(mock.status).toBe(401);
    expect(mock.body).not.toContain('UNAUTHORIZED"'); // Ploomes' own error format, not the workbench's
  });
});

describe('a workbench on loopback without a pinned token', () => {
  it('requires none, and its banner shows none', async () => {
    const server = await startTestServer({ uiDir: fakeUi() });
    try {
      expect(server.token).toBeUndefined();
      expect(banner(server)).not.toMatch(/^  Token |\?token=/m);
      expect((await rawRequest(`${server.url}/api/health`)).status).toBe(200);
      expect((await upgrade(`${server.url}/ws`)).status).toBe(101);
    } finally {
      await server.dispose();
    }
  });

  it('refuses a pinned token too short to be safe, without repeating it', async () => {
    const weak = 'short-token';
    const error = await startServer({ port: 0, dbPath: ':memory:', token: weak }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: '--token' });
    expect(String((error as Error).message)).not.toContain(weak);
  });
});
