/** @module Reads a write's JSON body, which must be an object (an empty body counts as `{}` where allowed). */
import type { Context } from 'hono';
import { isJsonObject, type JsonObject } from '../../../util/json.ts';
import { PloomesApiError } from './api-error.ts';

export async function readJsonObject(c: Context, { emptyAllowed = false } = {}): Promise<JsonObject> {
  const text = await c.req.text();
  if (text.trim() === '') {
    if (emptyAllowed) return {};
    throw new PloomesApiError(400, 'The request body is empty; send the record as a JSON object');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new PloomesApiError(400, `The request body is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isJsonObject(parsed)) throw new PloomesApiError(400, 'The request body must be a JSON object');
  return parsed;
}
