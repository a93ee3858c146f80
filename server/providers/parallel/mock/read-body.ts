/**
 * @module A JSON request body checked against a zod schema, failing the way Parallel's `JsonBody`
 * does: 422 `InvalidRequestBody`, "Invalid request body: Property at .path …" for the first issue.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { invalidBody } from './api-error.ts';

/**
 * @example const body = await readBody(c, createProfileSchema)
 */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const text = await c.req.text();
  if (text.trim() === '') throw invalidBody('Body is missing but it is required');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Parallel's express.json() would answer its own 400 page; the mock keeps the JSON error shape [inferred].
    throw invalidBody('Body is not valid JSON');
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') ?? '';
  // ajv's wording differs ("should be string"); the path reads the same [inferred].
  throw invalidBody(`Property at ${path} ${issue?.message ?? 'is invalid'}`);
}
