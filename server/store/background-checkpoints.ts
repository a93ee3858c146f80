/**
 * @module WAL checkpoints on a thread of their own (checkpoint-worker.ts). SQLite's automatic checkpoint
 * runs inside the commit that crosses 1,000 pages of WAL: it copies them into the database and syncs
 * it, 13 to 20 ms on this machine's disk, once or twice a second at 500 deliveries/s, with the event
 * loop (API, WebSocket, deliveries) stopped behind it. A PASSIVE checkpoint from a second connection
 * does the copying beside the writer; only the WAL's restart holds the writer back, and only for a
 * moment (wal-restart.ts). `bench/commit-stalls.ts`: turns over 5 ms halved, write time per turn p99
 * 17 to 9 ms.
 */
import { moduleWorkerEntry, startModuleWorker } from '../util/module-worker.ts';
import type { CheckpointWorkerData } from './checkpoint-worker.ts';

export interface CheckpointResult {
  /** Frames in the WAL when the checkpoint ran. */
  log: number;
  /** Frames copied into the database (all of them unless a reader held on to older ones). */
  checkpointed: number;
  /** Set when this checkpoint started the WAL over. */
  restarted?: {
    /** Looks (one a millisecond) it took to find a moment for it. */
    looks: number;
    /** Frames the restart copied and synced while the writer had to wait: none, when the moment was quiet. */
    framesCopiedHoldingWriter: number;
  };
}

/** What the thread says: a checkpoint done, or what stopped it. */
export type CheckpointMessage = CheckpointResult | { error: string };

export interface BackgroundCheckpoints {
  /** Asks the thread to close its connection and end; the store's own close follows at once. */
  stop(): void;
}

export interface BackgroundCheckpointOptions {
  /** How often the WAL is checked; a checkpoint with nothing to copy costs a few µs. */
  intervalMs?: number;
  /** A WAL this long (in 4 kB frames), once copied, is started over: about a second's writes at 500 deliveries/s. */
  restartFrames?: number;
  /** Looks at a wanted restart that wait for a quiet moment before any moment will do (wal-restart.ts). */
  patientLooks?: number;
  /** Each checkpoint that copied something (for tests and benchmarks). */
  onCheckpoint?: (result: CheckpointResult) => void;
  /** The thread failed: the caller hands checkpoints back to SQLite's automatic ones. */
  onError: (message: string) => void;
}

/**
 * Starts checkpointing the WAL of the database at `path` (already open, in WAL mode) every `intervalMs`.
 * @example const checkpoints = startBackgroundCheckpoints('.hookbench/hookbench.db', { onError: () => db.pragma('wal_autocheckpoint = 1000') })
 */
export function startBackgroundCheckpoints(path: string, { intervalMs = 200, restartFrames = 4000, patientLooks = 20, onCheckpoint, onError }: BackgroundCheckpointOptions): BackgroundCheckpoints {
  const data: CheckpointWorkerData = { path, intervalMs, restartFrames, patientLooks };
  const worker = startModuleWorker(moduleWorkerEntry('checkpoint-worker', import.meta.url), { ...data });
  let failed = false;
  let stopping = false;
  // After stop(), nothing it says matters: the store it served is closing (its folder may be gone).
  const fail = (message: string) => {
    if (failed || stopping) return;
    failed = true;
    onError(message);
  };
  worker.on('message', (message: CheckpointMessage) => {
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
