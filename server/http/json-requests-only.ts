/**
 * @module Mutating API requests that declare a body must declare JSON: the content types an HTML form or
 * `navigator.sendBeacon` can send cross-site without a preflight (form-urlencoded, multipart, text/plain)
 * are refused before any route runs, even on routes that read no body (rotate, cancel, reset).
 */
import type { MiddlewareHandler } from 'hono';
import { HookbenchError } from '../errors.ts';

const mutating = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const json = /^application\/([\w.+-]*\+)?json\b/i;

/**
 * @example api.use('*', jsonRequestsOnly())
 */
export function jsonRequestsOnly(): MiddlewareHandler {
  return async function jsonRequestsOnlyMiddleware(c, next) {
    const type = c.req.header('content-type');
    if (mutating.has(c.req.method) && type !== undefined && !json.test(type)) {
      throw new HookbenchError('UNSUPPORTED_MEDIA_TYPE', `send the body as JSON with Content-Type: application/json, or no body at all (got "${type}")`, {
        path: 'headers.content-type',
      });
    }
    await next();
  };
}
