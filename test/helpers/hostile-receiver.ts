/**
 * @module A receiver for tests that misbehaves on request. The path chooses the behaviour:
 *   /ok                       200 once the body is in
 *   /hold?ms=N                answers after N ms (concurrency is measured while held)
 *   /status/N?retryAfter=S    answers status N, with Retry-After when given
 *   /fail-first/N             500 to the first N requests of each body, then 200
 *   /reset                    resets the connection once the body is in
 *   /silent                   reads the body, never answers
 *   /slow-headers?ms=N        waits N ms before the status line
 *   /slow-body?ms=N           sends headers, then the body N ms later
 *   /huge?mb=N                streams N MiB of body
 *   /invalid                  answers with bytes that are not HTTP
 *   /redirect-loop            302 to itself
 * Every request is recorded with its raw body, whether it arrived whole, and when.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostileRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** False when the client cut the connection before the announced body was in. */
  complete: boolean;
  startedAt: number;
  endedAt: number;
}

export interface HostileReceiver {
  url: string;
  requests: HostileRequest[];
  /** The most requests ever in flight at once. */
  maxInFlight(): number;
  waitFor(count: number, timeoutMs?: number): Promise<HostileRequest[]>;
  close(): Promise<void>;
}

export async function startHostileReceiver(): Promise<HostileReceiver> {
  const requests: HostileRequest[] = [];
  const failures = new Map<string, number>();
  const waiting: { count: number; resolve: () => void }[] = [];
  let inFlight = 0;
  let peak = 0;

  const server = http.createServer((req, res) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    const startedAt = performance.now();
    const chunks: Buffer[] = [];
    let done = false;
    const record = (complete: boolean) => {
      if (done) return;
      done = true;
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks), complete, startedAt, endedAt: performance.now() });
      for (const w of [...waiting]) if (requests.length >= w.count) (waiting.splice(waiting.indexOf(w), 1), w.resolve());
    };
    res.on('close', () => inFlight--);
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('aborted', () => record(false));
    req.on('error', () => record(false));
    req.on('end', () => {
      record(true);
      behave(new URL(req.url ?? '/', 'http://x'), Buffer.concat(chunks), req, res, failures);
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    maxInFlight: () => peak,
    waitFor: (count, timeoutMs = 15_000) =>
      requests.length >= count
        ? Promise.resolve(requests)
        : new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`got ${requests.length} of ${count} requests in ${timeoutMs} ms`)), timeoutMs);
            waiting.push({ count, resolve: () => (clearTimeout(timer), resolve(requests)) });
          }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function behave(url: URL, body: Buffer, req: http.IncomingMessage, res: http.ServerResponse, failures: Map<string, number>): void {
  const ms = Number(url.searchParams.get('ms') ?? 0);
  const [, kind, arg] = url.pathname.split('/');
  switch (kind) {
    case 'hold':
      setTimeout(() => res.writeHead(200).end('held'), ms);
      return;
    case 'status': {
      const retryAfter = url.searchParams.get('retryAfter');
      res.writeHead(Number(arg), retryAfter ? { 'Retry-After': retryAfter } : {}).end(`status ${arg}`);
      return;
    }
    case 'fail-first': {
      const key = body.toString('base64');
      const seen = failures.get(key) ?? 0;
      failures.set(key, seen + 1);
      res.writeHead(seen < Number(arg) ? 500 : 200).end(seen < Number(arg) ? 'not yet' : 'ok');
      return;
    }
    case 'reset':
      req.socket.resetAndDestroy();
      return;
    case 'silent':
      return;
    case 'slow-headers':
      setTimeout(() => res.writeHead(200).end('late'), ms);
      return;
    case 'slow-body':
      res.writeHead(200, { 'Content-Length': '4' });
      res.write('ab');
      setTimeout(() => res.end('cd'), ms);
      return;
    case 'huge': {
      const total = Number(url.searchParams.get('mb') ?? 1) * 1024 * 1024;
      const block = Buffer.alloc(64 * 1024, 'z');
      res.writeHead(200, { 'Content-Length': String(total), 'Content-Type': 'text/plain' });
      let sent = 0;
      const pump = () => {
        while (sent < total) {
          const piece = block.subarray(0, Math.min(block.length, total - sent));
          sent += piece.length;
          if (!res.write(piece)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
      return;
    }
    case 'invalid':
      req.socket.end('SPEAKING GIBBERISH\r\n\r\n');
      return;
    case 'redirect-loop':
      res.writeHead(302, { Location: url.pathname }).end();
      return;
    default:
      res.writeHead(200).end('ok');
  }
}
