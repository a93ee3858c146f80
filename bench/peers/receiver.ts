/** @module The parent's handle on the receiver process: its URL, and "tell me when N requests have arrived". */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type ReceiverRequest = { type: 'expect'; count: number } | { type: 'status' } | { type: 'close' };
export type ReceiverReport =
  | { type: 'listening'; port: number }
  | { type: 'armed' }
  | { type: 'status'; count: number }
  /** lastNs is process.hrtime.bigint() in the receiver: CLOCK_MONOTONIC, the same clock as the parent's on Linux. */
  | { type: 'done'; count: number; bytes: number; lastNs: string };

export interface Arrivals {
  count: number;
  /** Mean request body size, to show every contender sent a similar body. */
  meanBytes: number;
  lastNs: bigint;
}

export interface Receiver {
  url: string;
  /**
   * Resets the count and resolves once the receiver has done so (so no request fired afterwards is
   * missed); `done` resolves when `count` requests have arrived since.
   */
  expect(count: number, timeoutMs?: number): Promise<{ done: Promise<Arrivals> }>;
  /** Requests arrived since the last `expect` (or since the start). */
  count(): Promise<number>;
  close(): void;
}

/**
 * @example const { done } = await receiver.expect(3000); fire(); const { lastNs } = await done
 */
export async function startReceiver(): Promise<Receiver> {
  // `--import tsx` resolves from the child's working directory: the repository, where tsx is installed.
  const child = fork(fileURLToPath(new URL('./receiver-process.ts', import.meta.url)), {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: ReceiverReport) => (m.type === 'listening' ? resolve(m.port) : reject(new Error(`receiver said ${m.type} first`))));
    child.once('exit', (code) => reject(new Error(`the receiver process exited (${code}) before listening`)));
  });
  return {
    url: `http://127.0.0.1:${port}/hook`,
    async expect(count, timeoutMs = 120_000) {
      const armed = new Promise<void>((resolve) => child.once('message', () => resolve()));
      child.send({ type: 'expect', count } satisfies ReceiverRequest);
      await armed;
      const done = new Promise<Arrivals>((resolve, reject) => {
        const timer = setTimeout(() => {
          child.off('message', listen);
          child.send({ type: 'status' } satisfies ReceiverRequest);
          child.once('message', (m: ReceiverReport) => reject(new Error(`only ${m.type === 'status' ? m.count : '?'} of ${count} requests reached the receiver in ${timeoutMs / 1000} s`)));
        }, timeoutMs);
        function listen(m: ReceiverReport) {
          if (m.type !== 'done') return;
          clearTimeout(timer);
          child.off('message', listen);
          resolve({ count: m.count, meanBytes: m.bytes / m.count, lastNs: BigInt(m.lastNs) });
        }
        child.on('message', listen);
      });
      return { done };
    },
    count: () =>
      new Promise<number>((resolve) => {
        const listen = (m: ReceiverReport) => {
          if (m.type !== 'status') return;
          child.off('message', listen);
          resolve(m.count);
        };
        child.on('message', listen);
        child.send({ type: 'status' } satisfies ReceiverRequest);
      }),
    close: () => child.send({ type: 'close' } satisfies ReceiverRequest),
  };
}
