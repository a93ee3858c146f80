/** @module Deliveries and their attempts in SQLite; each change is stored with its announcement. */
import type Database from 'better-sqlite3';
import type {
  AttemptError,
  AttemptRequest,
  AttemptResponse,
  Delivery,
  DeliveryStatus,
  DeliverySummary,
} from '../delivery/types.ts';
import type { Faults } from '../delivery/faults.ts';
import type { MessageOf } from '../messages.ts';
import type { JsonValue } from '../util/json.ts';
import type { MessageLog } from './message-log.ts';
import { preparedBySql } from './prepared-by-sql.ts';
import { cutPage, escapeLike, olderThan, seqCursor } from './seq-pages.ts';
import { deliveryFromRow, summaryFromRow, attemptFromRow, type AttemptRow, type DeliveryRow } from './delivery-rows.ts';

/** What the engine decides when it creates a delivery. */
export type NewDelivery = Omit<Delivery, 'attempts' | 'attemptCount' | 'updatedAt' | 'lastStatus' | 'lastError' | 'lastDurationMs'>;

export interface StartedAttempt {
  deliveryId: string;
  n: number;
  startedAt: string;
  request: AttemptRequest;
  faults?: string[];
}

export interface FinishedAttempt {
  deliveryId: string;
  n: number;
  durationMs: number;
  ok: boolean;
  response?: AttemptResponse;
  error?: AttemptError;
  nextRetryAt?: string;
  nextRetryDelayMs?: number;
  /** The delivery's status after this attempt. */
  status: DeliveryStatus;
  /** Cancelled while this attempt was in flight, and it failed: lastError says CANCELLED. */
  cancelled?: boolean;
}

export interface DeliveryFilter {
  provider?: string;
  event?: string;
  status?: DeliveryStatus;
  /** Free text matched against id, event, event id and target. */
  q?: string;
  /** Deliveries to this target (exact, or a prefix ending in *). */
  target?: string;
  /** Created at or after this instant (ISO). */
  since?: string;
  batchId?: string;
  limit: number;
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string;
}

export interface DeliveryPage {
  items: DeliverySummary[];
  total: number;
  nextCursor?: string;
}

export interface DeliveryRepository {
  insert(delivery: NewDelivery): MessageOf<'delivery.created'>;
  /** Several at once, in one transaction (a burst). */
  insertMany(deliveries: readonly NewDelivery[]): MessageOf<'delivery.created'>[];
  startAttempt(input: StartedAttempt): MessageOf<'attempt.started'>;
  finishAttempt(input: FinishedAttempt): [MessageOf<'attempt.finished'>, MessageOf<'delivery.updated'>];
  /** Stops an unsettled delivery: failed, no retry pending, lastError CANCELLED; undefined when already settled. */
  cancel(id: string): MessageOf<'delivery.updated'> | undefined;
  /** Changes the status alone (e.g. a delay elapsed), announcing it. */
  setStatus(id: string, status: DeliveryStatus, nextAttemptAt?: string): MessageOf<'delivery.updated'>;
  get(id: string): Delivery | undefined;
  list(filter: DeliveryFilter): DeliveryPage;
  /** Whole deliveries (every attempt) a page at a time, newest first, uncounted: what an export streams. */
  fullPage(filter: DeliveryFilter): { items: Delivery[]; nextCursor?: string };
  /** Deliveries not yet settled: what a restarted engine must resume. */
  unsettled(): Delivery[];
  /** Ids of a batch's deliveries that have not settled (to cancel a burst or a scenario run). */
  unsettledIdsOfBatch(batchId: string): string[];
  clear(): MessageOf<'deliveries.cleared'>;
  count(): number;
}

const summaryColumns = `id, provider, event, event_id, target, status, seed, data_now, faults_json, time_scale,
  retry_delays_json, timeout_ms, replay_of, duplicate_of, batch_id, created_at, updated_at, attempt_count,
  next_attempt_at, last_status, last_error, last_duration_ms`;

/**
 * `transaction` wraps each write; the store passes its turn transactions, so one event-loop turn's
 * writes share a commit.
 */
