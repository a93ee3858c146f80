/** @module A scratch SQLite file with turn transactions over it, and a second connection that sees only what is committed. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createTurnTransactions, type TurnTransactions } from '../../server/store/turn-transaction.ts';

export interface TurnStore {
  writer: Database.Database;
  turn: TurnTransactions;
  /** Writes n into table t, joining the turn's transaction. */
  insert(n: number): void;
  /** What a second connection sees of table t: only what is committed. */
  committedRows(): unknown[];
  /** Writes a row whose foreign key is checked only at COMMIT, so the pending commit will fail. */
  stageFailingCommit(): void;
  close(): void;
}

/**
 * @example const store = openTurnStore(4); store.insert(1); vi.advanceTimersByTime(0); store.committedRows() // [1]
 */
export function openTurnStore(minGapMs: number, { spaced }: { spaced?: () => boolean } = {}): TurnStore {
  const dir = mkdtempSync(join(tmpdir(), 'hookbench-turn-'));
  const writer = new Database(join(dir, 'db'));
  writer.pragma('journal_mode = WAL');
  writer.pragma('foreign_keys = ON');
  writer.exec('CREATE TABLE t (n INTEGER); CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (parent INTEGER REFERENCES parent(id))');
  const reader = new Database(join(dir, 'db'));
  const turn = createTurnTransactions(writer, { minGapMs, ...(spaced ? { spaced } : {}) });
  const insertRow = writer.prepare('INSERT INTO t (n) VALUES (?)');
  const insertOrphan = writer.prepare('INSERT INTO child (parent) VALUES (7)');
  const readRows = reader.prepare('SELECT n FROM t ORDER BY n').pluck();
  const orphan = turn.transaction(() => void insertOrphan.run());
  return {
    writer,
    turn,
    insert: turn.transaction((n: number) => void insertRow.run(n)),
    committedRows: () => readRows.all(),
    stageFailingCommit() {
      // Switched off by every COMMIT and ROLLBACK, so set again each time.
      writer.pragma('defer_foreign_keys = ON');
      orphan();
    },
    close() {
      reader.close();
      writer.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
