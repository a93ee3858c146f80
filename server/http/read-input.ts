/** @module Validated request input: JSON bodies and query strings through zod, errors naming the path. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { HookbenchError } from '../errors.ts';
import { zodIssuesToError } from '../util/zod-error.ts';

/** Control API bodies are small; a suite or a payload over this is a mistake. */
export const maxApiBodyBytes = 10 * 1024 * 1024;

/**
 * The body as JSON, validated. Error paths name fields as CONTRACT.md does (`faults.duplicate`); a body
 * that is not declared as JSON is refused, which also stops cross-site "simple" form posts.
 */
export async function readJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const text = await c.req.text();
  const type = c.req.header('content-type') ?? '';
  if (text.trim() !== '' && !/^application\/([\w.+-]*\+)?json\b/i.test(type)) {
    throw new HookbenchError('UNSUPPORTED_MEDIA_TYPE', `send the body as JSON with Content-Type: application/json (got "${type || 'none'}")`, {
      path: 'headers.content-type',
    });
  }
  if (Buffer.byteLength(text) > maxApiBodyBytes) {
    throw new HookbenchError('PAYLOAD_TOO_LARGE', `the request body is over ${maxApiBodyBytes} bytes`, { path: 'body' });
  }
  let value: unknown = {};
  if (text.trim() !== '') {
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new HookbenchError('INVALID_JSON', `the request body is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { path: 'body' });
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw zodIssuesToError(parsed.error, '', { wholeInput: 'body' });
  return parsed.data;
}

export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw zodIssuesToError(parsed.error, 'query');
  return parsed.data;
}