export function createDeliveryRepository(
  db: Database.Database,
  log: MessageLog,
  transaction: <A extends unknown[], R>(fn: (...args: A) => R) => (...args: A) => R = (fn) => db.transaction(fn),
): DeliveryRepository {
  // RETURNING gives each change's announcement without a second query.
  const insertRow = db.prepare<Record<string, unknown>, DeliveryRow>(`INSERT INTO deliveries (id, provider, event, event_id, target, status, seed, data_now,
      set_json, settings_json, faults_json, time_scale, retry_delays_json, timeout_ms, payload_json, replay_of, duplicate_of,
      batch_id, created_at, updated_at, next_attempt_at, edits_json)
    VALUES (@id, @provider, @event, @eventId, @target, @status, @seed, @dataNow, @set, @settings, @faults, @timeScale,
      @retryDelays, @timeoutMs, @payload, @replayOf, @duplicateOf, @batchId, @createdAt, @createdAt, @nextAttemptAt, @edits)
    RETURNING ${summaryColumns}`);
  const insertAttempt = db.prepare(`INSERT INTO attempts (delivery_id, n, started_at, request_json, faults_json) VALUES (?, ?, ?, ?, ?)`);
  const markDelivering = db.prepare(
    `UPDATE deliveries SET status = 'delivering', attempt_count = ?, next_attempt_at = NULL, updated_at = ? WHERE id = ?`,
  );
  const finishAttemptRow = db.prepare(`UPDATE attempts SET duration_ms = @durationMs, response_json = @response,
      error_code = @errorCode, error_message = @errorMessage, ok = @ok, next_retry_at = @nextRetryAt,
      next_retry_delay_ms = @nextRetryDelayMs WHERE delivery_id = @deliveryId AND n = @n`);
  const finishDeliveryRow = db.prepare<Record<string, unknown>, DeliveryRow>(`UPDATE deliveries SET status = @status, next_attempt_at = @nextRetryAt,
      last_status = @lastStatus, last_error = @errorCode, last_duration_ms = @durationMs, updated_at = @updatedAt
    WHERE id = @deliveryId RETURNING ${summaryColumns}`);
  const setStatusRow = db.prepare<[string, string | null, string, string], DeliveryRow>(
    `UPDATE deliveries SET status = ?, next_attempt_at = ?, updated_at = ? WHERE id = ? RETURNING ${summaryColumns}`,
  );
  const cancelRow = db.prepare<[string, string], DeliveryRow>(`UPDATE deliveries SET status = 'failed', next_attempt_at = NULL, last_error = 'CANCELLED', updated_at = ?
    WHERE id = ? AND status IN ('queued', 'delivering', 'retrying') RETURNING ${summaryColumns}`);
  const selectDelivery = db.prepare<[string], DeliveryRow>(`SELECT * FROM deliveries WHERE id = ?`);
  const selectAttempts = db.prepare<[string], AttemptRow>(`SELECT * FROM attempts WHERE delivery_id = ? ORDER BY n`);
  const selectAttemptsOf = db.prepare<[string], AttemptRow>(
    `SELECT * FROM attempts WHERE delivery_id IN (SELECT value FROM json_each(?)) ORDER BY delivery_id, n`,
  );
  const selectUnsettled = db.prepare<[], DeliveryRow>(
    `SELECT * FROM deliveries WHERE status IN ('queued', 'delivering', 'retrying') ORDER BY seq`,
  );
  const countAll = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM deliveries');
  const selectUnsettledOfBatch = db.prepare<[string], { id: string }>(
    `SELECT id FROM deliveries WHERE batch_id = ? AND status IN ('queued', 'delivering', 'retrying') ORDER BY seq`,
  );
  const lastDeliverySeq = db.prepare<[], { seq: number | null }>('SELECT MAX(seq) AS seq FROM deliveries');
  const deleteAll = db.prepare('DELETE FROM deliveries');
  const deleteAttempts = db.prepare('DELETE FROM attempts');
  const deleteMessages = db.prepare(
    `DELETE FROM messages WHERE type IN ('delivery.created', 'attempt.started', 'attempt.finished', 'delivery.updated', 'deliveries.cleared')`,
  );

  // The list and export queries, whose SQL depends on the filter.
  const prepared = preparedBySql(db);

  const summaryOf = (row: DeliveryRow | undefined, id: string): DeliverySummary => {
    if (!row) throw new Error(`delivery ${id} vanished from the store`);
    return summaryFromRow(row);
  };

  const insertOne = (d: NewDelivery): MessageOf<'delivery.created'> => {
    const row = insertRow.get({
      id: d.id,
      provider: d.provider,
      event: d.event,
      eventId: d.eventId,
      target: d.target,
      status: d.status,
      seed: d.seed,
      dataNow: d.dataNow,
      set: JSON.stringify(d.set),
    settings: JSON.stringify(d.settings),
    edits: d.edits ? JSON.stringify(d.edits) : null,
      faults: JSON.stringify(d.faults satisfies Faults),
      timeScale: d.timeScale,
      retryDelays: JSON.stringify(d.retryDelaysMs),
      timeoutMs: d.timeoutMs,
      payload: JSON.stringify(d.payload satisfies JsonValue),
      replayOf: d.replayOf ?? null,
      duplicateOf: d.duplicateOf ?? null,
      batchId: d.batchId ?? null,
      createdAt: d.createdAt,
      nextAttemptAt: d.nextAttemptAt ?? null,
    });
    return log.append('delivery.created', summaryOf(row, d.id));
  };

  const startOne = ({ deliveryId, n, startedAt, request, faults }: StartedAttempt): MessageOf<'attempt.started'> => {
    insertAttempt.run(deliveryId, n, startedAt, JSON.stringify(request), faults?.length ? JSON.stringify(faults) : null);
    markDelivering.run(n, startedAt, deliveryId);
    return log.append('attempt.started', { deliveryId, n, startedAt, method: request.method, url: request.url });
  };

  const finishOne = (a: FinishedAttempt): [MessageOf<'attempt.finished'>, MessageOf<'delivery.updated'>] => {
    const row = {
      deliveryId: a.deliveryId,
      n: a.n,
      durationMs: a.durationMs,
      response: a.response ? JSON.stringify(a.response) : null,
      errorCode: a.error?.code ?? null,
      errorMessage: a.error?.message ?? null,
      ok: a.ok ? 1 : 0,
      nextRetryAt: a.nextRetryAt ?? null,
      nextRetryDelayMs: a.nextRetryDelayMs ?? null,
    };
    finishAttemptRow.run(row);
    const updated = finishDeliveryRow.get({
      ...row,
      ...(a.cancelled ? { errorCode: 'CANCELLED' } : {}),
      status: a.status,
      lastStatus: a.response?.status ?? null,
      updatedAt: new Date().toISOString(),
    });
    const finished = log.append('attempt.finished', {
      deliveryId: a.deliveryId,
      n: a.n,
      durationMs: a.durationMs,
      ok: a.ok,
      ...(a.response ? { status: a.response.status } : {}),
      ...(a.error ? { error: a.error } : {}),
      ...(a.nextRetryAt ? { nextRetryAt: a.nextRetryAt, nextRetryDelayMs: a.nextRetryDelayMs ?? 0 } : {}),
    });
    return [finished, log.append('delivery.updated', summaryOf(updated, a.deliveryId))];
  };


  return {
    // Each transaction is built once: better-sqlite3 wraps a function per transaction() call.
    insert: transaction((d: NewDelivery) => insertOne(d)),
    insertMany: transaction((list: readonly NewDelivery[]) => list.map((d) => insertOne(d))),

    startAttempt: transaction(startOne),
    finishAttempt: transaction(finishOne),

    cancel: transaction((id: string) => {
      const row = cancelRow.get(new Date().toISOString(), id);
      return row ? log.append('delivery.updated', summaryFromRow(row)) : undefined;
    }),

    setStatus: transaction((id: string, status: DeliveryStatus, nextAttemptAt?: string) =>
      log.append('delivery.updated', summaryOf(setStatusRow.get(status, nextAttemptAt ?? null, new Date().toISOString(), id), id)),
    ),

    get(id) {
      const row = selectDelivery.get(id);
      return row ? deliveryFromRow(row, selectAttempts.all(id).map(attemptFromRow)) : undefined;
    },

    list: (filter) => listDeliveries(prepared, filter),

    fullPage(filter) {
      const { sql, params } = pageQuery(filter);
      const rows = prepared(`SELECT * FROM deliveries ${sql} ORDER BY seq DESC LIMIT ?`).all(...params, filter.limit + 1) as (DeliveryRow & { seq: number })[];
      const { page, nextCursor } = cutPage(rows, filter.limit, cursors);
      // One query for the page's attempts rather than one per delivery.
      const attempts = new Map<string, AttemptRow[]>();
      for (const row of selectAttemptsOf.all(JSON.stringify(page.map((r) => r.id)))) {
        const list = attempts.get(row.delivery_id);
        if (list) list.push(row);
        else attempts.set(row.delivery_id, [row]);
      }
      return {
        items: page.map((row) => deliveryFromRow(row, (attempts.get(row.id) ?? []).map(attemptFromRow))),
        ...(nextCursor ? { nextCursor } : {}),
      };
    },

    unsettledIdsOfBatch: (batchId) => selectUnsettledOfBatch.all(batchId).map((r) => r.id),

    unsettled: () => selectUnsettled.all().map((row) => deliveryFromRow(row, selectAttempts.all(row.id).map(attemptFromRow))),

    clear: transaction(() => {
      const before = lastDeliverySeq.get()?.seq ?? 0;
      deleteAttempts.run();
      deleteAll.run();
      // Resuming clients must not see deleted deliveries come back from the log.
      deleteMessages.run();
      return log.append('deliveries.cleared', { before });
    }),

    count: () => countAll.get()?.n ?? 0,
  };
}

