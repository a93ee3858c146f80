import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from './open-store.ts';

describe('sink requests in the store', () => {
  it('pages a filtered list by walking the filter’s index newest first, not by sorting the table', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'hb-sink-')), 'sink.db');
    openStore({ path }).close();
    const db = new Database(path, { readonly: true });
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    for (const [column, index] of [
      ['name', 'sink_requests_by_name'],
      ['provider', 'sink_requests_by_provider'],
      ['method', 'sink_requests_by_method'],
    ]) {
      const page = plan(`SELECT id FROM sink_requests WHERE ${column} = 'x' AND seq < 100 ORDER BY seq DESC LIMIT 51`);
      expect(page).toContain(`USING INDEX ${index}`);
      expect(page).not.toContain('TEMP B-TREE');
      expect(plan(`SELECT COUNT(*) FROM sink_requests WHERE ${column} = 'x'`)).toContain(`USING COVERING INDEX ${index}`);
    }
    expect(plan(`SELECT COUNT(*) FROM sink_requests WHERE received_at >= '2026-01-01'`)).toContain('sink_requests_by_time');
    db.close();
  });

  it('lists summaries without headers or bodies, newest first', () => {
    const store = openStore({ path: ':memory:' });
    for (const n of [1, 2, 3]) {
      store.sink.insert({
        id: `snk_${n}`, name: 'default', method: 'POST', url: `/sink/default/${n}`, headers: { 'X-N': String(n) }, body: 'x'.repeat(n),
        bodyEncoding: 'utf8', bodyBytes: n, receivedAt: `2026-01-01T00:00:0${n}.000Z`, responseStatus: 200,
      });
    }
    const page = store.sink.page({ limit: 2 });
    expect(page.items.map((r) => r.id)).toEqual(['snk_3', 'snk_2']);
    expect(page.items[0]).not.toHaveProperty('body');
    expect(page.items[0]).not.toHaveProperty('headers');
    expect(page.total).toBe(3);
    expect(store.sink.page({ limit: 2, cursor: page.nextCursor! })).toEqual({ items: [expect.objectContaining({ id: 'snk_1' })], total: 3 });
    expect(store.sink.get('snk_2')).toMatchObject({ headers: { 'X-N': '2' }, body: 'xx' });
    store.close();
  });
});
