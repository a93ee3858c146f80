/** DNS rebinding and cross-site requests: foreign Host, Origin and Sec-Fetch-Site refused on the API, the inspector and the WebSocket. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { errorOf, rawRequest, upgrade } from './raw-http.ts';

/**
 * What a page of another site can make a browser send to a loopback workbench: after DNS rebinding
 * its own name resolves to 127.0.0.1, so the request arrives with that name as Host; otherwise it
 * arrives with its Origin, or (no-cors GETs) only with Sec-Fetch-Site.
 */
const evil = 'rebind.attacker.example';

let server: TestServer;
let same: string;
beforeAll(async () => {
  server = await startTestServer({ allowedOrigins: ['http://localhost:5173'] });
  same = `127.0.0.1:${server.port}`;
});
afterAll(() => server.dispose());

const fire = JSON.stringify({ provider: 'ploomes', event: 'Contacts.Update', target: 'http://127.0.0.1:9/nowhere', faults: { retry: 'none' } });

describe('a foreign Host (DNS rebinding)', () => {
  it.each([
    ['the API', '/api/deliveries'],
    ['the credentials', '/api/providers/ploomes/credentials'],
    ['the inspector', '/'],
    ['a deep link of the inspector', '/deliveries/dlv_1'],
  ])('is refused on %s with 403 FORBIDDEN_HOST', async (_name, path) => {
    const res = await rawRequest(`${server.url}${path}`, { headers: { host: `${evil}:${server.port}` } });
    expect(res.status).toBe(403);
    expect(errorOf(res)).toMatchObject({ code: 'FORBIDDEN_HOST', path: 'headers.host' });
    expect(res.body).not.toContain(server.bench.vault.verification('ploomes').validationKey);
  });

  it('is refused on a mutating route before it runs', async () => {
    const res = await rawRequest(`${server.url}/api/deliveries`, { method: 'POST', headers: { host: evil, 'content-type': 'application/json' }, body: fire });
    expect(res.status).toBe(403);
    expect(server.bench.store.deliveries.count()).toBe(0);
  });

  it('is refused on the WebSocket upgrade, with an HTTP answer instead of a socket', async () => {
    const res = await upgrade(`${server.url}/ws`, { host: `${evil}:${server.port}` });
    expect(res.status).toBe(403);
    expect(errorOf(res).code).toBe('FORBIDDEN_HOST');
    const missing = await upgrade(`${server.url}/ws`, { host: '' });
    expect(missing.status).toBe(403);
  });

  it('is refused when only the port differs (another local service\'s name)', async () => {
    const res = await rawRequest(`${server.url}/api/health`, { headers: { host: `127.0.0.1:${server.port + 1}` } });
    expect(res.status).toBe(403);
  });

  it.each(['127.0.0.1', 'localhost', '[::1]', 'LOCALHOST'])('lets this machine\'s own name %s through', async (name) => {
    const res = await rawRequest(`${server.url}/api/health`, { headers: { host: `${name}:${server.port}` } });
    expect(res.status).toBe(200);
    expect((await upgrade(`${server.url}/ws`, { host: `${name}:${server.port}` })).status).toBe(101);
  });
});

describe('a cross-origin request', () => {
  it('is refused on the API with 403 FORBIDDEN_ORIGIN, and changes nothing', async () => {
    const res = await rawRequest(`${server.url}/api/deliveries`, {
      method: 'POST',
      headers: { host: same, origin: `http://${evil}`, 'content-type': 'application/json' },
      body: fire,
    });
    expect(res.status).toBe(403);
    expect(errorOf(res)).toMatchObject({ code: 'FORBIDDEN_ORIGIN', path: 'headers.origin' });
    expect(server.bench.store.deliveries.count()).toBe(0);
    // A read is refused too: cross-origin reads of recorded traffic.
    expect((await rawRequest(`${server.url}/api/deliveries`, { headers: { host: same, origin: `http://${evil}` } })).status).toBe(403);
  });

  it.each([
    ['another site', `http://${evil}`],
    ['another port of this machine', 'http://127.0.0.1:1'],
    ['a sandboxed page (opaque origin)', 'null'],
    ['https on the same host and port', `https://${'127.0.0.1'}:PORT`],
  ])('is refused on the WebSocket from %s', async (_name, origin) => {
    const res = await upgrade(`${server.url}/ws`, { origin: origin.replace('PORT', String(server.port)) });
    expect(res.status).toBe(403);
    expect(errorOf(res).code).toBe('FORBIDDEN_ORIGIN');
  });

  it('from the inspector\'s own origin, or one allowed in the config, goes through', async () => {
    for (const origin of [`http://${same}`, 'http://localhost:5173']) {
      expect((await rawRequest(`${server.url}/api/health`, { headers: { origin } })).status).toBe(200);
      expect((await upgrade(`${server.url}/ws`, { origin })).status).toBe(101);
    }
  });
});

describe('a no-cors GET from another site (no Origin, but Sec-Fetch-Site)', () => {
  it.each([
    ['cross-site', 'no-cors', '/api/deliveries'],
    ['same-site', 'no-cors', '/api/export?format=har'],
    ['cross-site', 'no-cors', '/'],
    ['cross-site', 'cors', '/api/health'],
  ])('Sec-Fetch-Site: %s, mode %s, on %s is refused', async (site, mode, path) => {
    const res = await rawRequest(`${server.url}${path}`, { headers: { 'sec-fetch-site': site, 'sec-fetch-mode': mode } });
    expect(res.status).toBe(403);
    expect(errorOf(res)).toMatchObject({ code: 'FORBIDDEN_ORIGIN', path: 'headers.sec-fetch-site' });
  });

  it('is refused on the WebSocket too', async () => {
    expect((await upgrade(`${server.url}/ws`, { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'websocket' })).status).toBe(403);
  });

  it('but following a link to the inspector from elsewhere opens it', async () => {
    const res = await rawRequest(`${server.url}/`, { headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' } });
    expect(res.status).not.toBe(403);
  });

  it('and the inspector\'s own requests pass', async () => {
    const res = await rawRequest(`${server.url}/api/deliveries`, { headers: { 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors' } });
    expect(res.status).toBe(200);
  });
});
