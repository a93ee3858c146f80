/**
 * @module How long a turn's writes hold the event loop when SQLite checkpoints inside it (its default, every
 * 1,000 pages of WAL) against checkpoints on their own thread (server/store/background-checkpoints.ts),
 * in the same process on the same disk: 600 turns of 25 delivery-sized rows 5 ms apart (15 MB/s of WAL,
 * three times what the server writes at 500 deliveries/s).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBackgroundCheckpoints } from '../server/store/background-checkpoints.ts';
import { printTable } from './measure.ts';
import { percentile, round } from './spawn-server.ts';

async function commitTimes(background: boolean): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'hookbench-commit-'));
  const path = join(dir, 'hb.db');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT, status TEXT, body BLOB); CREATE INDEX t_k ON t (k); CREATE INDEX t_s ON t (status, id)');
  if (background) db.pragma('wal_autocheckpoint = 10000');
  const checkpoints = background ? startBackgroundCheckpoints(path, { onError: (m) => console.error(m) }) : undefined;
  // The thread's start (an isolate, the driver) is a server's first second, not its steady state.
  if (background) await new Promise((resolve) => setTimeout(resolve, 500));
  const insert = db.prepare('INSERT INTO t (k, status, body) VALUES (?, ?, ?)');
  const body = Buffer.alloc(3000, 7);
  const times: number[] = [];
  try {
    for (let turn = 0; turn < 600; turn++) {
      // From the first write: a checkpoint thread holding the write lock would make the writes wait.
      const start = performance.now();
      db.exec('BEGIN');
      for (let i = 0; i < 25; i++) insert.run(`k${turn}-${i}`, 'queued', body);
      db.exec('COMMIT');
      times.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    checkpoints?.stop();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return times.sort((a, b) => a - b);
}

export async function benchCommitStalls(): Promise<void> {
  const rows: (string | number)[][] = [['checkpoints', 'turn p50 ms', 'p99 ms', 'max ms', 'turns over 5 ms', 'total ms']];
  for (const background of [false, true, false, true]) {
    const t = await commitTimes(background);
    rows.push([background ? 'own thread' : 'inside the commit (SQLite default)', round(percentile(t, 50)), round(percentile(t, 99)), round(t.at(-1)!), t.filter((x) => x > 5).length, round(t.reduce((a, b) => a + b, 0), 0)]);
  }
  printTable('Write time per turn (BEGIN, 25 inserts, COMMIT): 600 turns of 25 rows of 3 kB, 5 ms apart (WAL, synchronous=NORMAL), alternating', rows);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchCommitStalls();
