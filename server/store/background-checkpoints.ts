/**
 * @module WAL checkpoints on a thread of their own. SQLite's automatic checkpoint runs inside the
 * commit that crosses 1,000 pages of WAL: it copies them into the database and syncs it, 13 to 20 ms
 * on this machine's disk, once or twice a second at 500 deliveries/s, with the event loop (API,
 * WebSocket, deliveries) stopped behind it. A PASSIVE checkpoint from a second connection does the
 * copying beside the writer; only the WAL's restart, once everything is copied, holds the writer back
 * for a moment. `bench/commit-stalls.ts`: turns over 5 ms halved, write time per turn p99 17 to 9 ms.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface CheckpointResult {
  /** Frames in the WAL when the checkpoint ran. */
  log: number;
  /** Frames copied into the database (all of them unless a reader held on to older ones). */
  checkpointed: number;
}

export interface BackgroundCheckpoints {
  /** Asks the thread to close its connection and end; the store's own close follows at once. */
  stop(): void;
}

export interface BackgroundCheckpointOptions {
  /** How often the WAL is checked; a checkpoint with nothing to copy costs a few µs. */
  intervalMs?: number;
  /** A WAL this long (in 4 kB frames), once copied, is started over (SQLite's own threshold by default). */
  restartFrames?: number;
  /** Each checkpoint that copied something (for tests and benchmarks). */
  onCheckpoint?: (result: CheckpointResult) => void;
  /** The thread failed: the caller hands checkpoints back to SQLite's automatic ones. */
  onError: (message: string) => void;
}

// Plain CommonJS evaluated in the worker: the server ships as one bundle, with no worker file beside it.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.path, { fileMustExist: true });
  db.pragma('busy_timeout = 1000');
} catch (e) {
  parentPort.postMessage({ error: e instanceof Error ? e.message : String(e) });
  process.exit(0);
}
const timer = setInterval(() => {
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    if (row.log > 0 && row.checkpointed > 0) parentPort.postMessage({ log: row.log, checkpointed: row.checkpointed });
    // A writer starts the WAL over only if it finds every frame copied, which a busy one never does:
    // everything is in the database already, so restarting it holds the writer back for a moment only.
    if (row.log >= workerData.restartFrames && row.checkpointed === row.log) db.pragma('wal_checkpoint(RESTART)');
  } catch (e) {
    parentPort.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Starts checkpointing the WAL of the database at `path` (already open, in WAL mode) every `intervalMs`.
 * @example const checkpoints = startBackgroundCheckpoints('.hookbench/hookbench.db', { onError: () => db.pragma('wal_autocheckpoint = 1000') })
 */
export function startBackgroundCheckpoints(path: string, { intervalMs = 200, restartFrames = 1000, onCheckpoint, onError }: BackgroundCheckpointOptions): BackgroundCheckpoints {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(workerSource, { eval: true, workerData: { path, driver, intervalMs, restartFrames } });
  let failed = false;
  let stopping = false;
  // After stop(), nothing it says matters: the store it served is closing (its folder may be gone).
  const fail = (message: string) => {
    if (failed || stopping) return;
    failed = true;
    onError(message);
  };
  worker.on('message', (message: CheckpointResult | { error: string }) => {
    if ('error' in message) fail(message.error);
    else if (!stopping) onCheckpoint?.(message);
  });
  worker.on('error', (e: unknown) => fail(e instanceof Error ? e.message : String(e)));
  // A worker that ends on its own (not asked to) has stopped checkpointing.
  worker.on('exit', () => fail('the checkpoint thread ended'));
  // Never what keeps the process alive.
  worker.unref();
  return {
    stop() {
      stopping = true;
      worker.postMessage('stop');
    },
  };
}
