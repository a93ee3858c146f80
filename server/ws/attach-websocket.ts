/** @module The WebSocket at /ws on the HTTP server: hello, `?since=SEQ` backlog from the store, then live. */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { isHookbenchError } from '../errors.ts';
import { errorBody } from '../http/error-response.ts';
import { checkAccess, type HostGuardOptions } from '../http/host-guard.ts';
import { encodeMessage, type Message } from '../messages.ts';
import { version } from '../version.ts';
import type { Workbench } from '../workbench.ts';
import { batchedFrames, createFrameBatcher, maxBatchMs, type FrameBatcher } from './batched-frames.ts';
import { createCorker } from './corked-writes.ts';

/** A client this far behind is closed (it resumes with ?since) rather than buffered without bound. */
const maxBufferedBytes = 32 * 1024 * 1024;
/** Backlogs longer than this are cut; `hello.data.gap` tells the client to reload its lists. */
const maxBacklog = 100_000;
const heartbeatMs = 30_000;

export interface HelloData {
  version: string;
  lastSeq: number;
  oldestSeq: number;
  /** The seq the backlog starts after, when the client asked for one. */
  since?: number;
  /** True when messages after `since` are no longer all in the store: reload lists from the API. */
  gap: boolean;
}

export interface AttachedWebSocket {
  clientCount(): number;
  close(): Promise<void>;
}

export function attachWebSocket({ server, bench, guard }: { server: Server; bench: Workbench; guard: HostGuardOptions }): AttachedWebSocket {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  /** Each client's socket (for corking) and, if it asked for `?batch=MS`, what gathers its frames. */
  const live = new Map<WebSocket, { socket: Duplex; batcher?: FrameBatcher }>();
  const hold = createCorker();
  const alive = new WeakSet<WebSocket>();

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Parsed without throwing: an exception here would take the whole server down (`GET //[`).
    const url = URL.canParse(req.url ?? '/', 'http://localhost') ? new URL(req.url ?? '/', 'http://localhost') : undefined;
    if (url?.pathname !== '/ws') return refuse(socket, 404, 'Not Found', { code: 'NOT_FOUND', message: 'only /ws accepts WebSocket connections', path: 'url' });
    // Refused with a plain HTTP answer before upgrading: a page of another site learns nothing more.
    try {
      checkAccess(req.headers, guard);
    } catch (e) {
      // Thrown from an 'upgrade' listener it would take the server down: the socket goes instead.
      if (!isHookbenchError(e)) return void socket.destroy();
      const unauthorized = e.code === 'UNAUTHORIZED';
      return refuse(socket, unauthorized ? 401 : 403, unauthorized ? 'Unauthorized' : 'Forbidden', e);
    }
    const sinceText = url.searchParams.get('since');
    const since = sinceText === null ? undefined : Number(sinceText);
    if (since !== undefined && (!Number.isSafeInteger(since) || since < 0)) {
      return refuse(socket, 400, 'Bad Request', { code: 'INVALID_INPUT', message: `since=${sinceText} is not a message seq: use the seq of the last message you received`, path: 'query.since' });
    }
    const batchText = url.searchParams.get('batch');
    const batchMs = batchText === null ? undefined : Number(batchText);
    if (batchMs !== undefined && (!Number.isInteger(batchMs) || batchMs < 0 || batchMs > maxBatchMs)) {
      return refuse(socket, 400, 'Bad Request', { code: 'INVALID_INPUT', message: `batch=${batchText} is not a wait in ms: use 0 to ${maxBatchMs}, or leave it out for one message a frame`, path: 'query.batch' });
    }
    wss.handleUpgrade(req, socket, head, (ws) => connect(ws, socket, since, batchMs));
  });

  // Synchronous from backlog read to joining the live set: no message can fall in between.
  function connect(ws: WebSocket, socket: Duplex, since: number | undefined, batchMs: number | undefined): void {
    const lastSeq = bench.store.messages.lastSeq();
    const oldestSeq = bench.store.messages.oldestSeq();
    const backlog = since === undefined ? [] : bench.store.messages.since(since, maxBacklog);
    // A seq from before the oldest kept message, past the newest (another store), or a cut backlog.
    const gap = since !== undefined && ((since < oldestSeq - 1 && since < lastSeq) || since > lastSeq || backlog.length === maxBacklog);
    const hello: HelloData = { version, lastSeq, oldestSeq, gap, ...(since === undefined ? {} : { since }) };
    // Hello is always a frame of its own, batched or not: it says how to read the rest.
    ws.send(JSON.stringify({ seq: since === undefined || since > lastSeq ? lastSeq : since, type: 'hello', data: hello }));
    const texts = backlog.map(encodeMessage);
    for (const frame of batchMs === undefined ? texts : batchedFrames(texts)) ws.send(frame);
    const batcher = batchMs === undefined ? undefined : createFrameBatcher((frame) => {
            if (ws.readyState === WebSocket.OPEN) ws.send(frame);
          }, batchMs);
    live.set(ws, batcher ? { socket, batcher } : { socket });
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
    const leave = () => {
      batcher?.dispose();
      live.delete(ws);
    };
    ws.on('close', leave);
    ws.on('error', leave);
  }

  const unsubscribe = bench.bus.subscribe((message: Message) => {
    if (live.size === 0) return;
    const text = encodeMessage(message);
    for (const [ws, { socket, batcher }] of live) {
      if (ws.readyState !== WebSocket.OPEN) continue;
      if (ws.bufferedAmount > maxBufferedBytes) {
        batcher?.dispose();
        live.delete(ws);
        ws.close(1013, 'too far behind; reconnect with ?since=<last seq>');
        continue;
      }
      if (batcher) {
        batcher.add(text);
        continue;
      }
      hold(socket);
      ws.send(text);
    }
  });

  const heartbeat = setInterval(() => {
    for (const ws of live.keys()) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, heartbeatMs);
  heartbeat.unref();

  return {
    clientCount: () => live.size,
    close: () =>
      new Promise((resolve) => {
        unsubscribe();
        clearInterval(heartbeat);
        // What batched clients were still to get goes before the close.
        for (const { batcher } of live.values()) batcher?.flush();
        for (const ws of wss.clients) ws.close(1001, 'hookbench is stopping');
        wss.close(() => resolve());
      }),
  };
}

function refuse(socket: Duplex, status: number, reason: string, { code, message, path }: { code: string; message: string; path?: string | undefined }): void {
  const body = JSON.stringify(errorBody(code, message, path));
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
