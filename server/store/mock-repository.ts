/** @module The mock APIs' state in SQLite: seeded records per provider and collection, and webhook subscriptions. */
import type Database from 'better-sqlite3';
import { newId } from '../util/ids.ts';
import type { MockRecords, MockSubscription, MockSubscriptions } from '../providers/mock-types.ts';
import type { JsonObject } from '../util/json.ts';

export interface MockRepository {
  records(provider: string): MockRecords;
  subscriptions(provider: string): MockSubscriptions;
  /** Whether the provider's data set was seeded already. */
  isSeeded(provider: string): boolean;
  /** Stores a data set in one transaction and marks the provider seeded. */
  seed(provider: string, collections: Record<string, { id: string; record: JsonObject }[]>): void;
  /** Forgets the provider's records, subscriptions and seeding. */
  reset(provider: string): void;
}

interface SubscriptionRow {
  id: string;
  provider: string;
  target: string;
  events_json: string | null;
  settings_json: string;
  faults_json: string;
  meta_json: string;
  active: number;
  created_at: string;
}

const fromRow = (row: SubscriptionRow): MockSubscription => ({
  id: row.id,
  provider: row.provider,
  target: row.target,
  events: row.events_json ? JSON.parse(row.events_json) : null,
  settings: JSON.parse(row.settings_json),
  faults: JSON.parse(row.faults_json),
  meta: JSON.parse(row.meta_json),
  active: row.active === 1,
  createdAt: row.created_at,
});

