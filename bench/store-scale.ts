/**
 * @module With 100,000 deliveries recorded: the server's RSS, list-page query times and streamed export
 * times over the HTTP API, each against the same on a 1,000-delivery store and against a raw SELECT
 * of the same rows, in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { printTable } from './measure.ts';
import { populateStore } from './populate-store.ts';
import { percentile, round, rssMiB, spawnServe, type ServeProcess } from './spawn-server.ts';

/**
 * GETs `url` on a fresh connection (a kept-alive one may be closed by the server as it idles, between
 * phases), draining the body; resolves with [ms to the last byte, bytes].
 */
export function timedGet(url: string): Promise<[number, number]> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => ((res.statusCode ?? 0) >= 300 ? reject(new Error(`${url} answered ${res.statusCode}`)) : resolve([performance.now() - start, bytes])));
    });
    req.on('error', reject);
  });
}

async function medianMs(url: string, runs: number): Promise<number> {
  for (let i = 0; i < 2; i++) await timedGet(url);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timedGet(url))[0]);
  return percentile(times.sort((a, b) => a - b), 50);
}

function medianOf(fn: () => void, runs: number): number {
  for (let i = 0; i < 2; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return percentile(times.sort((a, b) => a - b), 50);
}

interface Store {
  count: number;
  dir: string;
  server: ServeProcess;
  db: Database.Database;
  /** The list queries the inspector sends, as [label, query string, the SELECT the page needs]. */
  queries: [string, string, () => unknown][];
}

function queriesFor(db: Database.Database): Store['queries'] {
  const { n } = db.prepare('SELECT COUNT(*) AS n FROM deliveries').get() as { n: number };
  const { seq: minSeq } = db.prepare('SELECT MIN(seq) AS seq FROM deliveries').get() as { seq: number };
  // A deep page: 95 % of the way to the oldest delivery.
  const deepSeq = minSeq + Math.round(n * 0.05);
  const cursor = Buffer.from(`d:${deepSeq}`).toString('base64url');
  // A free-text search a user pastes: part of an event id from the middle of the store (few rows match, every row is read).
  const { event_id: eventId } = db.prepare('SELECT event_id FROM deliveries WHERE seq = ?').get(minSeq + Math.floor(n / 2)) as { event_id: string };
  const q = eventId.slice(-10);
  const like = `%${q}%`;
  const cols = 'seq, id, provider, event, event_id, target, status, seed, data_now, faults_json, time_scale, retry_delays_json, timeout_ms, replay_of, duplicate_of, batch_id, created_at, updated_at, attempt_count, next_attempt_at, last_status, last_error, last_duration_ms';
  const first = db.prepare(`SELECT ${cols} FROM deliveries ORDER BY seq DESC LIMIT 51`);
  const filtered = db.prepare(`SELECT ${cols} FROM deliveries WHERE provider = ? AND status = ? ORDER BY seq DESC LIMIT 51`);
  const deep = db.prepare(`SELECT ${cols} FROM deliveries WHERE seq < ? ORDER BY seq DESC LIMIT 51`);
  const search = db.prepare(`SELECT ${cols} FROM deliveries WHERE id LIKE ? OR event LIKE ? OR event_id LIKE ? OR target LIKE ? ORDER BY seq DESC LIMIT 51`);
  return [
    ['first page (50)', 'limit=50', () => first.all()],
    ['filtered (provider+status)', 'provider=ploomes&status=failed&limit=50', () => filtered.all('ploomes', 'failed')],
    ['deep cursor page', `limit=50&cursor=${cursor}`, () => deep.all(deepSeq)],
    [`free text q=${q}`, `q=${encodeURIComponent(q)}&limit=50`, () => search.all(like, like, like, like)],
  ];
}

/** Records `count` deliveries in a new store, or opens `existing` (a store this benchmark filled before), and serves it. */
async function openStore(count: number, opened: Store[], existing?: string): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'hookbench-scale-'));
  const dbPath = existing ?? join(dir, 'hb.db');
  if (!existing) {
    let last = 0;
    const rate = await populateStore(dbPath, count, (done) => {
      if (count >= 20_000 && done - last >= 20_000) {
        last = done;
        process.stderr.write(`  populating: ${done}/${count}\n`);
      }
    });
    process.stderr.write(`  ${count} deliveries recorded at ${Math.round(rate)}/s\n`);
  }
  const server = await spawnServe({ dbPath, cwd: dir });
  const db = new Database(dbPath, { readonly: true });
  const store = { count: (db.prepare('SELECT COUNT(*) AS n FROM deliveries').get() as { n: number }).n, dir, server, db, queries: queriesFor(db) };
  opened.push(store);
  return store;
}

