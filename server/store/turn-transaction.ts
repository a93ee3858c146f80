/**
 * @module Group commit: every write of one event-loop turn joins one SQLite transaction, committed at
 * the turn's end (setImmediate).
 *
 * A commit costs far more than the rows in it (WAL frames for every page touched, the indexes'
 * included): one per delivery and attempt capped hookbench near a thousand deliveries a second.
 * What makes this safe: announcements wait for the commit (`afterCommit`), so no client ever sees a
 * seq the store could lose, and whatever must not happen before its record is durable — sending an
 * attempt, answering a 202 — awaits `committed()`.
 */
import type Database from 'better-sqlite3';

export interface TurnTransactions {
  /** Like `db.transaction(fn)`, but joining the turn's transaction (as a savepoint) instead of committing alone. */
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  /** Runs `fn` once what has been written so far is committed; at once when nothing is pending. */
  afterCommit(fn: () => void): void;
  /** Resolves once what has been written so far is committed; rejects if that commit failed. */
  committed(): Promise<void>;
  /** Commits now (before the store closes). */
  commit(): void;
}

export function createTurnTransactions(db: Database.Database): TurnTransactions {
  let open = false;
  let scheduled: NodeJS.Immediate | undefined;
  let waiting: { done(): void; failed(e: Error): void }[] = [];

  function commit(): void {
    if (scheduled) clearImmediate(scheduled);
    scheduled = undefined;
    if (!open) return;
    open = false;
    const list = waiting;
    waiting = [];
    try {
      db.exec('COMMIT');
    } catch (e) {
      // The turn's writes are gone; say so loudly, and fail whoever waited for them.
      if (db.inTransaction) db.exec('ROLLBACK');
      const error = new Error(`hookbench could not commit to its store: ${e instanceof Error ? e.message : String(e)}`);
      console.error(error.message);
      for (const w of list) w.failed(error);
      return;
    }
    for (const w of list) w.done();
  }

  function enter(): void {
    if (open) return;
    db.exec('BEGIN');
    open = true;
    scheduled = setImmediate(commit);
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
  };
}
