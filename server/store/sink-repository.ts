/** @module Requests received by the built-in sink, stored with their announcement. */
import type Database from 'better-sqlite3';
import type { MessageOf } from '../messages.ts';
import type { SinkRequest, SinkRequestSummary } from '../sink/types.ts';
import type { MessageLog } from './message-log.ts';

export interface SinkRepository {
  insert(request: SinkRequest): MessageOf<'sink.request'>;
  get(id: string): SinkRequest | undefined;
  list(options: { name?: string; limit: number }): SinkRequestSummary[];
  clear(): MessageOf<'sink.cleared'>;
}

interface SinkRow {
  seq: number;
  id: string;
  name: string;
  method: string;
  url: string;
  headers_json: string;
  body: string;
  body_encoding: 'utf8' | 'base64';
  body_bytes: number;
  received_at: string;
  provider: string | null;
  verification_json: string | null;
  response_status: number;
}

const summaryOf = ({ body: _body, headers: _headers, ...rest }: SinkRequest): SinkRequestSummary => rest;

function fromRow(row: SinkRow): SinkRequest {
  return {
    id: row.id,
    name: row.name,
    method: row.method,
    url: row.url,
    headers: JSON.parse(row.headers_json),
    body: row.body,
    bodyEncoding: row.body_encoding,
    bodyBytes: row.body_bytes,
    receivedAt: row.received_at,
    ...(row.provider ? { provider: row.provider } : {}),
    ...(row.verification_json ? { verification: JSON.parse(row.verification_json) } : {}),
    responseStatus: row.response_status,
  };
}

export function createSinkRepository(db: Database.Database, log: MessageLog): SinkRepository {
  const insert = db.prepare(`INSERT INTO sink_requests (id, name, method, url, headers_json, body, body_encoding,
      body_bytes, received_at, provider, verification_json, response_status)
    VALUES (@id, @name, @method, @url, @headers, @body, @bodyEncoding, @bodyBytes, @receivedAt, @provider,
      @verification, @responseStatus)`);
  const select = db.prepare<[string], SinkRow>('SELECT * FROM sink_requests WHERE id = ?');
  const lastSeq = db.prepare<[], { seq: number | null }>('SELECT MAX(seq) AS seq FROM sink_requests');

  return {
    insert: (r) =>
      db.transaction(() => {
        insert.run({
          ...r,
          headers: JSON.stringify(r.headers),
          provider: r.provider ?? null,
          verification: r.verification ? JSON.stringify(r.verification) : null,
        });
        return log.append('sink.request', summaryOf(r));
      })(),
    get: (id) => {
      const row = select.get(id);
      return row ? fromRow(row) : undefined;
    },
    list: ({ name, limit }) => {
      const rows = (
        name
          ? db.prepare('SELECT * FROM sink_requests WHERE name = ? ORDER BY seq DESC LIMIT ?').all(name, limit)
          : db.prepare('SELECT * FROM sink_requests ORDER BY seq DESC LIMIT ?').all(limit)
      ) as SinkRow[];
      return rows.map((row) => summaryOf(fromRow(row)));
    },
    clear: () =>
      db.transaction(() => {
        const before = lastSeq.get()?.seq ?? 0;
        db.prepare('DELETE FROM sink_requests').run();
        db.prepare(`DELETE FROM messages WHERE type IN ('sink.request', 'sink.cleared')`).run();
        return log.append('sink.cleared', { before });
      })(),
  };
}
