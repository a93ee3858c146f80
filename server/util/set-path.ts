/** @module `--set PATH=VALUE` overrides: dot paths into a JSON value, applied without mutating it. */
import { HookbenchError } from '../errors.ts';
import { isJsonObject, type JsonValue } from './json.ts';

/** A map of dot paths (`New.Phones.0.PhoneNumber`) to the values to put there. */
export type SetOverrides = Record<string, JsonValue>;

/**
 * Returns a copy of `value` with every override written at its path. Missing objects on the way are
 * created; walking into a string or number is an error naming the path. With no overrides, `value`
 * itself comes back.
 * @example applySet({ New: { Name: 'a' } }, { 'New.Name': 'ACME' }) // { New: { Name: 'ACME' } }
 */
export function applySet(value: JsonValue, overrides: SetOverrides, pathPrefix = 'set'): JsonValue {
  // Nothing to write, nothing to copy: cloning every generated payload cost more than generating it.
  if (Object.keys(overrides).length === 0) return value;
  let result = structuredClone(value);
  for (const [path, replacement] of Object.entries(overrides)) {
    result = writePath(result, splitPath(path, pathPrefix), replacement, `${pathPrefix}.${path}`);
  }
  return result;
}

export function splitPath(path: string, where = 'set'): string[] {
  const segments = path.split('.');
  if (path === '' || segments.some((s) => s === '')) {
    throw new HookbenchError('INVALID_INPUT', `"${path}" is not a valid path: use dot-separated keys like New.Name`, {
      path: where,
    });
  }
  // Writing through __proto__ would change Object.prototype for the whole process, not the payload.
  if (segments.includes('__proto__')) {
    throw new HookbenchError('INVALID_INPUT', `"${path}" is not a valid path: "__proto__" cannot be set`, { path: where });
  }
  return segments;
}

/** Reads the value at a path, or undefined when any step is missing. */
export function readPath(value: JsonValue, segments: readonly string[]): JsonValue | undefined {
  let current: JsonValue | undefined = value;
  for (const segment of segments) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isJsonObject(current)) current = Object.hasOwn(current, segment) ? current[segment] : undefined;
    else return undefined;
  }
  return current;
}

function writePath(root: JsonValue, segments: string[], replacement: JsonValue, where: string): JsonValue {
  const [head, ...rest] = segments;
  if (head === undefined) return replacement;
  if (Array.isArray(root)) {
    const index = Number(head);
    if (!Number.isInteger(index) || index < 0 || index > root.length) {
      throw new HookbenchError('INVALID_INPUT', `${where}: "${head}" is not an index of an array of ${root.length}`, {
        path: where,
      });
    }
    root[index] = writePath(root[index] ?? {}, rest, replacement, where);
    return root;
  }
  if (isJsonObject(root)) {
    // Own keys only: "constructor" or "toString" name a new field, never what the prototype holds.
    root[head] = writePath((Object.hasOwn(root, head) ? root[head] : undefined) ?? {}, rest, replacement, where);
    return root;
  }
  if (root === null) {
    // A null on the way (Old on a create) becomes an object: the user asked for a value there.
    return writePath({}, segments, replacement, where);
  }
  throw new HookbenchError('INVALID_INPUT', `${where}: cannot set "${head}" inside a ${typeof root}`, { path: where });
}

/**
 * Parses one `PATH=VALUE` flag. VALUE is JSON when it parses as JSON (numbers, booleans, null, objects),
 * otherwise the raw string: `--set New.Name=ACME` and `--set New.Amount=10.5` both do what they look like.
 */
export function parseSetFlag(flag: string, where = '--set'): [string, JsonValue] {
  const eq = flag.indexOf('=');
  if (eq <= 0) {
    throw new HookbenchError('INVALID_INPUT', `${where} "${flag}" must look like PATH=VALUE, e.g. New.Name=ACME`, {
      path: where,
    });
  }
  const path = flag.slice(0, eq);
  splitPath(path, where);
  const raw = flag.slice(eq + 1);
  try {
    return [path, JSON.parse(raw) as JsonValue];
  } catch {
    return [path, raw];
  }
}

/**
 * `--setting signatureVersion=v1 --setting entityIds.Tasks=13` as a nested object of overrides.
 * @example overridesFromFlags(['a.b=1']) // { a: { b: 1 } }
 */
export function overridesFromFlags(flags: readonly string[], where = '--setting'): Record<string, JsonValue> {
  const entries = Object.fromEntries(flags.map((flag) => parseSetFlag(flag, where)));
  return applySet({}, entries, where) as Record<string, JsonValue>;
}