export function createMockRepository(db: Database.Database): MockRepository {
  const page = db.prepare<[string, string, number, number], { data_json: string }>(
    'SELECT data_json FROM mock_records WHERE provider = ? AND collection = ? ORDER BY seq LIMIT ? OFFSET ?',
  );
  const count = db.prepare<[string, string], { n: number }>('SELECT COUNT(*) AS n FROM mock_records WHERE provider = ? AND collection = ?');
  const one = db.prepare<[string, string, string], { data_json: string }>('SELECT data_json FROM mock_records WHERE provider = ? AND collection = ? AND id = ?');
  const maxSeq = db.prepare<[string, string], { seq: number | null }>('SELECT MAX(seq) AS seq FROM mock_records WHERE provider = ? AND collection = ?');
  const upsert = db.prepare(`INSERT INTO mock_records (provider, collection, id, seq, data_json, updated_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (provider, collection, id) DO UPDATE SET data_json = excluded.data_json, updated_at = excluded.updated_at`);
  const remove = db.prepare('DELETE FROM mock_records WHERE provider = ? AND collection = ? AND id = ?');
  const ids = db.prepare<[string, string], { id: string }>('SELECT id FROM mock_records WHERE provider = ? AND collection = ?');
  const seeded = db.prepare<[string], { provider: string }>('SELECT provider FROM mock_seeded WHERE provider = ?');
  const markSeeded = db.prepare('INSERT OR REPLACE INTO mock_seeded (provider, seeded_at) VALUES (?, ?)');

  const subSelectAll = db.prepare<[string], SubscriptionRow>('SELECT * FROM mock_subscriptions WHERE provider = ? ORDER BY created_at, id');
  const subSelect = db.prepare<[string, string], SubscriptionRow>('SELECT * FROM mock_subscriptions WHERE provider = ? AND id = ?');
  const subInsert = db.prepare(`INSERT INTO mock_subscriptions (id, provider, target, events_json, settings_json, faults_json, meta_json, active, created_at)
    VALUES (@id, @provider, @target, @events, @settings, @faults, @meta, @active, @createdAt)`);
  const subUpdate = db.prepare(`UPDATE mock_subscriptions SET target = @target, events_json = @events, settings_json = @settings,
    faults_json = @faults, meta_json = @meta, active = @active WHERE provider = @provider AND id = @id`);
  const subDelete = db.prepare('DELETE FROM mock_subscriptions WHERE provider = ? AND id = ?');

  // Each provider's data set has a version, moved by every write to it; an answer kept by memo() is
  // good while the version it was built at is current.
  const versions = new Map<string, number>();
  const changed = (provider: string) => versions.set(provider, (versions.get(provider) ?? 0) + 1);
  const kept = new Map<string, Map<string, { version: number; text: string }>>();
  const keptPerProvider = 256;
  const memo = (provider: string, key: string, build: () => string): string => {
    const version = versions.get(provider) ?? 0;
    const hit = kept.get(provider)?.get(key);
    if (hit?.version === version) return hit.text;
    const text = build();
    // Built inside an open transaction, the answer may show writes a failed commit takes back: not kept.
    if (!db.inTransaction) {
      let answers = kept.get(provider);
      if (!answers) kept.set(provider, (answers = new Map()));
      if (answers.size >= keptPerProvider) answers.clear();
      answers.set(key, { version, text });
    }
    return text;
  };

  const put = (provider: string, collection: string, id: string, record: JsonObject) => {
    changed(provider);
    const exists = one.get(provider, collection, id);
    const seq = exists ? 0 : (maxSeq.get(provider, collection)?.seq ?? 0) + 1;
    upsert.run(provider, collection, id, seq, JSON.stringify(record), new Date().toISOString());
  };
  const toRow = (s: MockSubscription) => ({
    id: s.id,
    provider: s.provider,
    target: s.target,
    events: s.events ? JSON.stringify(s.events) : null,
    settings: JSON.stringify(s.settings),
    faults: JSON.stringify(s.faults),
    meta: JSON.stringify(s.meta),
    active: s.active ? 1 : 0,
    createdAt: s.createdAt,
  });

  return {
    records: (provider) => ({
      list(collection, { offset = 0, limit = 50 } = {}) {
        return {
          items: page.all(provider, collection, limit, offset).map((r) => JSON.parse(r.data_json) as JsonObject),
          total: count.get(provider, collection)?.n ?? 0,
        };
      },
      all: (collection) => page.all(provider, collection, -1, 0).map((r) => JSON.parse(r.data_json) as JsonObject),
      get(collection, id) {
        const row = one.get(provider, collection, String(id));
        return row ? (JSON.parse(row.data_json) as JsonObject) : undefined;
      },
      put: (collection, id, record) => put(provider, collection, String(id), record),
      delete: (collection, id) => {
        changed(provider);
        return remove.run(provider, collection, String(id)).changes > 0;
      },
      nextId(collection, start = 1) {
        const numeric = ids.all(provider, collection).map((r) => Number(r.id)).filter(Number.isFinite);
        return Math.max(start - 1, ...numeric) + 1;
      },
      memo: (key, build) => memo(provider, key, build),
    }),

    subscriptions: (provider) => ({
      list: () => subSelectAll.all(provider).map(fromRow),
      get(id) {
        const row = subSelect.get(provider, id);
        return row ? fromRow(row) : undefined;
      },
      create(input) {
        const subscription: MockSubscription = {
          id: newId('sub'),
          provider,
          target: input.target,
          events: input.events,
          settings: input.settings ?? {},
          faults: input.faults ?? {},
          meta: input.meta ?? {},
          active: input.active ?? true,
          createdAt: new Date().toISOString(),
        };
        subInsert.run(toRow(subscription));
        return subscription;
      },
      update(id, patch) {
        const row = subSelect.get(provider, id);
        if (!row) return undefined;
        const next = { ...fromRow(row), ...patch };
        subUpdate.run(toRow(next));
        return next;
      },
      delete: (id) => subDelete.run(provider, id).changes > 0,
    }),

    isSeeded: (provider) => seeded.get(provider) !== undefined,

    seed: (provider, collections) =>
      db.transaction(() => {
        changed(provider);
        for (const [collection, records] of Object.entries(collections)) {
          records.forEach(({ id, record }, i) => upsert.run(provider, collection, id, i + 1, JSON.stringify(record), new Date().toISOString()));
        }
        markSeeded.run(provider, new Date().toISOString());
      })(),

    reset: (provider) =>
      db.transaction(() => {
        changed(provider);
        db.prepare('DELETE FROM mock_records WHERE provider = ?').run(provider);
        db.prepare('DELETE FROM mock_subscriptions WHERE provider = ?').run(provider);
        db.prepare('DELETE FROM mock_seeded WHERE provider = ?').run(provider);
      })(),
  };
}
