import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { maxCapturedBodyBytes, send, withTransportHeaders } from './send.ts';

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

/** A raw TCP server: each test decides byte for byte what the "receiver" does. */
async function rawServer(onConnection: (socket: net.Socket, request: Promise<string>) => void): Promise<string> {
  const server = net.createServer((socket) => {
    const request = new Promise<string>((resolve) => {
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk.toString('latin1');
        const end = data.indexOf('\r\n\r\n');
        const length = Number(/content-length: (\d+)/i.exec(data)?.[1] ?? 0);
        if (end !== -1 && data.length >= end + 4 + length) resolve(data);
      });
    });
    onConnection(socket, request);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => server.close());
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook?x=1`;
}

const request = (url: string, body = '{"a":1}') =>
  withTransportHeaders({ method: 'POST', url, headers: { 'Content-Type': 'application/json', 'X-Key': 'k' }, body });

describe('send', () => {
  it('puts exactly the recorded headers and body on the wire', async () => {
    let seen = '';
    const url = await rawServer(async (socket, req) => {
      seen = await req;
      socket.end('HTTP/1.1 201 Created\r\nX-Reply: yes\r\nContent-Length: 2\r\n\r\nok');
    });
    const sent = request(url);
    const result = await send({ request: sent, timeoutMs: 2000 });
    const [head, body] = seen.split('\r\n\r\n');
    expect(head?.split('\r\n')[0]).toBe('POST /hook?x=1 HTTP/1.1');
    const wireHeaders = head?.split('\r\n').slice(1).map((line) => line.split(': ')) ?? [];
    expect(Object.fromEntries(wireHeaders)).toEqual(sent.headers);
    expect(body).toBe(sent.body);
    expect(result.response).toMatchObject({ status: 201, statusText: 'Created', body: 'ok', bodyBytes: 2, truncated: false });
    expect(result.response?.headers['X-Reply']).toBe('yes');
  });

  it('keeps the first 1 MiB of a larger body and counts the rest', async () => {
    const size = maxCapturedBodyBytes * 3 + 17;
    const url = await rawServer(async (socket, req) => {
      await req;
      socket.end(`HTTP/1.1 200 OK\r\nContent-Length: ${size}\r\n\r\n${'x'.repeat(size)}`);
    });
    const { response } = await send({ request: request(url), timeoutMs: 5000 });
    expect(response?.truncated).toBe(true);
    expect(response?.bodyBytes).toBe(size);
    expect(response?.body.length).toBe(maxCapturedBodyBytes);
  });

  it('keeps binary bodies as base64', async () => {
    const bytes = Buffer.from([0xff, 0x00, 0xfe]);
    const url = await rawServer(async (socket, req) => {
      await req;
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n');
      socket.end(bytes);
    });
    const { response } = await send({ request: request(url), timeoutMs: 2000 });
    expect(response).toMatchObject({ bodyEncoding: 'base64', body: bytes.toString('base64') });
  });

  it('does not follow redirects', async () => {
    const url = await rawServer(async (socket, req) => {
      await req;
      socket.end('HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:1/elsewhere\r\nContent-Length: 0\r\n\r\n');
    });
    const { response, error } = await send({ request: request(url), timeoutMs: 2000 });
    expect(error).toBeUndefined();
    expect(response?.status).toBe(302);
  });

  it('classifies a refused connection', async () => {
    const url = await rawServer((socket) => socket.destroy());
    closers.splice(0).forEach((close) => close());
    const { error } = await send({ request: request(url), timeoutMs: 2000 });
    expect(error?.code).toBe('CONNECTION_REFUSED');
    expect(error?.message).toMatch(/is your receiver running/);
  });

  it('classifies a reset and invalid HTTP', async () => {
    const resetUrl = await rawServer(async (socket, req) => {
      await req;
      socket.resetAndDestroy();
    });
    expect((await send({ request: request(resetUrl), timeoutMs: 2000 })).error?.code).toBe('CONNECTION_RESET');
    const garbageUrl = await rawServer(async (socket, req) => {
      await req;
      socket.end('HELLO THERE\r\n\r\n');
    });
    expect((await send({ request: request(garbageUrl), timeoutMs: 2000 })).error?.code).toBe('INVALID_HTTP');
  });

  it('times out a receiver that never answers, after about timeoutMs', async () => {
    const url = await rawServer(() => undefined);
    const { error, durationMs } = await send({ request: request(url), timeoutMs: 150 });
    expect(error?.code).toBe('TIMEOUT');
    expect(durationMs).toBeGreaterThanOrEqual(140);
    expect(durationMs).toBeLessThan(2000);
  });

  it('records the status and a TIMEOUT when the body never finishes', async () => {
    const url = await rawServer(async (socket, req) => {
      await req;
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial');
    });
    const { response, error } = await send({ request: request(url), timeoutMs: 150 });
    expect(response).toMatchObject({ status: 200, body: 'partial' });
    expect(error?.code).toBe('TIMEOUT');
  });
});

describe('send with a body fault of the socket kind', () => {
  /** Records every byte and when it came, until the client closes; never answers unless asked to. */
  async function recorder(answerAfterBody = false) {
    const seen = { data: Buffer.alloc(0), times: [] as number[], closed: false, closedAt: 0 };
    const server = net.createServer((socket) => {
      socket.on('data', (chunk) => {
        seen.data = Buffer.concat([seen.data, chunk]);
        seen.times.push(performance.now());
        const text = seen.data.toString('latin1');
        const end = text.indexOf('\r\n\r\n');
        const length = Number(/content-length: (\d+)/i.exec(text)?.[1] ?? 0);
        if (answerAfterBody && end !== -1 && seen.data.length >= end + 4 + length) socket.end('HTTP/1.1 204 No Content\r\n\r\n');
      });
      socket.on('close', () => {
        seen.closed = true;
        seen.closedAt = performance.now();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => server.close());
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, seen };
  }

  it('disconnect: announces the whole body, sends half, then cuts the connection', async () => {
    const { url, seen } = await recorder();
    const body = JSON.stringify({ data: 'x'.repeat(400) });
    const sent = withTransportHeaders({ method: 'POST', url, headers: {}, body });
    const result = await send({ request: sent, timeoutMs: 2000, bodyMode: { kind: 'disconnect' } });
    expect(result.error?.code).toBe('DISCONNECTED');
    expect(result.error?.message).toContain(`${Math.floor(body.length / 2)} of ${body.length} body bytes`);
    await expect.poll(() => seen.closed).toBe(true);
    const [head, received] = seen.data.toString().split('\r\n\r\n');
    expect(head).toContain(`Content-Length: ${body.length}`);
    expect(received).toBe(body.slice(0, Math.floor(body.length / 2)));
  });

  it('slow: trickles the body at about the given rate and starts the timeout only after the last byte', async () => {
    const { url, seen } = await recorder(true);
    const body = 'y'.repeat(300);
    const started = performance.now();
    const result = await send({ request: withTransportHeaders({ method: 'POST', url, headers: {}, body }), timeoutMs: 150, bodyMode: { kind: 'slow', bytesPerSecond: 1000 } });
    expect(result.error).toBeUndefined();
    expect(result.response?.status).toBe(204);
    expect(seen.data.toString().split('\r\n\r\n')[1]).toBe(body);
    // 300 bytes at 1000 B/s take about 300 ms, well past the 150 ms timeout that did not fire.
    expect(seen.times.at(-1)! - started).toBeGreaterThanOrEqual(250);
    expect(seen.times.length).toBeGreaterThan(5);
  });
});
