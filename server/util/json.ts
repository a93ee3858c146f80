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
  let value: JsonValue;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new HookbenchError('INVALID_JSON', `${where} is not valid JSON: ${detail}`, { path: where });
  }
  const hazard = jsonHazard(value, '');
  if (hazard) throw new HookbenchError('INVALID_INPUT', `${where} at ${hazard.path || '$'}: ${hazard.message}`, { path: where });
  return value;
}

/** Deeper than any provider's payload by far; past it, recursive validation would exhaust the stack. */
export const maxJsonDepth = 256;

/**
 * What in a parsed JSON value no schema should see: nesting past `maxDepth`, or a `__proto__` key (which
 * a validated copy would turn into a prototype, silently dropping the value). The path is dot-separated
 * under `root`; undefined when the value is fine.
 * @example jsonHazard(JSON.parse('{"a":{"__proto__":1}}'), 'body') // { path: 'body.a.__proto__', message: … }
 */
export function jsonHazard(value: unknown, root: string, maxDepth = maxJsonDepth): { path: string; message: string } | undefined {
  // Iterative: the point is to survive values nested deeper than the stack.
  const stack: { value: unknown; depth: number; path: string }[] = [{ value, depth: 0, path: root }];
  while (stack.length > 0) {
    const { value: current, depth, path } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    // The path to where the limit was hit would be hundreds of segments: the first few say where.
    if (depth >= maxDepth) return { path: path.split('.').slice(0, 4).join('.') || root, message: `nested deeper than ${maxDepth} levels` };
    for (const [key, child] of Object.entries(current)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (key === '__proto__') return { path: at, message: '"__proto__" is not allowed as a key' };
      stack.push({ value: child, depth: depth + 1, path: at });
    }
  }
  return undefined;
}
