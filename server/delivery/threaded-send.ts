/**
 * @module Sends attempts from a thread of their own. Building the request, writing it to the socket
 * and parsing the answer took a sixth of the event loop that also answers the control API and feeds
 * the WebSocket clients (the soak at 500 deliveries/s: main thread 64–75 % busy, 53–55 % with sending
 * on its own thread; bench/soak.ts). `send` is plain data in and out, so the thread runs the very
 * same code, faults included.
 *
 * Nothing is lost if the thread cannot start or dies: its attempts in flight end INTERNAL (a
 * provider's retry policy then applies), and later ones are sent from the event loop as before.
 */
import type { Worker } from 'node:worker_threads';
import { moduleWorkerEntry, startModuleWorker, type WorkerEntry } from '../util/module-worker.ts';
import { send as sendHere, type SendInput, type SendResult } from './send.ts';
import type { SendReplyMessage, SendRequestMessage } from './send-worker.ts';

export interface ThreadedSend {
  send(input: SendInput): Promise<SendResult>;
  /** Ends the thread (attempts still in it end INTERNAL). */
  close(): Promise<void>;
}

/**
 * The thread starts with the first attempt, and keeps the process alive only while attempts are in it.
 * @example const sender = createThreadedSend(); const result = await sender.send({ request, timeoutMs: 30_000 })
 */
export function createThreadedSend({ entry }: { entry?: WorkerEntry } = {}): ThreadedSend {
  let worker: Worker | undefined;
  let broken = false;
  let next = 0;
  const pending = new Map<number, (result: SendResult) => void>();

  function stop(reason: string): void {
    broken = true;
    worker = undefined;
    const waiting = [...pending.values()];
    pending.clear();
    for (const resolve of waiting) resolve({ error: { code: 'INTERNAL', message: `hookbench's sending thread stopped (${reason}); whether this attempt reached the receiver is unknown` }, durationMs: 0 });
  }

  function start(): Worker {
    const thread = startModuleWorker(entry ?? moduleWorkerEntry('send-worker', import.meta.url));
    thread.on('message', ({ id, result }: SendReplyMessage) => {
      const resolve = pending.get(id);
      pending.delete(id);
      if (pending.size === 0) thread.unref();
      resolve?.(result);
    });
    thread.on('error', (e) => {
      console.error(`hookbench: the sending thread failed, attempts go out from the main thread from now on: ${e.message}`);
      stop(e.message);
    });
    thread.on('exit', (code) => {
      if (worker === thread) stop(`exit code ${code}`);
    });
    return thread;
  }

  return {
    send(input) {
      if (broken) return sendHere(input);
      worker ??= start();
      const thread = worker;
      if (pending.size === 0) thread.ref();
      const id = next++;
      return new Promise<SendResult>((resolve) => {
        pending.set(id, resolve);
        thread.postMessage({ id, input } satisfies SendRequestMessage);
      });
    },
    async close() {
      const thread = worker;
      // From now on attempts go out from the event loop; the `exit` of this thread is no longer news.
      stop('hookbench is closing');
      await thread?.terminate();
    },
  };
}
