/**
 * @module The checkpoint thread's side (background-checkpoints.ts): a PASSIVE checkpoint every
 * `intervalMs`, copying the WAL into the database beside the writer, and the WAL started over when
 * wal-restart.ts says.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckpointMessage } from './background-checkpoints.ts';
import { afterLook, idle, type Look, type RestartPolicy, type RestartWatch } from './wal-restart.ts';

export interface CheckpointWorkerData extends RestartPolicy {
  path: string;
  intervalMs: number;
}

const { path, intervalMs, restartFrames, patientLooks } = workerData as CheckpointWorkerData;
const policy: RestartPolicy = { restartFrames, patientLooks };
const say = (message: CheckpointMessage) => parentPort?.postMessage(message);
const failure = (e: unknown): CheckpointMessage => ({ error: e instanceof Error ? e.message : String(e) });

function open(): Database.Database | undefined {
  try {
    const db = new Database(path, { fileMustExist: true });
    // Never waits for the writer: a restart that finds it writing is asked for again at a later look.
    db.pragma('busy_timeout = 0');
    return db;
  } catch (e) {
    say(failure(e));
    return undefined;
  }
}

const db = open();
if (db) {
  const checkpoint = (mode: 'PASSIVE' | 'RESTART') => (db.pragma(`wal_checkpoint(${mode})`) as (Look & { busy: number })[])[0]!;
  let watch: RestartWatch = idle;
  let timer: NodeJS.Timeout;

  const step = () => {
    try {
      const look = checkpoint('PASSIVE');
      if (!watch.wanted && look.log > 0 && look.checkpointed > 0) say({ log: look.log, checkpointed: look.checkpointed });
      const next = afterLook(watch, look, policy);
      watch = next.watch;
      if (next.restart && watch.wanted) {
        const restart = checkpoint('RESTART');
        if (restart.busy === 0) {
          say({ log: restart.log, checkpointed: restart.checkpointed, restarted: { looks: watch.looks, framesCopiedHoldingWriter: restart.log - look.log } });
          watch = idle;
        }
      }
    } catch (e) {
      say(failure(e));
    }
    timer = setTimeout(step, watch.wanted ? 1 : intervalMs);
  };

  timer = setTimeout(step, intervalMs);
  parentPort?.on('message', () => {
    clearTimeout(timer);
    db.close();
    parentPort?.close();
  });
}
