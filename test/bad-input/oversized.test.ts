/**
 * Oversized bodies on a real socket: the control API, the sink and the mock APIs answer 413 naming their
 * limit, whether the length is declared or the body is streamed without one, and the server stays healthy.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxApiBodyBytes } from '../../server/http/read-input.ts';
import { maxSinkBodyBytes } from '../../server/http/routes/sink-routes.ts';
import { maxMockBodyBytes } from '../../server/mock/mock-routes.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.dispose());

interface Sent {
  status: number;
  body: string;
}

/**
 * Sends `size` bytes in 64 KiB chunks, with Content-Length or chunked. The server may answer before it
 * has read everything: the answer is what counts, so a write cut short by that answer is not an error.
 */
function send(path: string, { size, declare, headers = {} }: { size: number; declare: boolean; headers?: Record<string, string> }): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(declare ? { 'content-length': String(size) } : {}), ...headers },
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', () => undefined);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        const piece = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

async function expectTooLarge(sent: Sent, limit: number) {
  expect(sent.status, sent.body.slice(0, 200)).toBe(413);
  const { error } = JSON.parse(sent.body) as { error: { code: string; message: string; path?: string } };
  expect(error.code).toBe('PAYLOAD_TOO_LARGE');
  expect(error.message).toContain(String(limit));
  expect(error.path).toBe('body');
}

function lastInbound() {
  const [latest] = server.bench.store.sink.list({ limit: 1 });
  return latest && server.bench.store.sink.get(latest.id);
}

async function healthy() {
  const res = await server.api('/api/health');
  expect(res.status).toBe(200);
  return (await res.json()) as { deliveries: number };
}

describe('oversized bodies get 413 naming the limit', () => {
  it.each([true, false])('the control API (length declared: %s)', async (declare) => {
    await expectTooLarge(await send('/api/deliveries', { size: maxApiBodyBytes + 1, declare }), maxApiBodyBytes);
    expect((await healthy()).deliveries).toBe(0);
  });

  it.each([true, false])('the sink, which still records that the request came (length declared: %s)', async (declare) => {
    await expectTooLarge(await send('/sink/big/in', { size: maxSinkBodyBytes + 1, declare }), maxSinkBodyBytes);
    const latest = lastInbound();
    expect(latest).toMatchObject({ name: 'big', responseStatus: 413, body: '' });
    expect(latest?.bodyBytes).toBeGreaterThan(maxSinkBodyBytes);
    await healthy();
  });

  it.each([true, false])('the mock APIs, which record the call too (length declared: %s)', async (declare) => {
    const userKey = (server.bench.vault.get('ploomes') as { userKey: string }).userKey;
    await expectTooLarge(await send('/mock/ploomes/Contacts', { size: maxMockBodyBytes + 1, declare, headers: { 'user-key': userKey } }), maxMockBodyBytes);
    expect(lastInbound()).toMatchObject({ name: 'mock', provider: 'ploomes', responseStatus: 413, body: '' });
    await healthy();
  });

  it('takes a mock API body just under the limit as before', async () => {
    const userKey = (server.bench.vault.get('ploomes') as { userKey: string }).userKey;
    const res = await fetch(`${server.url}/mock/ploomes/Contacts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-key': userKey },
      body: JSON.stringify({ Name: 'ACME', Notes: 'x'.repeat(maxMockBodyBytes - 100) }),
    });
    expect(res.status).toBeLessThan(300);
    expect(lastInbound()?.body).toContain('"Name":"ACME"');
  });

  it('serves deliveries to its own sink after all of that', async () => {
    const res = await server.api('/api/deliveries', { body: { provider: 'ploomes', event: 'Deals.Win', seed: 1 } });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const delivery = await server.bench.engine.settled(id);
    expect(delivery.status).toBe('succeeded');
  });
});
