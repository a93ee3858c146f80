import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { planDeliveries } from '../delivery/plan-deliveries.ts';
import { createWorkbench } from '../workbench.ts';
import { migrate, migrations } from './migrations.ts';
import { openStore } from './open-store.ts';

/** A store file at the schema just before the migration that `marker` names, opened to be filled. */
function storeBefore(marker: string, name: string): { path: string; old: Database.Database } {
  const path = join(mkdtempSync(join(tmpdir(), 'hb-store-')), name);
  const old = new Database(path);
  const before = migrations.findIndex((sql) => sql.includes(marker));
  for (const sql of migrations.slice(0, before)) old.exec(sql);
  old.pragma(`user_version = ${before}`);
  return { path, old };
}

describe('openStore', () => {
  it('migrates a store written by an older hookbench without losing its deliveries', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'hb-store-')), 'old.db');
    const old = new Database(path);
    old.exec(migrations[0]!);
    old.pragma('user_version = 1');
    old.prepare(`INSERT INTO deliveries (id, provider, event, event_id, target, status, seed, data_now, set_json, faults_json,
        time_scale, retry_delays_json, timeout_ms, payload_json, created_at, updated_at)
      VALUES ('dlv_old', 'ploomes', 'Deals.Win', 'e', 'http://x/', 'succeeded', 1, '2026-01-01T00:00:00.000Z', '{}', '{}', 1, '[]',
        1000, '{"Action":"Win"}', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`).run();
    old.close();

    const store = openStore({ path });
    expect(store.deliveries.get('dlv_old')).toMatchObject({ payload: { Action: 'Win' }, settings: {}, status: 'succeeded' });
    expect(store.integrityCheck()).toBe('ok');
    store.close();
    const reopened = new Database(path, { readonly: true });
    expect(reopened.pragma('user_version', { simple: true })).toBe(migrations.length);
    reopened.close();
  });

  it('moves mock records out of the WITHOUT ROWID table keeping every record, its order and its upsert', () => {
    const { path, old } = storeBefore('mock_records_rowid', 'before-rowid.db');
    const insert = old.prepare('INSERT INTO mock_records (provider, collection, id, seq, data_json, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    // Ids sort against their seq, so a copy in key order would show up as a reordered page.
    for (let seq = 1; seq <= 30; seq++) insert.run('ploomes', 'Contacts', String(1000 - seq), seq, JSON.stringify({ Id: 1000 - seq, Name: `c${seq}` }), '2026-01-01T00:00:00.000Z');
    insert.run('hubspot', 'contacts', '1', 1, '{"id":"1"}', '2026-01-01T00:00:00.000Z');
    old.close();

    const store = openStore({ path });
    const contacts = store.mocks.records('ploomes');
    expect(contacts.list('Contacts', { offset: 5, limit: 3 })).toEqual({ items: [6, 7, 8].map((seq) => ({ Id: 1000 - seq, Name: `c${seq}` })), total: 30 });
    expect(store.mocks.records('hubspot').get('contacts', '1')).toEqual({ id: '1' });
    contacts.put('Contacts', '999', { Id: 999, Name: 'renamed' });
    contacts.put('Contacts', '2000', { Id: 2000, Name: 'new' });
    expect(contacts.list('Contacts', { offset: 0, limit: 1 }).items).toEqual([{ Id: 999, Name: 'renamed' }]);
    expect(contacts.list('Contacts', { offset: 30, limit: 5 })).toEqual({ items: [{ Id: 2000, Name: 'new' }], total: 31 });
    expect(store.integrityCheck()).toBe('ok');
    store.close();

    const reopened = new Database(path, { readonly: true });
    const table = reopened.prepare("SELECT sql FROM sqlite_schema WHERE name = 'mock_records'").get() as { sql: string };
    expect(table.sql).not.toMatch(/WITHOUT ROWID/);
    const plan = reopened.prepare('EXPLAIN QUERY PLAN SELECT data_json FROM mock_records WHERE provider = ? AND collection = ? ORDER BY seq LIMIT 10').all('a', 'b') as { detail: string }[];
    expect(plan.map((p) => p.detail).join('; ')).toMatch(/USING INDEX mock_records_in_order/);
    reopened.close();
  });

  it('moves attempts out of the WITHOUT ROWID table keeping every attempt, its order and its cascade', () => {
    const { path, old } = storeBefore('attempts_rowid', 'before-attempts-rowid.db');
    const delivery = old.prepare(`INSERT INTO deliveries (id, provider, event, event_id, target, status, seed, data_now, set_json, faults_json,
        time_scale, retry_delays_json, timeout_ms, payload_json, created_at, updated_at, attempt_count)
      VALUES (?, 'ploomes', 'Deals.Win', 'e', 'http://x/', 'succeeded', 1, '2026-01-01T00:00:00.000Z', '{}', '{}', 1, '[]',
        1000, '{}', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 2)`);
    const attempt = old.prepare(`INSERT INTO attempts (delivery_id, n, started_at, duration_ms, request_json, response_json, error_code,
        error_message, ok, next_retry_at, next_retry_delay_ms, faults_json) VALUES (?, ?, ?, 3, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const id of ['dlv_b', 'dlv_a']) {
      delivery.run(id);
      const request = (n: number) => JSON.stringify({ method: 'POST', url: `http://x/${id}/${n}`, headers: { 'X-N': String(n) }, body: `{"n":${n}}` });
      // The retry first, so a copy in insertion order would list it first.
      attempt.run(id, 2, '2026-01-01T00:00:02.000Z', request(2), JSON.stringify({ status: 200, statusText: 'OK', headers: {}, body: 'ok', bodyEncoding: 'utf8', bodyBytes: 2, truncated: false }), null, null, 1, null, null, null);
      attempt.run(id, 1, '2026-01-01T00:00:01.000Z', request(1), null, 'TIMEOUT', 'no response within 1000 ms', 0, '2026-01-01T00:00:02.000Z', 1000, '["slow"]');
    }
    old.close();

    const store = openStore({ path });
    expect(store.deliveries.get('dlv_a')?.attempts).toEqual([
      {
        n: 1,
        startedAt: '2026-01-01T00:00:01.000Z',
        durationMs: 3,
        request: { method: 'POST', url: 'http://x/dlv_a/1', headers: { 'X-N': '1' }, body: '{"n":1}' },
        error: { code: 'TIMEOUT', message: 'no response within 1000 ms' },
        ok: false,
        faults: ['slow'],
        nextRetryAt: '2026-01-01T00:00:02.000Z',
        nextRetryDelayMs: 1000,
      },
      {
        n: 2,
        startedAt: '2026-01-01T00:00:02.000Z',
        durationMs: 3,
        request: { method: 'POST', url: 'http://x/dlv_a/2', headers: { 'X-N': '2' }, body: '{"n":2}' },
        response: { status: 200, statusText: 'OK', headers: {}, body: 'ok', bodyEncoding: 'utf8', bodyBytes: 2, truncated: false },
        ok: true,
      },
    ]);
    expect(store.integrityCheck()).toBe('ok');
    store.close();

    const db = new Database(path);
    db.pragma('foreign_keys = ON');
    const schema = (name: string) => (db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(name) as { sql: string } | undefined)?.sql;
    expect(schema('attempts')).not.toMatch(/WITHOUT ROWID/);
    expect(schema('deliveries_pending')).toBeUndefined();
    // An attempt still goes with its delivery, and still needs one.
    db.prepare("DELETE FROM deliveries WHERE id = 'dlv_b'").run();
    expect(db.prepare("SELECT COUNT(*) FROM attempts WHERE delivery_id = 'dlv_b'").pluck().get()).toBe(0);
    expect(() => db.prepare("INSERT INTO attempts (delivery_id, n, started_at, request_json) VALUES ('dlv_none', 1, 'x', '{}')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO attempts (delivery_id, n, started_at, request_json) VALUES ('dlv_a', 1, 'x', '{}')").run()).toThrow(/UNIQUE/);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM attempts WHERE delivery_id = ? ORDER BY n').all('dlv_a') as { detail: string }[];
    expect(plan.map((p) => p.detail).join('; ')).toMatch(/USING INDEX sqlite_autoindex_attempts/);
    expect(plan.map((p) => p.detail).join('; ')).not.toMatch(/TEMP B-TREE/);
    db.close();
  });

  it('refuses a store from a newer hookbench, saying what to do', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'hb-store-')), 'new.db');
    const db = new Database(path);
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();
    expect(() => openStore({ path })).toThrow(/written by a newer hookbench.*upgrade hookbench or use another --db/);
  });

  it('pages the list filtered by event through an index, not a scan of every delivery', () => {
    const db = new Database(':memory:');
    migrate(db);
    // The list query's shape (delivery-repository.ts): one filter, newest first, a page.
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT seq FROM deliveries WHERE event = ? ORDER BY seq DESC LIMIT 51').all('Deals.Win') as { detail: string }[];
    expect(plan.map((p) => p.detail).join('; ')).toMatch(/USING (COVERING )?INDEX deliveries_by_event/);
    expect(plan.map((p) => p.detail).join('; ')).not.toMatch(/TEMP B-TREE/);
  });

  it('spaces its commits only while its overlap watch has seen work side by side', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'performance'] });
    const bench = createWorkbench({ dbPath: ':memory:', defaultTarget: 'http://127.0.0.1:9/' });
    try {
      const { store } = bench;
      const committed: number[] = [];
      const write = (seed: number) => {
        const plan = planDeliveries({ registry: bench.registry, settingsFor: bench.settingsFor, defaultTarget: 'http://127.0.0.1:9/', defaultTimeScale: 1, input: { provider: 'ploomes', event: 'Deals.Win', seed } });
        store.deliveries.insertMany(plan.deliveries);
        store.afterCommit(() => committed.push(seed));
      };
      write(1);
      vi.advanceTimersByTime(0);
      vi.advanceTimersByTime(1);
      write(2);
      vi.advanceTimersByTime(0);
      // 1 ms after the previous commit, but nothing ran side by side: committed at the turn's end.
      expect(committed).toEqual([1, 2]);

      const ends = [store.overlap.begin('requests'), store.overlap.begin('requests')];
      ends.forEach((end) => end());
      vi.advanceTimersByTime(1);
      write(3);
      vi.advanceTimersByTime(0);
      expect(committed).toEqual([1, 2]);
      vi.advanceTimersByTime(3);
      expect(committed).toEqual([1, 2, 3]);
    } finally {
      vi.useRealTimers();
      await bench.close();
    }
  });
});
