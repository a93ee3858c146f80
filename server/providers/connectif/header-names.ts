/** @module Which header names a user may give Connectif as static headers. */
import { z } from 'zod';

/** An HTTP header name (RFC 9110 token). */
export const headerNameSchema = z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'an HTTP header name like X-Api-Key');

// Set by the HTTP client from the request itself; a static value would break the request.
const reserved = new Set(['host', 'content-length', 'content-type', 'connection', 'transfer-encoding', 'expect', 'te', 'upgrade', 'trailer', 'keep-alive']);

/**
 * Why `name` cannot be a static header, or undefined when it can.
 * @example reservedHeaderProblem('Content-Length') // '"Content-Length" is set by the HTTP client …'
 */
export function reservedHeaderProblem(name: string): string | undefined {
  return reserved.has(name.toLowerCase()) ? `"${name}" is set by the HTTP client from the request itself; pick another header name` : undefined;
}
