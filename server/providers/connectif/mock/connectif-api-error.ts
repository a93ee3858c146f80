/**
 * @module Connectif's error body, `{status, title, detail, code, …extra}` (HttpError, attested with
 * E0103 for a product URL outside the account's domains); a 422 adds `validationErrors: [{path,
 * reason}]` [3rd-party]. Only E0103's meaning is known; the other codes are ours, in the same style
 * (E0401 was seen in a client without its meaning).
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { JsonObject } from '../../../util/json.ts';

export const errorCodes = {
  badRequest: 'E0101',
  validation: 'E0102',
  unauthorizedDomain: 'E0103',
  notFound: 'E0201',
  conflict: 'E0202',
  unauthorized: 'E0401',
  forbidden: 'E0403',
  tooLarge: 'E0413',
  unsupportedMedia: 'E0415',
  rateLimited: 'E0429',
  internal: 'E0500',
} as const;

const titles: Partial<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export interface ValidationError {
  path: string;
  reason: string;
}

/** A failure the mock answers with; `connectifErrorResponse` writes it. */
export class ConnectifApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly extra: JsonObject;
  constructor(status: ContentfulStatusCode, code: string, detail: string, extra: JsonObject = {}) {
    super(detail);
    this.name = 'ConnectifApiError';
    this.status = status;
    this.code = code;
    this.extra = extra;
  }

  body(): JsonObject {
    return { status: this.status, title: titles[this.status] ?? 'Error', detail: this.message, code: this.code, ...this.extra };
  }
}

export const notFound = (detail: string) => new ConnectifApiError(404, errorCodes.notFound, detail);

/**
 * @example invalid([{ path: 'contactEmail', reason: 'must be an email' }])
 */
export function invalid(validationErrors: readonly ValidationError[], detail = 'The request has validation errors.'): ConnectifApiError {
  return new ConnectifApiError(422, errorCodes.validation, detail, { validationErrors: validationErrors.map((e) => ({ ...e })) });
}

/** zod's issues as Connectif's validationErrors (`products.0.unitPrice`). */
export function fromZod(error: z.ZodError, prefix = ''): ValidationError[] {
  return error.issues.map((issue) => ({ path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)', reason: issue.message }));
}

/** The mock's onError: its own failures in Connectif's shape; anything else is a bug (500). */
export function connectifErrorResponse(err: Error, c: Context): Response {
  if (err instanceof ConnectifApiError) return c.json(err.body(), err.status);
  console.error(`hookbench: connectif mock failed on ${c.req.method} ${new URL(c.req.url).pathname}: ${err.message}`);
  return c.json(new ConnectifApiError(500, errorCodes.internal, 'Unexpected error.').body(), 500);
}