/** Streams an export to nowhere, sampling the server's RSS meanwhile; [ms, bytes, peak RSS MiB]. */
async function exportRun(store: Store, format: string): Promise<[number, number, number]> {
  let peak = rssMiB(store.server.pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(store.server.pid))), 100);
  try {
    const [ms, bytes] = await timedGet(`${store.server.url}/api/export?format=${format}`);
    return [ms, bytes, Math.max(peak, rssMiB(store.server.pid))];
  } finally {
    clearInterval(sampler);
  }
}

/** The reference for an export: reading the same rows and attempts with raw SELECTs, no JSON, no HTTP. */
function rawExportRead(db: Database.Database): number {
  const start = performance.now();
  const attempts = db.prepare('SELECT * FROM attempts WHERE delivery_id = ? ORDER BY n');
  let bytes = 0;
  for (const row of db.prepare('SELECT * FROM deliveries ORDER BY seq DESC').iterate() as Iterable<{ id: string; payload_json: string }>) {
    bytes += row.payload_json.length;
    for (const a of attempts.all(row.id) as { request_json: string }[]) bytes += a.request_json.length;
  }
  if (bytes === 0) throw new Error('the raw read found nothing');
  return performance.now() - start;
}

export async function benchStoreScale({
  count: wanted = 100_000,
  reference = 1000,
  runs = 15,
  existing,
}: { count?: number; reference?: number; runs?: number; existing?: string | undefined } = {}): Promise<void> {
  process.stderr.write(`store scale: recording ${existing ? `(big store: ${existing})` : wanted} and ${reference} deliveries (the engine's plan, prepare and record path)…\n`);
  const opened: Store[] = [];
  try {
    const big = await openStore(wanted, opened, existing);
    const small = await openStore(reference, opened);
    const count = big.count;
    const rows: (string | number)[][] = [['measure', `${count}`, `${reference}`, 'ratio big/small', 'raw SELECT ms (big)', 'ratio API/raw']];
    rows.push(['server RSS after start (MiB)', round(rssMiB(big.server.pid), 1), round(rssMiB(small.server.pid), 1), round(rssMiB(big.server.pid) / rssMiB(small.server.pid)), '', '']);
    for (const [i, [label, query, raw]] of big.queries.entries()) {
      const bigMs = await medianMs(`${big.server.url}/api/deliveries?${query}`, runs);
      const smallMs = await medianMs(`${small.server.url}/api/deliveries?${small.queries[i]![1]}`, runs);
      const rawMs = medianOf(raw, runs);
      rows.push([`GET list: ${label} (median ms)`, round(bigMs), round(smallMs), round(bigMs / smallMs), round(rawMs, 3), round(bigMs / rawMs, 1)]);
    }
    rows.push(['server RSS after list queries (MiB)', round(rssMiB(big.server.pid), 1), round(rssMiB(small.server.pid), 1), round(rssMiB(big.server.pid) / rssMiB(small.server.pid)), '', '']);
    const rawMs = rawExportRead(big.db);
    for (const format of ['ndjson', 'har']) {
      const [bigMs, bigBytes, bigPeak] = await exportRun(big, format);
      const [smallMs, , smallPeak] = await exportRun(small, format);
      // Per delivery, so the ratio says whether an export's cost grows faster than the store.
      const perBig = (bigMs * 1000) / count;
      const perSmall = (smallMs * 1000) / reference;
      rows.push([`export ${format}: total ms (${round(bigBytes / 2 ** 20, 0)} MiB)`, round(bigMs, 0), round(smallMs, 1), '', round(rawMs, 0), round(bigMs / rawMs, 1)]);
      rows.push([`export ${format}: µs per delivery`, round(perBig, 1), round(perSmall, 1), round(perBig / perSmall), '', '']);
      rows.push([`export ${format}: peak server RSS (MiB)`, round(bigPeak, 1), round(smallPeak, 1), round(bigPeak / smallPeak), '', '']);
    }
    printTable(`Store scale: ${count} recorded deliveries against ${reference} (file-backed store, \`hookbench serve\` in a child process, HTTP API)`, rows);
  } finally {
    for (const store of opened) {
      store.db.close();
      await store.server.stop();
      rmSync(store.dir, { recursive: true, force: true });
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  // --store=FILE reuses a store filled by an earlier run (see populate-store.ts) instead of recording anew.
  await benchStoreScale({ count: Number(arg('count') ?? 100_000), reference: Number(arg('reference') ?? 1000), existing: arg('store') });
}
