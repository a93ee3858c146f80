/** @module Collects WebSocket messages in arrival order and waits for the ones a test needs. */
import WebSocket from 'ws';

export interface WsMessage {
  seq: number;
  type: string;
  data: Record<string, unknown>;
}

export interface WsCollector {
  messages: WsMessage[];
  /** How many messages each frame carried, in arrival order (more than one only when batched). */
  frames: number[];
  /** Resolves with the first message (in arrival order) matching `predicate`. */
  waitFor(predicate: (m: WsMessage) => boolean, timeoutMs?: number): Promise<WsMessage>;
  close(): void;
}

export async function collectWs(url: string, headers: Record<string, string> = {}): Promise<WsCollector> {
  const ws = new WebSocket(url, { headers });
  const messages: WsMessage[] = [];
  const waiting: { predicate: (m: WsMessage) => boolean; resolve: (m: WsMessage) => void }[] = [];
  const frames: number[] = [];
  ws.on('message', (raw) => {
    // A client that asked for `?batch=MS` gets arrays of messages.
    const value = JSON.parse(String(raw)) as WsMessage | WsMessage[];
    const arrived = Array.isArray(value) ? value : [value];
    frames.push(arrived.length);
    for (const message of arrived) {
      messages.push(message);
      for (const w of [...waiting]) {
        if (w.predicate(message)) {
          waiting.splice(waiting.indexOf(w), 1);
          w.resolve(message);
        }
      }
    }
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`WebSocket refused with ${res.statusCode}`)));
  });
  return {
    messages,
    frames,
    waitFor: (predicate, timeoutMs = 10_000) => {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching WebSocket message in ${timeoutMs} ms; got ${messages.map((m) => m.type).join(', ')}`)), timeoutMs);
        waiting.push({ predicate, resolve: (m) => (clearTimeout(timer), resolve(m)) });
      });
    },
    close: () => ws.close(),
  };
}
