/** @module Requests received by the built-in sink (and calls to the mock APIs), stored with their announcement. */
import type Database from 'better-sqlite3';
import type { MessageOf } from '../messages.ts';
import type { SinkRequest, SinkRequestSummary } from '../sink/types.ts';
import type { MessageLog } from './message-log.ts';
import { cutPage, escapeLike, olderThan, seqCursor } from './seq-pages.ts';

/** What `GET /api/sink/requests` filters on; absent means "any". */
export interface SinkRequestFilter {
  /** The sink's name (`default`, …), or `mock` for calls to the mock APIs. */
  name?: string;
  /** The provider the sink recognised, or whose mock API was called. */
  provider?: string;
  /** Compared upper-case: `post` finds POST. */
  method?: string;
  /** Free text matched against the path and query, and the id. */
  q?: string;
  /** Received at or after this instant (ISO). */
  since?: string;
  limit: number;
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string;
}

export interface SinkRequestPage {
  items: SinkRequestSummary[];
  /** Requests the filter selects in all, this page and the ones after it included. */
  total: number;
  nextCursor?: string;
}

export interface SinkRepository {
  insert(request: SinkRequest): MessageOf<'sink.request'>;
  get(id: string): SinkRequest | undefined;
  /** Newest first, a page at a time: cursors follow the insertion order, so rows arriving meanwhile never shift a walk. */
  page(filter: SinkRequestFilter): SinkRequestPage;
  /** The first page's items alone (no count): what in-process callers and tests want. */
  list(filter: Omit<SinkRequestFilter, 'cursor'>): SinkRequestSummary[];
  clear(): MessageOf<'sink.cleared'>;
}

interface SinkRow {
  seq: number;
  id: string;
  name: string;
  method: string;
  url: string;
  headers_json?: string;
  body?: string;
  body_encoding: 'utf8' | 'base64';
  body_bytes: number;
  received_at: string;
  provider: string | null;
  verification_json: string | null;
  response_status: number;
}

/** Everything but the headers and body, which may be megabytes a row. */
const summaryColumns = 'seq, id, name, method, url, body_encoding, body_bytes, received_at, provider, verification_json, response_status';

const summaryOf = ({ body: _body, headers: _headers, ...rest }: SinkRequest): SinkRequestSummary => rest;

function summaryFromRow(row: SinkRow): SinkRequestSummary {
  return {
    id: row.id,
    name: row.name,
    method: row.method,
    url: row.url,
    bodyEncoding: row.body_encoding,
    bodyBytes: row.body_bytes,
    receivedAt: row.received_at,
    ...(row.provider ? { provider: row.provider } : {}),
    ...(row.verification_json ? { verification: JSON.parse(row.verification_json) } : {}),
    responseStatus: row.response_status,
  };
}

const fromRow = (row: SinkRow): SinkRequest => ({ ...summaryFromRow(row), headers: JSON.parse(row.headers_json ?? '{}'), body: row.body ?? '' });

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
    page: (filter) => listSinkRequests(db, filter, { count: true }),
    list: (filter) => listSinkRequests(db, filter, { count: false }).items,
    clear: () =>
      db.transaction(() => {
        const before = lastSeq.get()?.seq ?? 0;
        db.prepare('DELETE FROM sink_requests').run();
        db.prepare(`DELETE FROM messages WHERE type IN ('sink.request', 'sink.cleared')`).run();
        return log.append('sink.cleared', { before });
      })(),
  };
}

// A prefix of its own, so a deliveries cursor handed here is refused rather than misread.
const cursors = seqCursor('s', ' for sink requests');

function listSinkRequests(db: Database.Database, filter: SinkRequestFilter, { count }: { count: boolean }): SinkRequestPage {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.name) (where.push('name = ?'), params.push(filter.name));
  if (filter.provider) (where.push('provider = ?'), params.push(filter.provider));
  if (filter.method) (where.push('method = ?'), params.push(filter.method.toUpperCase()));
  if (filter.since) (where.push('received_at >= ?'), params.push(filter.since));
  if (filter.q) {
    const like = `%${escapeLike(filter.q)}%`;
    where.push(`(url LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\')`);
    params.push(like, like);
  }
  // Decoded before counting: a bad cursor is refused whatever else the query says.
  const cursor = filter.cursor === undefined ? undefined : cursors.decode(filter.cursor);
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = count ? (db.prepare(`SELECT COUNT(*) AS n FROM sink_requests ${whereSql}`).get(...params) as { n: number }).n : 0;

  const older = olderThan(whereSql, params, cursor);
  const rows = db.prepare(`SELECT ${summaryColumns} FROM sink_requests ${older.sql} ORDER BY seq DESC LIMIT ?`).all(...older.params, filter.limit + 1) as SinkRow[];
  const { page, nextCursor } = cutPage(rows, filter.limit, cursors);
  return { items: page.map(summaryFromRow), total, ...(nextCursor ? { nextCursor } : {}) };
}