const cursors = seqCursor('d');

/** The WHERE clause a filter selects (without the cursor). */
function filterWhere(filter: DeliveryFilter): { whereSql: string; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.provider) (where.push('provider = ?'), params.push(filter.provider));
  if (filter.event) (where.push('event = ?'), params.push(filter.event));
  if (filter.status) (where.push('status = ?'), params.push(filter.status));
  if (filter.target) {
    if (filter.target.endsWith('*')) (where.push(`target LIKE ? ESCAPE '\\'`), params.push(`${escapeLike(filter.target.slice(0, -1))}%`));
    else (where.push('target = ?'), params.push(filter.target));
  }
  if (filter.since) (where.push('created_at >= ?'), params.push(filter.since));
  if (filter.batchId) (where.push('batch_id = ?'), params.push(filter.batchId));
  if (filter.q) {
    const like = `%${escapeLike(filter.q)}%`;
    where.push(`(id LIKE ? ESCAPE '\\' OR event LIKE ? ESCAPE '\\' OR event_id LIKE ? ESCAPE '\\' OR target LIKE ? ESCAPE '\\')`);
    params.push(like, like, like, like);
  }
  return { whereSql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** The WHERE clause of one page: the filter's, and older than the cursor. */
function pageQuery(filter: DeliveryFilter): { sql: string; params: (string | number)[]; cursor: number | undefined } {
  const { whereSql, params } = filterWhere(filter);
  const cursor = filter.cursor ? cursors.decode(filter.cursor) : undefined;
  return { ...olderThan(whereSql, params, cursor), cursor };
}

function listDeliveries(prepared: (sql: string) => Database.Statement, filter: DeliveryFilter): DeliveryPage {
  const { sql, params, cursor } = pageQuery(filter);
  const rows = prepared(`SELECT seq, ${summaryColumns} FROM deliveries ${sql} ORDER BY seq DESC LIMIT ?`)
    .all(...params, filter.limit + 1) as (DeliveryRow & { seq: number })[];
  // A first page that holds every match is its own count: a search for one id scans the table once, not twice.
  const { whereSql, params: filterParams } = filterWhere(filter);
  const total =
    cursor === undefined && rows.length <= filter.limit
      ? rows.length
      : (prepared(`SELECT COUNT(*) AS n FROM deliveries ${whereSql}`).get(...filterParams) as { n: number }).n;
  const { page, nextCursor } = cutPage(rows, filter.limit, cursors);
  return { items: page.map(summaryFromRow), total, ...(nextCursor ? { nextCursor } : {}) };
}
