/** @module Sends one attempt over node:http(s), capturing what the receiver answered. */
import http from 'node:http';
import https from 'node:https';
import { classifyError } from './classify-error.ts';
import type { AttemptError, AttemptRequest, AttemptResponse } from './types.ts';

/** Response bodies are kept up to this size; the rest is counted, not stored. */
export const maxCapturedBodyBytes = 1024 * 1024;

/** How the body goes out: all at once, cut off halfway (`disconnect`), or trickled (`slow`). */
export type BodyMode = { kind: 'whole' } | { kind: 'disconnect' } | { kind: 'slow'; bytesPerSecond: number };

export interface SendResult {
  response?: AttemptResponse;
  error?: AttemptError;
  durationMs: number;
}

// Keep-alive, as providers' HTTP clients do; sockets idle out quickly so a stopped receiver is noticed.
const agents = {
  'http:': new http.Agent({ keepAlive: true, keepAliveMsecs: 1000, timeout: 60_000, maxSockets: 256 }),
  'https:': new https.Agent({ keepAlive: true, keepAliveMsecs: 1000, timeout: 60_000, maxSockets: 256 }),
};

/**
 * The headers that will really be on the wire: the provider's, plus Host and Content-Length, so the
 * record shows every header the receiver gets.
 */
export function withTransportHeaders(request: {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}): AttemptRequest {
  const url = new URL(request.url);
  const headers: Record<string, string> = { Host: url.host, ...request.headers };
  if (request.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(request.body));
  headers.Connection = 'keep-alive';
  return { method: request.method, url: request.url, headers, body: request.body ?? '' };
}

/**
 * Sends `request` exactly (headers as given, body bytes as given) and never throws: failures come back
 * as a classified `error`. Redirects are not followed, as providers do not follow them.
 * @example const { response, error } = await send({ request, timeoutMs: 30_000 })
 */
export interface SendInput {
  request: AttemptRequest;
  timeoutMs: number;
  bodyMode?: BodyMode;
}

export function send({ request, timeoutMs, bodyMode = { kind: 'whole' } }: SendInput): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 100) / 100;
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      resolve({ error: { code: 'NETWORK', message: `"${request.url}" is not a URL` }, durationMs: 0 });
      return;
    }
    const isHttps = url.protocol === 'https:';
    let head: Pick<AttemptResponse, 'status' | 'statusText' | 'headers'> | undefined;
    const chunks: Buffer[] = [];
    let captured = 0;
    let total = 0;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (error?: AttemptError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const response = head ? captureBody(head, Buffer.concat(chunks), total) : undefined;
      resolve({ ...(response ? { response } : {}), ...(error ? { error } : {}), durationMs: elapsed() });
    };

    const req = (isHttps ? https : http).request(url, {
      method: request.method,
      headers: request.headers,
      setHost: false,
      agent: isHttps ? agents['https:'] : agents['http:'],
    });
    // The receiver's time starts once the body is out: a trickled body is hookbench's doing, not theirs.
    const startTimer = () => {
      timer = setTimeout(() => {
        const phase = head ? 'the rest of the response body' : 'a response';
        req.destroy();
        finish({ code: 'TIMEOUT', message: `no ${phase} within ${timeoutMs} ms (${url.host})` });
      }, timeoutMs);
    };

    req.on('error', (e) => finish(classifyError(e, request.url)));
    req.on('response', (res) => {
      head = { status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: headersFromRaw(res.rawHeaders) };
      res.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (captured < maxCapturedBodyBytes) {
          const keep = chunk.subarray(0, maxCapturedBodyBytes - captured);
          chunks.push(keep);
          captured += keep.length;
        }
      });
      res.on('end', () => finish());
      res.on('error', (e) => finish(classifyError(e, request.url)));
    });
    const body = request.body === '' && request.method === 'GET' ? undefined : request.body;
    writeBody(req, body, bodyMode, {
      done: startTimer,
      cut: (sent, of) =>
        finish({ code: 'DISCONNECTED', message: `hookbench cut the connection after ${sent} of ${of} body bytes (disconnect fault)` }),
      isSettled: () => settled,
    });
  });
}

interface WriteCallbacks {
  done(): void;
  cut(sent: number, of: number): void;
  isSettled(): boolean;
}

/** Puts the body on the wire the way the fault asks; Content-Length always announces the whole body. */
function writeBody(req: http.ClientRequest, body: string | undefined, mode: BodyMode, on: WriteCallbacks): void {
  const bytes = body === undefined ? Buffer.alloc(0) : Buffer.from(body);
  if (mode.kind === 'whole' || (body === undefined && mode.kind === 'slow')) {
    req.end(body);
    on.done();
    return;
  }
  req.flushHeaders();
  if (mode.kind === 'disconnect') {
    const half = bytes.subarray(0, Math.floor(bytes.length / 2));
    const cut = () => {
      on.cut(half.length, bytes.length);
      req.destroy();
    };
    if (half.length === 0) setImmediate(cut);
    else req.write(half, cut);
    return;
  }
  // slow: small chunks on a steady clock, about 20 a second.
  const chunk = Math.max(1, Math.ceil(mode.bytesPerSecond / 20));
  const interval = (1000 * chunk) / mode.bytesPerSecond;
  let offset = 0;
  const next = () => {
    if (on.isSettled() || req.destroyed) return;
    const piece = bytes.subarray(offset, offset + chunk);
    offset += piece.length;
    if (offset >= bytes.length) {
      req.end(piece);
      on.done();
      return;
    }
    req.write(piece);
    setTimeout(next, interval);
  };
  next();
}

function captureBody(
  head: Pick<AttemptResponse, 'status' | 'statusText' | 'headers'>,
  buffer: Buffer,
  total: number,
): AttemptResponse {
  const truncated = total > buffer.length;
  const text = decodeUtf8(buffer, truncated);
  return {
    ...head,
    body: text ?? buffer.toString('base64'),
    bodyEncoding: text === undefined ? 'base64' : 'utf8',
    bodyBytes: total,
    truncated,
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Text when the bytes are UTF-8; a cut at 1 MiB may split the last character, which is dropped. */
function decodeUtf8(buffer: Buffer, truncated: boolean): string | undefined {
  for (let cut = 0; cut <= (truncated ? 3 : 0); cut++) {
    try {
      return utf8.decode(buffer.subarray(0, buffer.length - cut));
    } catch {
      // try one byte shorter
    }
  }
  return undefined;
}

/** Raw header pairs → one object keeping the receiver's spelling; repeated names are joined. */
function headersFromRaw(raw: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] as string;
    const value = raw[i + 1] as string;
    out[name] = name in out ? `${out[name]}, ${value}` : value;
  }
  return out;
}
