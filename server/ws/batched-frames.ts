/**
 * @module Frames that carry several messages, for clients that ask (`/ws?batch=MS`): a JSON array of
 * `{seq, type, data}` in seq order. A browser pays for every frame (an IPC hop from its network
 * service, a task, an event): at 500 deliveries/s, 2,000 one-message frames a second took most of the
 * inspector's main thread, though the page gathers messages for a moment anyway before drawing them.
 */

export interface FrameBatcher {
  /** Adds one encoded message; the frame leaves `waitMs` after the first message it holds. */
  add(text: string): void;
  /** Sends what is held now (before a close, so nothing said is lost). */
  flush(): void;
  /** Drops the timer (the client is gone). */
  dispose(): void;
}

/** The longest a client may ask messages to wait: longer looks like a stalled stream. */
export const maxBatchMs = 1000;

/**
 * @example const batcher = createFrameBatcher((frame) => ws.send(frame), 50); batcher.add(encodeMessage(m))
 */
export function createFrameBatcher(send: (frame: string) => void, waitMs: number): FrameBatcher {
  let held: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (held.length === 0) return;
    const frame = `[${held.join(',')}]`;
    held = [];
    send(frame);
  };
  return {
    add(text) {
      held.push(text);
      timer ??= setTimeout(flush, waitMs);
    },
    flush,
    dispose() {
      clearTimeout(timer);
      timer = undefined;
      held = [];
    },
  };
}

/** Messages already encoded, as frames of at most `size` messages each (a resumed backlog). */
export function* batchedFrames(texts: Iterable<string>, size = 1000): Generator<string> {
  let chunk: string[] = [];
  for (const text of texts) {
    chunk.push(text);
    if (chunk.length === size) {
      yield `[${chunk.join(',')}]`;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield `[${chunk.join(',')}]`;
}
