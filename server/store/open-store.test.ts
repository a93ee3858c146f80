import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, migrations } from './migrations.ts';
import { openStore } from './open-store.ts';

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
});
