/**
 * @module HTTP as an attacker sends it: any Host, Origin or Sec-Fetch-* header (fetch would fix Host
 * itself), and WebSocket upgrades whose refusal is read as a plain HTTP answer.
 */
import { request } from 'node:http';
import { randomBytes } from 'node:crypto';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request to `url` with exactly these headers (Host included: it defaults to the URL's). */
export function rawRequest(url: string, { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method, headers: { host: target.host, ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }), ...headers }, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * A WebSocket handshake on `url` (http://…/ws): 101 when the server upgrades (the socket is closed at
 * once), otherwise the status and body it refused with.
 */
export function upgrade(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({
      host: target.hostname,
      port: target.port,
      path: `${target.pathname}${target.search}`,
      setHost: false,
      headers: {
        host: target.host,
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': randomBytes(16).toString('base64'),
        ...headers,
      },
    });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' });
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The `{error}` of a hookbench error answer. */
export function errorOf(res: RawResponse): { code: string; message: string; path?: string } {
  return (JSON.parse(res.body) as { error: { code: string; message: string; path?: string } }).error;
}
