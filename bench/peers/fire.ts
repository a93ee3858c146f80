/** @module Fires the same request N times over keep-alive connections, a fixed number at a time. */
import http from 'node:http';

export interface FireOptions {
  url: string;
  count: number;
  /** Requests in flight at once, each on its own kept-alive connection. */
  concurrency: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * Resolves when every response has come back; rejects on the first error or non-2xx answer.
 * @example await fire({ url: 'http://127.0.0.1:3000/fire', count: 3000, concurrency: 32 })
 */
export async function fire({ url, count, concurrency, method = 'GET', headers = {}, body }: FireOptions): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  let next = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const req = http.request(url, { method, agent, headers: body === undefined ? headers : { 'Content-Length': String(Buffer.byteLength(body)), ...headers } }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode! < 300 ? resolve() : reject(new Error(`${method} ${url} answered ${res.statusCode}`))));
      });
      req.on('error', reject);
      req.end(body);
    });
  const worker = async () => {
    while (next < count) {
      next++;
      await one();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  } finally {
    agent.destroy();
  }
}
