/** @module A plain node:http receiver for tests: records raw requests, answers from a script. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedHttpRequest {
  method: string;
  url: string;
  /** Raw header pairs exactly as they arrived (name spelling kept). */
  rawHeaders: string[];
  /** Lower-cased header map. */
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** performance.now() when the request's body finished arriving. */
  at: number;
}

export interface Reply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

export interface Receiver {
  url: string;
  port: number;
  requests: ReceivedHttpRequest[];
  /** Resolves once `count` requests have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedHttpRequest[]>;
  close(): Promise<void>;
}

/**
 * @example const receiver = await startReceiver({ replies: [{ status: 500 }, { status: 500 }] }) // then 200s
 */
export async function startReceiver({
  replies = [],
  fallback = { status: 200, body: 'ok' },
  answerAfterMs = 0,
}: {
  replies?: Reply[];
  fallback?: Reply;
  /** A slow receiver: each answer leaves this long after its request arrived. */
  answerAfterMs?: number;
} = {}): Promise<Receiver> {
  const requests: ReceivedHttpRequest[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        rawHeaders: req.rawHeaders,
        headers: req.headers,
        body: Buffer.concat(chunks),
        at: performance.now(),
      });
      const reply = replies[requests.length - 1] ?? fallback;
      const answer = () => {
        res.writeHead(reply.status, { 'Content-Type': 'text/plain', ...reply.headers });
        res.end(reply.body ?? '');
      };
      if (answerAfterMs > 0) setTimeout(answer, answerAfterMs);
      else answer();
      for (const w of [...waiting]) {
        if (requests.length >= w.count) {
          waiting.splice(waiting.indexOf(w), 1);
          w.resolve();
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    waitFor: (count, timeoutMs = 10_000) =>
      requests.length >= count
        ? Promise.resolve(requests)
        : new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`receiver got ${requests.length} of ${count} requests in ${timeoutMs} ms`)), timeoutMs);
            waiting.push({ count, resolve: () => (clearTimeout(timer), resolve(requests)) });
          }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Raw header pairs → the value of `name` (case-insensitive), as sent. */
export function rawHeader(request: ReceivedHttpRequest, name: string): string | undefined {
  for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) {
    if (request.rawHeaders[i]?.toLowerCase() === name.toLowerCase()) return request.rawHeaders[i + 1];
  }
  return undefined;
}
