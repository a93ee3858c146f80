/** @module The JSON value type and a parser that fails with a path-naming error. */
import { z } from 'zod';
import { HookbenchError } from '../errors.ts';

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export const jsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValueSchema), z.record(z.string(), jsonValueSchema)]),
);

export const isJsonObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses JSON text; `where` names the source (a file, a flag) in the error. */
export function parseJson(text: string, where: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new HookbenchError('INVALID_JSON', `${where} is not valid JSON: ${detail}`, { path: where });
  }
}
