/**
 * @module Parallel's REST errors: `{code, message}` with the status and code of each class in
 * Parallel's `api/rest/errors.ts` (research §1.6). Routes throw them; `errorResponse` writes them.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isHookbenchError } from '../../../errors.ts';

export const apiErrorCodes = {
  BadRequestError: 400,
  Unauthorized: 401,
  ForbiddenError: 403,
  ResourceNotFound: 404,
  Conflict: 409,
  InvalidParameter: 422,
  InvalidRequestBody: 422,
  TooManyRequests: 429,
  Unknown: 500,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ApiErrorCode = keyof typeof apiErrorCodes;

/**
 * One Parallel REST error.
 * @example throw new ParallelApiError('Unauthorized', 'API token is missing')
 */
export class ParallelApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: ContentfulStatusCode;
  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ParallelApiError';
    this.code = code;
    this.status = apiErrorCodes[code];
  }
}

/** What Parallel answers for an id it does not find or the token may not see: GraphQL FORBIDDEN. */
export const forbidden = (): ParallelApiError => new ParallelApiError('ForbiddenError', "You don't have access to this resource");

/** `Invalid query parameter "limit" with value <missing parameter>: …`, as InvalidParameterError words it. */
export function invalidParameter(name: string, value: string | undefined, location: 'query' | 'path', message: string): ParallelApiError {
  const shown = value === undefined ? '<missing parameter>' : JSON.stringify(value);
  return new ParallelApiError('InvalidParameter', `Invalid ${location} parameter ${JSON.stringify(name)} with value ${shown}: ${message}`);
}

export const invalidBody = (message: string): ParallelApiError => new ParallelApiError('InvalidRequestBody', `Invalid request body: ${message}`);

/** The `app.onError` of the mock: Parallel's body for its own errors, `Unknown` for anything else. */
export function errorResponse(error: Error, c: Context): Response {
  if (error instanceof ParallelApiError) return c.json({ code: error.code, message: error.message }, error.status);
  // A malformed global id deep in a helper is the caller's input, not a crash.
  if (isHookbenchError(error) && error.code === 'INVALID_INPUT') return c.json({ code: 'BadRequestError', message: error.message }, 400);
  return c.json({ code: 'Unknown', message: 'An unknown error happened' }, 500);
}
