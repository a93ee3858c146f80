/**
 * @module Group commit: every write of one event-loop turn joins one SQLite transaction, committed at
 * the turn's end (setImmediate), or, under load, once the minimum gap since the last commit has passed.
 *
 * A commit costs far more than the rows in it (WAL frames for every page touched, the indexes'
 * included): one per delivery and attempt capped hookbench near a thousand deliveries a second.
 * What makes this safe: announcements wait for the commit (`afterCommit`), so no client ever sees a
 * seq the store could lose, and whatever must not happen before its record is durable — sending an
 * attempt, answering a 202 — awaits `committed()`.
 *
 * Under load the turns are short and many (at 500 deliveries/s, over a thousand a second wrote
 * something), and each commit writes every page it touched again: the tails of the tables and
 * indexes that neighbouring writes share. So commits are spaced: one that would follow the previous
 * by less than `minGapMs` waits for the gap, and the turns in between join it. An idle store (the
 * previous commit longer ago than the gap) still commits at the turn's end, so a single delivery
 * waits no longer than before; and so does a store whose work does not overlap (`spaced()` false:
 * one client sending one request at a time has nothing that could join its commit).
 */
import type Database from 'better-sqlite3';
import { HookbenchError } from '../errors.ts';

export interface TurnTransactions {
  /** Like `db.transaction(fn)`, but joining the turn's transaction (as a savepoint) instead of committing alone. */
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  /** Runs `fn` once what has been written so far is committed; at once when nothing is pending. */
  afterCommit(fn: () => void): void;
  /** Resolves once what has been written so far is committed; rejects if that commit failed. */
  committed(): Promise<void>;
  /**
   * Commits now, gap or not (before the store closes, or before answering a read). Returns the error
   * if the commit failed: the pending writes are then rolled back and whoever waited is failed.
   */
  commit(): Error | undefined;
  /** `commit()`, throwing STORE_ERROR if it failed (for an answer that must not leave then). */
  commitNow(): void;
}

/**
 * 4 ms took the soak's commits from ~1,100 to ~250 a second and its server CPU per delivery down by
 * 15 %, for at most 4 ms more before a busy store's 202 or WebSocket message. Exempting the commits a
 * reply waits on undid most of the soak's gain, so none is exempt; what is exempt is work that does
 * not overlap (store/overlap-watch.ts).
 */
export const defaultMinCommitGapMs = 4;

export interface TurnTransactionOptions {
  minGapMs?: number;
  /** Whether commits are spaced now (while work overlaps); always, by default. */
  spaced?: () => boolean;
}

export function createTurnTransactions(db: Database.Database, { minGapMs = defaultMinCommitGapMs, spaced = () => true }: TurnTransactionOptions = {}): TurnTransactions {
  let open = false;
  let cancelScheduled: (() => void) | undefined;
  let lastCommitAt = Number.NEGATIVE_INFINITY;
  let waiting: { done(): void; failed(e: Error): void }[] = [];

  function commit(): Error | undefined {
    cancelScheduled?.();
    cancelScheduled = undefined;
    if (!open) return undefined;
    open = false;
    const list = waiting;
    waiting = [];
    try {
      db.exec('COMMIT');
      lastCommitAt = performance.now();
    } catch (e) {
      // The turn's writes are gone; say so loudly, and fail whoever waited for them.
      if (db.inTransaction) db.exec('ROLLBACK');
      const error = new Error(`hookbench could not commit to its store: ${e instanceof Error ? e.message : String(e)}`);
      console.error(error.message);
      for (const w of list) w.failed(error);
      return error;
    }
    for (const w of list) w.done();
    return undefined;
  }

  function enter(): void {
    if (open) return;
    db.exec('BEGIN');
    open = true;
    const wait = lastCommitAt + minGapMs - performance.now();
    if (wait > 0 && spaced()) {
      const timer = setTimeout(() => void commit(), wait);
      cancelScheduled = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(() => void commit());
      cancelScheduled = () => clearImmediate(immediate);
    }
  }

  return {
    transaction<A extends unknown[], R>(fn: (...args: A) => R) {
      const inner = db.transaction(fn);
      return (...args: A): R => {
        enter();
        return inner(...args);
      };
    },
    afterCommit(fn) {
      if (!open) fn();
      else waiting.push({ done: fn, failed: () => undefined });
    },
    committed: () => (open ? new Promise<void>((done, failed) => waiting.push({ done, failed })) : Promise.resolve()),
    commit,
    commitNow() {
      const error = commit();
      if (error) throw new HookbenchError('STORE_ERROR', error.message, { cause: error });
    },
  };
}
