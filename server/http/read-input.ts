/** @module Validated request input: JSON bodies and query strings through zod, errors naming the path. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { HookbenchError } from '../errors.ts';
import { jsonHazard } from '../util/json.ts';
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
  // Before the schema: its recursion would overflow the stack on a deep body (a 500), and it would quietly drop a __proto__ key.
  const hazard = jsonHazard(value, '');
  if (hazard) throw new HookbenchError('INVALID_INPUT', `${hazard.path || 'body'}: ${hazard.message}`, { path: hazard.path || 'body' });
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw zodIssuesToError(parsed.error, '', { wholeInput: 'body' });
  return parsed.data;
}

/** A body read as far as a limit allows: its bytes, or how much was seen when it was over. */
export type LimitedBody = { tooLarge: false; bytes: Buffer } | { tooLarge: true; size: number };

/**
 * Reads the body up to `maxBytes` (the sink and the mock APIs, which take any content type). A declared
 * Content-Length over the limit is refused unread; an undeclared one is read only until it passes the
 * limit, so a runaway chunked upload cannot fill the memory. What was read stays readable by the route.
 * @example const body = await readBodyUpTo(c, 1024 * 1024); if (body.tooLarge) return c.json(…, 413)
 */
export async function readBodyUpTo(c: Context, maxBytes: number): Promise<LimitedBody> {
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > maxBytes) return { tooLarge: true, size: declared };
  const reader = c.req.raw.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) {
    size += next.value.byteLength;
    if (size > maxBytes) {
      reader?.cancel().catch(() => undefined);
      return { tooLarge: true, size };
    }
    chunks.push(next.value);
  }
  const bytes = Buffer.concat(chunks);
  // The route reads the body again (c.req.json()): hand it the bytes already read.
  const bodyless = c.req.method === 'GET' || c.req.method === 'HEAD';
  c.req.raw = new Request(c.req.raw.url, { method: c.req.method, headers: c.req.raw.headers, ...(bodyless ? {} : { body: bytes }) });
  return { tooLarge: false, bytes };
}

/** "25 MiB (26214400 bytes)": the limit as a person reads it, and exactly. */
export const describeLimit = (bytes: number): string => `${bytes / (1024 * 1024)} MiB (${bytes} bytes)`;

export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw zodIssuesToError(parsed.error, 'query');
  return parsed.data;
}
