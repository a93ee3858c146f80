import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiBodyLimit } from './api-body-limit.ts';
import { onError } from './error-response.ts';

let server: ServerType;
let url: string;
beforeAll(async () => {
  const app = new Hono();
  app.onError(onError);
  app.use('*', apiBodyLimit(100));
  app.post('/echo', async (c) => c.text(await c.req.text()));
  app.get('/echo', (c) => c.text('no body'));
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends `body` on a real socket, with its length declared or chunked. */
function post(body: string, { declare }: { declare: boolean }): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/echo`, { method: 'POST', headers: declare ? { 'content-length': String(Buffer.byteLength(body)) } : {} });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    // Two writes: without a declared length Node sends them chunked.
    req.write(body.slice(0, 10));
    req.end(body.slice(10));
  });
}

describe('apiBodyLimit', () => {
  it.each([true, false])('passes a body within the limit to the route whole (length declared: %s)', async (declare) => {
    const body = 'é'.repeat(50);
    expect(await post(body, { declare })).toEqual({ status: 200, text: body });
  });

  it.each([true, false])('refuses one byte over with 413 PAYLOAD_TOO_LARGE naming the limit (length declared: %s)', async (declare) => {
    const { status, text } = await post('x'.repeat(101), { declare });
    expect(status).toBe(413);
    expect(JSON.parse(text)).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'the request body is over 100 bytes', path: 'body' } });
  });

  it('leaves requests without a body alone', async () => {
    expect(await (await fetch(`${url}/echo`)).text()).toBe('no body');
  });
});
