/**
 * @module When the checkpoint thread starts the WAL over (checkpoint-worker.ts). A writer restarts the WAL
 * by itself only if it finds every frame copied into the database, which a busy one never does, so the
 * thread asks SQLite for a RESTART. But a RESTART takes the writer's lock first, then copies and syncs
 * whatever is not in the database yet: the writer waits for all of that. Asked for at the first chance,
 * as before, restarts held the server's event loop 18–54 ms (SQLite's busy handler sleeping 1, 2, 5, 10,
 * 15 and 20 ms in turn) ten to twenty times a minute in the soak, and the API's p99 with them.
 *
 * So the thread looks (a PASSIVE checkpoint, which copies beside the writer) every millisecond while a
 * restart is wanted, and asks for it when a look finds nothing committed since the one before: the
 * writer then waits for the restart alone, microseconds. A writer that never pauses long enough gets,
 * after `patientLooks`, a restart at any moment it is not writing: it then waits for one look's worth
 * of commits to be copied, never for the backlog a wait for its lock would pile up.
 */

/** What a PASSIVE checkpoint reports: frames in the WAL, and how many of them are in the database. */
export interface Look {
  log: number;
  checkpointed: number;
}

export interface RestartPolicy {
  /** A WAL this long (in frames), once copied, is to be started over. */
  restartFrames: number;
  /** Looks that wait for a quiet moment before any moment the writer lets go of its lock will do. */
  patientLooks: number;
}

/** Between restarts, nothing; while one is wanted, the looks so far and the WAL's length at the last. */
export type RestartWatch = { wanted: false } | { wanted: true; looks: number; lastLog: number };

export const idle: RestartWatch = { wanted: false };

/**
 * The watch after one more look, and whether to ask for a RESTART now.
 * @example afterLook(idle, { log: 4200, checkpointed: 4200 }, { restartFrames: 4000, patientLooks: 20 }) // wanted, not yet
 */
export function afterLook(watch: RestartWatch, look: Look, { restartFrames, patientLooks }: RestartPolicy): { watch: RestartWatch; restart: boolean } {
  const allCopied = look.checkpointed === look.log;
  if (!watch.wanted) {
    // Not at once: what was committed while this look copied and synced is new already.
    const wanted = look.log >= restartFrames && allCopied;
    return { watch: wanted ? { wanted: true, looks: 1, lastLog: look.log } : watch, restart: false };
  }
  // The writer found every frame copied and started the WAL over itself.
  if (look.log < watch.lastLog) return { watch: idle, restart: false };
  const quiet = allCopied && look.log === watch.lastLog;
  const impatient = allCopied && watch.looks >= patientLooks;
  return { watch: { wanted: true, looks: watch.looks + 1, lastLog: look.log }, restart: quiet || impatient };
}
