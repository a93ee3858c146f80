/** @module The one place HTTP turns errors into `{error: {code, message, path}}` responses. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isHookbenchError, type ErrorCode } from '../errors.ts';

const statusByCode: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  INVALID_JSON: 400,
  INVALID_INPUT: 422,
  INVALID_TEMPLATE: 422,
  INVALID_CONFIG: 422,
  NO_TARGET: 422,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  FORBIDDEN_HOST: 403,
  FORBIDDEN_ORIGIN: 403,
  UNAUTHORIZED: 401,
  BUSY: 429,
  STORE_ERROR: 500,
};

export function errorBody(code: string, message: string, path?: string) {
  return { error: { code, message, ...(path === undefined ? {} : { path }) } };
}

/** Unknown provider/event: 404 when the URL names it, 422 when a request body does. */
function statusFor(code: ErrorCode, method: string): ContentfulStatusCode {
  if (code === 'UNKNOWN_PROVIDER' || code === 'UNKNOWN_EVENT') return method === 'GET' ? 404 : 422;
  return statusByCode[code] ?? 500;
}

export function onError(err: Error, c: Context): Response {
  if (isHookbenchError(err)) {
    // Long enough for a few thousand deliveries to go out at the rates hookbench reaches.
    if (err.code === 'BUSY') c.header('Retry-After', '5');
    return c.json(errorBody(err.code, err.message, err.path), statusFor(err.code, c.req.method));
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return c.json(errorBody(status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INVALID_INPUT', err.message || 'bad request'), status);
  }
  // Never a stack trace to the client; the operator's terminal gets the message.
  console.error(`hookbench: unexpected error on ${c.req.method} ${new URL(c.req.url).pathname}: ${err.message}`);
  return c.json(errorBody('INTERNAL', 'hookbench failed on this request; the server log has the details'), 500);
}

export function notFound(c: Context): Response {
  return c.json(errorBody('NOT_FOUND', `no route ${c.req.method} ${new URL(c.req.url).pathname}`), 404);
}
