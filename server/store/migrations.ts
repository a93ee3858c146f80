/** @module The schema, as an append-only list of migrations tracked in PRAGMA user_version. */
import type Database from 'better-sqlite3';

/** Never edit a shipped migration: append a new one. */
export const migrations: readonly string[] = [
  `
  CREATE TABLE deliveries (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    provider TEXT NOT NULL,
    event TEXT NOT NULL,
    event_id TEXT NOT NULL,
    target TEXT NOT NULL,
    status TEXT NOT NULL,
    seed INTEGER NOT NULL,
    data_now TEXT NOT NULL,
    set_json TEXT NOT NULL,
    faults_json TEXT NOT NULL,
    time_scale REAL NOT NULL,
    retry_delays_json TEXT NOT NULL,
    timeout_ms INTEGER NOT NULL,
    payload_json TEXT NOT NULL,
    replay_of TEXT,
    duplicate_of TEXT,
    batch_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    attempt_count INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_status INTEGER,
    last_error TEXT,
    last_duration_ms REAL
  );
  CREATE INDEX deliveries_by_provider ON deliveries (provider, seq);
  CREATE INDEX deliveries_by_status ON deliveries (status, seq);
  CREATE INDEX deliveries_pending ON deliveries (next_attempt_at) WHERE status IN ('queued', 'delivering', 'retrying');

  CREATE TABLE attempts (
    delivery_id TEXT NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    duration_ms REAL,
    request_json TEXT NOT NULL,
    response_json TEXT,
    error_code TEXT,
    error_message TEXT,
    ok INTEGER,
    next_retry_at TEXT,
    next_retry_delay_ms INTEGER,
    PRIMARY KEY (delivery_id, n)
  ) WITHOUT ROWID;

  CREATE TABLE sink_requests (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    method TEXT NOT NULL,
    url TEXT NOT NULL,
    headers_json TEXT NOT NULL,
    body TEXT NOT NULL,
    body_encoding TEXT NOT NULL,
    body_bytes INTEGER NOT NULL,
    received_at TEXT NOT NULL,
    provider TEXT,
    verification_json TEXT,
    response_status INTEGER NOT NULL
  );

  CREATE TABLE credentials (
    provider TEXT PRIMARY KEY,
    data_json TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL,
    data_json TEXT NOT NULL,
    at TEXT NOT NULL
  );
  `,
  `ALTER TABLE deliveries ADD COLUMN settings_json TEXT NOT NULL DEFAULT '{}';`,
  `
  CREATE TABLE scenario_runs (
    batch_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    provider TEXT NOT NULL,
    seed INTEGER NOT NULL,
    steps_json TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX deliveries_by_batch ON deliveries (batch_id) WHERE batch_id IS NOT NULL;
  `,
  `ALTER TABLE attempts ADD COLUMN faults_json TEXT;`,
  `
  CREATE TABLE suite_runs (
    run_id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    suite_names_json TEXT NOT NULL,
    result_json TEXT,
    error_json TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  `,
  `ALTER TABLE deliveries ADD COLUMN edits_json TEXT;`,
  `
  CREATE TABLE mock_records (
    provider TEXT NOT NULL,
    collection TEXT NOT NULL,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data_json TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (provider, collection, id)
  ) WITHOUT ROWID;
  CREATE INDEX mock_records_in_order ON mock_records (provider, collection, seq);
  CREATE TABLE mock_subscriptions (
    id TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    target TEXT NOT NULL,
    events_json TEXT,
    settings_json TEXT NOT NULL,
    faults_json TEXT NOT NULL,
    meta_json TEXT NOT NULL,
    active INTEGER NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE mock_seeded (provider TEXT PRIMARY KEY, seeded_at TEXT NOT NULL);
  `,
  // The inbound list pages newest first (by seq) within a filter: each filter walks its own index.
  `
  CREATE INDEX sink_requests_by_name ON sink_requests (name, seq);
  CREATE INDEX sink_requests_by_provider ON sink_requests (provider, seq);
  CREATE INDEX sink_requests_by_method ON sink_requests (method, seq);
  CREATE INDEX sink_requests_by_time ON sink_requests (received_at);
  `,
  // Filtering the live list by event walked the whole table (15x slower at 100,000 deliveries than at
  // 1,000). An event never changes, so the index costs only the insert.
  `
  CREATE INDEX deliveries_by_event ON deliveries (event, seq);
  `,
  // Mock records (about 1.5 KB of JSON each) lived in a WITHOUT ROWID table, which SQLite advises only
  // for rows under a twentieth of a page: a page of ten Contacts read 5x slower than from a rowid table.
  `
  CREATE TABLE mock_records_rowid (
    provider TEXT NOT NULL,
    collection TEXT NOT NULL,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data_json TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (provider, collection, id)
  );
  INSERT INTO mock_records_rowid (provider, collection, id, seq, data_json, updated_at)
    SELECT provider, collection, id, seq, data_json, updated_at FROM mock_records ORDER BY provider, collection, seq;
  DROP TABLE mock_records;
  ALTER TABLE mock_records_rowid RENAME TO mock_records;
  CREATE INDEX mock_records_in_order ON mock_records (provider, collection, seq);
  `,
  // The write path, measured table by table (bench figures in docs/performance.md). An attempt holds its
  // request (headers and body, ~1.7 KB): as a WITHOUT ROWID table its insert and update cost twice what
  // they cost in a rowid table. `deliveries_pending` was never read by a query, and every status
  // change paid for it (12 % of a delivery row's writes).
  `
  CREATE TABLE attempts_rowid (
    delivery_id TEXT NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    duration_ms REAL,
    request_json TEXT NOT NULL,
    response_json TEXT,
    error_code TEXT,
    error_message TEXT,
    ok INTEGER,
    next_retry_at TEXT,
    next_retry_delay_ms INTEGER,
    faults_json TEXT,
    UNIQUE (delivery_id, n)
  );
  INSERT INTO attempts_rowid (delivery_id, n, started_at, duration_ms, request_json, response_json, error_code, error_message, ok,
      next_retry_at, next_retry_delay_ms, faults_json)
    SELECT delivery_id, n, started_at, duration_ms, request_json, response_json, error_code, error_message, ok,
      next_retry_at, next_retry_delay_ms, faults_json FROM attempts ORDER BY delivery_id, n;
  DROP TABLE attempts;
  ALTER TABLE attempts_rowid RENAME TO attempts;
  DROP INDEX deliveries_pending;
  `,
];

/** Applies the migrations the file has not seen yet, each in its own transaction. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(
      `the store was written by a newer hookbench (schema ${current}, this one knows ${migrations.length}); upgrade hookbench or use another --db`,
    );
  }
  migrations.slice(current).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + i + 1}`);
    })();
  });
}
