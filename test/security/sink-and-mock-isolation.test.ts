/** The sink and mock APIs cannot drive the control API: inert answers, JSON-only writes, and the security headers of each part. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inertCsp, inspectorCsp } from '../../server/http/security-headers.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { errorOf, rawRequest } from './raw-http.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.dispose());

const fire = JSON.stringify({ provider: 'ploomes', event: 'Contacts.Update', target: 'http://127.0.0.1:9/nowhere', faults: { retry: 'none' } });

describe('what the sink and the mock APIs answer', () => {
  it('is sandboxed, allowed nothing, and never sniffed into HTML, whatever ?body= says', async () => {
    const page = '<!doctype html><script>fetch("/api/deliveries",{method:"POST"})</script>';
    const res = await rawRequest(`${server.url}/sink/default?body=${encodeURIComponent(page)}`);
    expect(res.status).toBe(200);
    expect(res.body).toBe(page);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(inertCsp);
    expect(inertCsp.split('; ')).toEqual(expect.arrayContaining(['sandbox', "default-src 'none'"]));
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each(['/mock/ploomes/Contacts', '/mock/hubspot/crm/v3/objects/contacts', '/mock/parallel/v2/profiles', '/mock/nobody/x'])('is inert on %s too', async (path) => {
    const res = await rawRequest(`${server.url}${path}`);
    expect(res.headers['content-security-policy']).toBe(inertCsp);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-type']).not.toMatch(/html/);
  });

  it('cannot reach the control API by walking out of its path', async () => {
    for (const path of ['/sink/default/..%2f..%2fapi%2fdeliveries', '/mock/ploomes/..%2F..%2Fapi%2Fdeliveries']) {
      const res = await rawRequest(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: fire });
      expect(res.headers['content-security-policy']).toBe(inertCsp);
    }
    expect(server.bench.store.deliveries.count()).toBe(0);
    // Dot segments are resolved before routing (as browsers do): such a request is an API request, under its guards.
    const dotted = await rawRequest(`${server.url}/sink/%2e%2e/api/deliveries`, { method: 'POST', headers: { origin: 'null', 'content-type': 'application/json' }, body: fire });
    expect(dotted.status).toBe(403);
    expect(server.bench.store.deliveries.count()).toBe(0);
  });
});

describe("the control API's mutating routes", () => {
  const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain', 'text/plain;charset=UTF-8'];
  it.each(formTypes)('refuse a body declared as %s (what a form or sendBeacon sends cross-site) with 415', async (type) => {
    const res = await rawRequest(`${server.url}/api/deliveries`, { method: 'POST', headers: { 'content-type': type }, body: fire });
    expect(res.status).toBe(415);
    expect(errorOf(res)).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', path: 'headers.content-type' });
    expect(server.bench.store.deliveries.count()).toBe(0);
  });

  it('refuse them even on routes that read no body', async () => {
    const before = JSON.stringify(server.bench.vault.verification('hubspot'));
    const rotate = await rawRequest(`${server.url}/api/providers/hubspot/credentials/rotate`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '' });
    expect(rotate.status).toBe(415);
    expect(JSON.stringify(server.bench.vault.verification('hubspot'))).toBe(before);
    const clear = await rawRequest(`${server.url}/api/deliveries`, { method: 'DELETE', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect(clear.status).toBe(415);
  });

  it('refuse what a sandboxed page would send (Origin: null)', async () => {
    const res = await rawRequest(`${server.url}/api/deliveries`, { method: 'POST', headers: { origin: 'null', 'content-type': 'application/json' }, body: fire });
    expect(res.status).toBe(403);
    expect(errorOf(res).code).toBe('FORBIDDEN_ORIGIN');
    expect(server.bench.store.deliveries.count()).toBe(0);
  });

  it('take JSON (with or without a charset, or a +json type)', async () => {
    for (const type of ['application/json', 'application/json; charset=utf-8', 'application/merge-patch+json']) {
      const res = await rawRequest(`${server.url}/api/deliveries`, { method: 'POST', headers: { 'content-type': type }, body: fire });
      expect(res.status).toBe(202);
    }
  });
});

describe('security headers', () => {
  it('put the inspector under a strict CSP: scripts and styles from itself only, no framing, no forms', async () => {
    for (const path of ['/', '/deliveries/dlv_1', '/settings']) {
      const res = await rawRequest(`${server.url}${path}`);
      expect(res.headers['content-security-policy']).toBe(inspectorCsp);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    const directives = new Map(inspectorCsp.split('; ').map((d) => [d.split(' ')[0], d]));
    expect(directives.get('script-src')).toBe("script-src 'self'");
    expect(directives.get('style-src')).toBe("style-src 'self'");
    expect(directives.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directives.get('object-src')).toBe("object-src 'none'");
    expect(inspectorCsp).not.toMatch(/unsafe-|\*/);
  });

  it("keep the API's JSON from being embedded or rendered by other sites", async () => {
    const res = await rawRequest(`${server.url}/api/deliveries`);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(res.headers['content-security-policy']).toBe(inertCsp);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    // No CORS grant: a cross-origin page can send (and is refused) but never read.
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answer a CORS preflight from another site without granting anything', async () => {
    const res = await rawRequest(`${server.url}/api/deliveries`, {
      method: 'OPTIONS',
      headers: { origin: 'http://attacker.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(res.status).toBe(403);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
