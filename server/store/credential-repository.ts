/** @module Per-provider credentials, generated once and kept in the store. */
import type Database from 'better-sqlite3';

export interface CredentialRepository {
  /** The stored JSON value, or undefined when the provider has none yet. */
  get(provider: string): unknown;
  put(provider: string, credentials: unknown): void;
}

export function createCredentialRepository(db: Database.Database): CredentialRepository {
  const select = db.prepare<[string], { data_json: string }>('SELECT data_json FROM credentials WHERE provider = ?');
  const upsert = db.prepare(`INSERT INTO credentials (provider, data_json, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (provider) DO UPDATE SET data_json = excluded.data_json, updated_at = excluded.updated_at`);
  return {
    get(provider) {
      const row = select.get(provider);
      return row ? (JSON.parse(row.data_json) as unknown) : undefined;
    },
    put(provider, credentials) {
      upsert.run(provider, JSON.stringify(credentials), new Date().toISOString());
    },
  };
}
