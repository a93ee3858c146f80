/**
 * @module HubSpot's error answers: `{status: "error", message, correlationId, category, …}`, with the
 * correlation id also in `X-HubSpot-Correlation-Id` and `X-Request-Id`, as every HubSpot response has.
 */
import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { JsonObject, JsonValue } from '../../../util/json.ts';

/** A refused call: routes throw it, the mock's onError answers it in HubSpot's format. */
export class HubSpotApiError extends Error {
  readonly status: ContentfulStatusCode;
  /** `category` and whatever else the body carries (errors, context, subCategory). */
  readonly details: JsonObject;
  constructor(status: ContentfulStatusCode, message: string, details: JsonObject = {}) {
    super(message);
    this.name = 'HubSpotApiError';
    this.status = status;
    this.details = details;
  }
}

const ids = new WeakMap<Request, string>();

/** One correlation id per request, shared by the body and the headers. */
export function correlationIdOf(c: Context): string {
  let id = ids.get(c.req.raw);
  if (!id) ids.set(c.req.raw, (id = randomUUID()));
  return id;
}

/** Writes the correlation headers on every response of the mock. */
export const correlationHeaders: MiddlewareHandler = async function correlationHeaders(c, next) {
  await next();
  const id = correlationIdOf(c);
  c.res.headers.set('X-HubSpot-Correlation-Id', id);
  c.res.headers.set('X-Request-Id', id);
};

/** HubSpot's JSON: compact, `application/json;charset=utf-8`. */
export function hubspotJson(c: Context, body: JsonValue, status: ContentfulStatusCode = 200, headers: Record<string, string> = {}): Response {
  return c.body(JSON.stringify(body), status, { 'Content-Type': 'application/json;charset=utf-8', ...headers });
}

/**
 * @example hubspotError(c, new HubSpotApiError(404, 'resource not found'))
 */
export function hubspotError(c: Context, error: HubSpotApiError): Response {
  return hubspotJson(c, { status: 'error', message: error.message, correlationId: correlationIdOf(c), ...error.details }, error.status);
}

/** The mock's onError: HubSpot's shape for refusals, and for anything unexpected a 500 in the same shape. */
export function onHubSpotError(error: Error, c: Context): Response {
  if (error instanceof HubSpotApiError) return hubspotError(c, error);
  return hubspotError(c, new HubSpotApiError(500, `internal error: ${error.message}`, { category: 'INTERNAL_ERROR' }));
}

export const notFound = (message = 'resource not found'): HubSpotApiError => new HubSpotApiError(404, message);

/** 400 VALIDATION_ERROR with one entry per invalid property, as HubSpot lists them. */
export function propertyErrors(failures: readonly { name: string; error: string; message: string; value?: string }[]): HubSpotApiError {
  const listed = failures.map((f) => ({ isValid: false, message: f.message, error: f.error, name: f.name, ...(f.value !== undefined ? { propertyValue: f.value } : {}) }));
  return new HubSpotApiError(400, `Property values were not valid: ${JSON.stringify(listed)}`, {
    errors: failures.map((f) => ({ message: f.message, code: f.error, context: { propertyName: [f.name] } })),
    category: 'VALIDATION_ERROR',
  });
}

export const invalidInput = (message: string): HubSpotApiError => new HubSpotApiError(400, `Invalid input JSON: ${message}`, { category: 'VALIDATION_ERROR' });
