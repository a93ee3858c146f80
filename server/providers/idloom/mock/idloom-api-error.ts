/**
 * @module The idloom mock's failures and their bodies. idloom documents no error format; its v4 API
 * answers `{data: […]}` with `meta.last_page`, the shape of Laravel API resources, so errors are
 * answered as Laravel does: `{"message": "…"}`, and for validation `{"message", "errors": {field: [..]}}`
 * [inferred].
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { JsonObject } from '../../../util/json.ts';

/** A response the mock answers with; thrown from routes, turned into JSON by `idloomErrorResponse`. */
export class IdloomApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly body: JsonObject;
  readonly headers: Record<string, string>;
  constructor(status: ContentfulStatusCode, body: JsonObject, headers: Record<string, string> = {}) {
    super(typeof body.message === 'string' ? body.message : `idloom mock error ${status}`);
    this.name = 'IdloomApiError';
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

export const unauthenticated = () => new IdloomApiError(401, { message: 'Unauthenticated.' });

export const notFound = (what: string) => new IdloomApiError(404, { message: `${what} not found.` });

/**
 * Laravel's validation failure: the first message, then every message by field.
 * @example invalid({ page_size: ['The page size field must be an integer.'] })
 */
export function invalid(errors: Record<string, string[]>): IdloomApiError {
  const messages = Object.values(errors).flat();
  const first = messages[0] ?? 'The given data was invalid.';
  const more = messages.length > 1 ? ` (and ${messages.length - 1} more error${messages.length > 2 ? 's' : ''})` : '';
  return new IdloomApiError(422, { message: `${first}${more}`, errors });
}

/** The mock's onError: its own failures as JSON; anything else is a bug, answered as Laravel's 500. */
export function idloomErrorResponse(err: Error, c: Context): Response {
  if (err instanceof IdloomApiError) return c.json(err.body, err.status, err.headers);
  console.error(`hookbench: idloom mock failed on ${c.req.method} ${new URL(c.req.url).pathname}: ${err.message}`);
  return c.json({ message: 'Server Error' }, 500);
}
