/**
 * @module The control API's body limit, answered from the headers whenever the length is declared.
 * Hono's bodyLimit reads `c.req.raw.body` even then, which turns @hono/node-server's light request into
 * a full web Request with a body stream: 5 % of the server's time at 500 deliveries/s, and the route's
 * `c.req.text()` then reads through that stream instead of straight from the socket.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HookbenchError } from '../errors.ts';

/**
 * Over `maxBytes`, a PAYLOAD_TOO_LARGE error (the API's 413). A declared length is trusted, since
 * Node's parser never passes on more than it; a chunked body is counted as it streams.
 * @example api.use('*', apiBodyLimit(maxApiBodyBytes))
 */
export function apiBodyLimit(maxBytes: number): MiddlewareHandler {
  const tooLarge = (): never => {
    throw new HookbenchError('PAYLOAD_TOO_LARGE', `the request body is over ${maxBytes} bytes`, { path: 'body' });
  };
  const streamed = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async function apiBodyLimitMiddleware(c, next) {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const declared = c.req.header('content-length');
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number.parseInt(declared, 10) > maxBytes) tooLarge();
      return next();
    }
    return streamed(c, next);
  };
}
