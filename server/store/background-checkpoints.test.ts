import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackgroundCheckpoints, type CheckpointResult } from './background-checkpoints.ts';
import { openStore } from './open-store.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function walDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'hb-checkpoint-'));
  dirs.push(dir);
  const path = join(dir, 'hb.db');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // As the store does: a write meeting the thread's restart waits for it instead of failing.
  db.pragma('busy_timeout = 5000');
  // Nothing but the thread under test may checkpoint.
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB)');
  const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
  const write = (rows: number) => db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(Buffer.alloc(3000, i % 251));
  })();
  return { db, path, write };
}

/** Resolves with the first checkpoint that copied the whole WAL. */
function nextFullCheckpoint(results: CheckpointResult[]): Promise<CheckpointResult> {
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      const full = results.find((r) => r.checkpointed === r.log);
      if (full) {
        clearInterval(poll);
        resolve(full);
      }
    }, 5);
  });
}

describe('startBackgroundCheckpoints', () => {
  it('copies the WAL into the database from its own thread, so the WAL starts over', async () => {
    const { db, path, write } = walDatabase();
    const results: CheckpointResult[] = [];
    const errors: string[] = [];
    write(2000);
    const checkpoints = startBackgroundCheckpoints(path, { intervalMs: 10, onCheckpoint: (r) => results.push(r), onError: (m) => errors.push(m) });
    try {
      const walAfterFirst = statSync(`${path}-wal`).size;
      const full = await nextFullCheckpoint(results);
      expect(full.log).toBeGreaterThan(1000);
      // Everything is in the database file now: a writer reuses the WAL from its start instead of growing it.
      results.length = 0;
      write(2000);
      await nextFullCheckpoint(results);
      expect(statSync(`${path}-wal`).size).toBeLessThanOrEqual(walAfterFirst);
      expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 4000 });
      expect(errors).toEqual([]);
    } finally {
      checkpoints.stop();
      db.close();
    }
  });

  it('starts the WAL over in a quiet moment, so the writer never waits for frames to be copied', async () => {
    // A writer like the server's under load: a transaction open for 30 ms at a time (commits spaced),
    // 3 ms between one and the next, and now and then 20 ms. Its own restarts are rare (it finds the WAL
    // copied only when a regular look falls in a pause). Asked for at the first chance, a restart waits
    // for the writer's lock and gets it right after a commit, which it then copies and syncs while the
    // writer waits: four restarts in six did so when this test was run against that behaviour.
    const { db, path } = walDatabase();
    const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
    const results: CheckpointResult[] = [];
    const errors: string[] = [];
    // Patience without end: only quiet moments may restart the WAL here.
    const checkpoints = startBackgroundCheckpoints(path, { intervalMs: 10, restartFrames: 40, patientLooks: 1_000_000, onCheckpoint: (r) => results.push(r), onError: (m) => errors.push(m) });
    const restarts = () => results.flatMap((r) => (r.restarted ? [r.restarted] : []));
    let rows = 0;
    try {
      const deadline = Date.now() + 20_000;
      for (let cycle = 1; restarts().length < 6 && Date.now() < deadline; cycle++) {
        db.exec('BEGIN');
        for (let i = 0; i < 20; i++) insert.run(Buffer.alloc(3000, rows++ % 251));
        await sleep(30);
        db.exec('COMMIT');
        await sleep(cycle % 6 === 0 ? 20 : 3);
      }
      expect(restarts().length).toBeGreaterThanOrEqual(6);
      // A commit landing in the microseconds between the quiet look and the restart is possible, not likely.
      expect(restarts().filter((r) => r.framesCopiedHoldingWriter > 0).length).toBeLessThanOrEqual(1);
      expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: rows });
      expect(errors).toEqual([]);
    } finally {
      checkpoints.stop();
      db.close();
    }
  }, 30_000);

  it('reports a thread that cannot do its work, so the store checkpoints again itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hb-checkpoint-'));
    dirs.push(dir);
    const message = await new Promise<string>((resolve) => startBackgroundCheckpoints(join(dir, 'missing.db'), { onError: resolve }));
    expect(message).toMatch(/missing\.db|unable to open|does not exist/i);
  });
});

describe('openStore with background checkpoints', () => {
  it('leaves its commits to the thread, and keeps every row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hb-checkpoint-'));
    dirs.push(dir);
    const path = join(dir, 'hb.db');
    const store = openStore({ path, backgroundCheckpoints: true });
    store.close();
    const db = new Database(path);
    try {
      // A fresh connection sees the setting's default: the store raised it only for its own.
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
  });
});
