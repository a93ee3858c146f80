/** @module Delivery and Attempt: the record every face shows (CONTRACT.md "Delivery and attempt"). */
import { z } from 'zod';
import { jsonValueSchema } from '../util/json.ts';
import { faultsSchema } from './faults.ts';

export const deliveryStatuses = ['queued', 'delivering', 'retrying', 'succeeded', 'failed'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];
export const terminalStatuses: readonly DeliveryStatus[] = ['succeeded', 'failed'];

/** Attempt failures, named for what the receiver (or the network) did. */
export const attemptErrorCodes = [
  'TIMEOUT',
  'CONNECTION_REFUSED',
  'CONNECTION_RESET',
  'DNS',
  'TLS',
  'INVALID_HTTP',
  'TOO_LARGE',
  'INTERRUPTED',
  'DISCONNECTED',
  'NETWORK',
  'INTERNAL',
] as const;
export type AttemptErrorCode = (typeof attemptErrorCodes)[number];

const headersSchema = z.record(z.string(), z.string());

export const attemptRequestSchema = z.object({
  method: z.string(),
  url: z.string(),
  headers: headersSchema,
  body: z.string(),
});
export type AttemptRequest = z.infer<typeof attemptRequestSchema>;

export const attemptResponseSchema = z.object({
  status: z.number().int(),
  statusText: z.string(),
  headers: headersSchema,
  /** UTF-8 text, or base64 when `bodyEncoding` says so (binary responses). */
  body: z.string(),
  bodyEncoding: z.enum(['utf8', 'base64']),
  /** Bytes the receiver sent in all; only the first 1 MiB is kept. */
  bodyBytes: z.number().int(),
  truncated: z.boolean(),
});
export type AttemptResponse = z.infer<typeof attemptResponseSchema>;

export const attemptErrorSchema = z.object({ code: z.enum(attemptErrorCodes), message: z.string() });
export type AttemptError = z.infer<typeof attemptErrorSchema>;

export const attemptSchema = z.object({
  n: z.number().int().positive(),
  startedAt: z.string(),
  /** null while the attempt is in flight. */
  durationMs: z.number().nullable(),
  request: attemptRequestSchema,
  response: attemptResponseSchema.optional(),
  error: attemptErrorSchema.optional(),
  /** Whether the provider's policy counts this attempt as delivered. */
  ok: z.boolean().nullable(),
  /** The faults that shaped this attempt, e.g. ["signature=invalid", "disconnect"]. */
  faults: z.array(z.string()).optional(),
  /** When the next attempt is due (scaled by timeScale); absent when none follows. */
  nextRetryAt: z.string().optional(),
  /** The provider's real delay before the next attempt, before timeScale (ms). */
  nextRetryDelayMs: z.number().optional(),
});
export type Attempt = z.infer<typeof attemptSchema>;

export const deliverySchema = z.object({
  id: z.string(),
  provider: z.string(),
  event: z.string(),
  eventId: z.string(),
  target: z.string(),
  status: z.enum(deliveryStatuses),
  seed: z.number().int(),
  /** The data clock the payload was generated with (ISO). */
  dataNow: z.string(),
  set: z.record(z.string(), jsonValueSchema),
  /** This delivery's overrides of the provider's settings ({} when none). */
  settings: z.record(z.string(), jsonValueSchema),
  faults: faultsSchema,
  /** Hand edits: a raw body (signed as sent) and header changes applied after signing. */
  edits: z.object({ body: z.string().optional(), headers: z.record(z.string(), z.string().nullable()).optional() }).optional(),
  timeScale: z.number(),
  /** The retry schedule in force (real ms, before timeScale). */
  retryDelaysMs: z.array(z.number()),
  timeoutMs: z.number(),
  payload: jsonValueSchema,
  replayOf: z.string().optional(),
  duplicateOf: z.string().optional(),
  batchId: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  attemptCount: z.number().int(),
  nextAttemptAt: z.string().optional(),
  /** The last attempt's status or error code, for lists. */
  lastStatus: z.number().int().optional(),
  lastError: z.string().optional(),
  lastDurationMs: z.number().optional(),
  attempts: z.array(attemptSchema),
});
export type Delivery = z.infer<typeof deliverySchema>;

/** A delivery without its attempts and payload: what lists and WebSocket messages carry. */
export type DeliverySummary = Omit<Delivery, 'attempts' | 'payload' | 'set' | 'settings' | 'edits'>;
