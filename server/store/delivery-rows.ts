/** @module Row ↔ record mapping for deliveries and attempts (snake_case columns, JSON text). */
import type { Attempt, Delivery, DeliveryStatus, DeliverySummary, AttemptError } from '../delivery/types.ts';

export interface DeliveryRow {
  id: string;
  provider: string;
  event: string;
  event_id: string;
  target: string;
  status: DeliveryStatus;
  seed: number;
  data_now: string;
  set_json?: string;
  settings_json?: string;
  edits_json?: string | null;
  faults_json: string;
  time_scale: number;
  retry_delays_json: string;
  timeout_ms: number;
  payload_json?: string;
  replay_of: string | null;
  duplicate_of: string | null;
  batch_id: string | null;
  created_at: string;
  updated_at: string;
  attempt_count: number;
  next_attempt_at: string | null;
  last_status: number | null;
  last_error: string | null;
  last_duration_ms: number | null;
}

export interface AttemptRow {
  delivery_id: string;
  n: number;
  started_at: string;
  duration_ms: number | null;
  request_json: string;
  response_json: string | null;
  error_code: string | null;
  error_message: string | null;
  ok: number | null;
  next_retry_at: string | null;
  next_retry_delay_ms: number | null;
  faults_json: string | null;
}

export function summaryFromRow(row: DeliveryRow): DeliverySummary {
  return {
    id: row.id,
    provider: row.provider,
    event: row.event,
    eventId: row.event_id,
    target: row.target,
    status: row.status,
    seed: row.seed,
    dataNow: row.data_now,
    faults: JSON.parse(row.faults_json),
    timeScale: row.time_scale,
    retryDelaysMs: JSON.parse(row.retry_delays_json),
    timeoutMs: row.timeout_ms,
    ...(row.replay_of ? { replayOf: row.replay_of } : {}),
    ...(row.duplicate_of ? { duplicateOf: row.duplicate_of } : {}),
    ...(row.batch_id ? { batchId: row.batch_id } : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    attemptCount: row.attempt_count,
    ...(row.next_attempt_at ? { nextAttemptAt: row.next_attempt_at } : {}),
    ...(row.last_status !== null ? { lastStatus: row.last_status } : {}),
    ...(row.last_error !== null ? { lastError: row.last_error } : {}),
    ...(row.last_duration_ms !== null ? { lastDurationMs: row.last_duration_ms } : {}),
  };
}

export function deliveryFromRow(row: DeliveryRow, attempts: Attempt[]): Delivery {
  return {
    ...summaryFromRow(row),
    set: JSON.parse(row.set_json ?? '{}'),
    settings: JSON.parse(row.settings_json ?? '{}'),
    ...(row.edits_json ? { edits: JSON.parse(row.edits_json) } : {}),
    payload: JSON.parse(row.payload_json ?? 'null'),
    attempts,
  };
}

export function attemptFromRow(row: AttemptRow): Attempt {
  return {
    n: row.n,
    startedAt: row.started_at,
    durationMs: row.duration_ms,
    request: JSON.parse(row.request_json),
    ...(row.response_json ? { response: JSON.parse(row.response_json) } : {}),
    ...(row.error_code ? { error: { code: row.error_code, message: row.error_message ?? '' } as AttemptError } : {}),
    ok: row.ok === null ? null : row.ok === 1,
    ...(row.faults_json ? { faults: JSON.parse(row.faults_json) as string[] } : {}),
    ...(row.next_retry_at ? { nextRetryAt: row.next_retry_at } : {}),
    ...(row.next_retry_delay_ms !== null ? { nextRetryDelayMs: row.next_retry_delay_ms } : {}),
  };
}
