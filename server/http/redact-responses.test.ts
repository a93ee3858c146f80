import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { HookbenchError } from '../errors.ts';
import { createRedactor } from '../export/redact.ts';
import { onError } from './error-response.ts';
import { redactResponses } from './redact-responses.ts';
import { securityHeaders } from './security-headers.ts';

const secret = 'sk-live-0123456789abcdef';
const redactor = createRedactor({ sensitiveHeaders: () => [], credentials: () => ({ apiKey: secret }), providers: () => ['demo'] });

function app() {
  const api = new Hono();
  api.onError(onError);
  api.use('*', securityHeaders('api'), redactResponses(redactor, { accessToken: 'token-abcdefghijklmnop' }));
  api.get('/json', (c) => c.json({ echoed: secret, token: 'token-abcdefghijklmnop' }, 201, { 'X-Extra': 'yes' }));
  api.get('/init', (c) => c.json({ echoed: secret }, { status: 202, headers: { 'X-Init': 'yes' } }));
  api.get('/own', () => new Response(JSON.stringify({ echoed: secret }), { headers: { 'content-type': 'application/json' } }));
  api.get('/error', () => {
    throw new HookbenchError('NOT_FOUND', `no delivery ${secret}`, { path: 'id' });
  });
  api.get('/providers/demo/credentials', (c) => c.json({ apiKey: secret }));
  return new Hono().route('/api', api);
}

describe('redactResponses', () => {
  it('scrubs JSON written with c.json, keeping its status, headers and content type', async () => {
    const res = await app().request('/api/json');
    expect(res.status).toBe(201);
    expect(res.headers.get('x-extra')).toBe('yes');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const text = await res.text();
    expect(text).not.toContain(secret);
    expect(text).not.toContain('token-abcdefghijklmnop');
    expect(JSON.parse(text)).toEqual({ echoed: '<redacted:demo.apiKey>', token: '<redacted:access-token>' });
  });

  it('keeps a ResponseInit given to c.json', async () => {
    const res = await app().request('/api/init');
    expect(res.status).toBe(202);
    expect(res.headers.get('x-init')).toBe('yes');
    expect(await res.text()).not.toContain(secret);
  });

  it('scrubs JSON a route built itself, and error messages', async () => {
    for (const path of ['/api/own', '/api/error']) {
      const res = await app().request(path);
      expect(res.headers.get('content-security-policy')).toContain('sandbox');
      expect(await res.text()).toContain('<redacted:demo.apiKey>');
    }
  });

  it('leaves alone where credentials are shown on purpose', async () => {
    expect(await (await app().request('/api/providers/demo/credentials')).json()).toEqual({ apiKey: secret });
  });
});
