/** @module Reads a JSON request body for the Connectif mock: 400 E0101 when it is not JSON, 415 when it is not declared so. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { ConnectifApiError, errorCodes, fromZod, invalid } from './connectif-api-error.ts';

/**
 * The body, validated by `schema` (422 with validationErrors otherwise).
 * @example const patch = await readJson(c, contactPatchSchema)
 */
export async function readJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.output<T>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new ConnectifApiError(415, errorCodes.unsupportedMedia, `Send the body as application/json (got ${type || 'no Content-Type'}).`);
  }
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw new ConnectifApiError(400, errorCodes.badRequest, 'The body is not valid JSON.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalid(fromZod(parsed.error));
  return parsed.data;
}
