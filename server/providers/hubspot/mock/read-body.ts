/** @module A request's JSON body checked against a zod schema, refused the way HubSpot refuses bad input. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { HubSpotApiError, invalidInput } from './hubspot-errors.ts';

/**
 * @example const { properties } = await readBody(c, z.object({ properties: z.record(z.string(), z.string()) }))
 */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let json: unknown;
  try {
    json = JSON.parse(await c.req.text());
  } catch (e) {
    // HubSpot names the parser's reason; so does the mock, in its own words.
    throw new HubSpotApiError(400, `Invalid input JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidInput(`${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
