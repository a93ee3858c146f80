/**
 * @module Query and path parameters as Parallel's `api/rest/params.ts` parses them: comma-separated
 * arrays, `parseInt` numbers, typed global ids, and its `InvalidParameter` (422) wording.
 */
import { fromGlobalId } from '../global-id.ts';
import { invalidParameter } from './api-error.ts';

type Location = 'query' | 'path';

/** A global id of one of `types`; the database number is what the mock keys on. */
export function idParam(value: string | undefined, name: string, types: readonly string[], location: Location = 'path'): { type: string; id: number } {
  if (value === undefined) throw invalidParameter(name, value, location, 'Parameter is missing but it is required');
  try {
    const decoded = fromGlobalId(value);
    if (types.includes(decoded.type)) return decoded;
  } catch {
    // Same answer as a well-formed id of the wrong type.
  }
  throw invalidParameter(name, value, location, 'Value is not a valid ID');
}

/** `parseInt`, as Parallel's intParam does ("10abc" is 10); bounds checked in its words. */
export function intParam(value: string | undefined, name: string, { min, max, fallback }: { min?: number; max?: number; fallback?: number }): number {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw invalidParameter(name, value, 'query', 'Parameter is missing but it is required');
  }
  const n = Number.parseInt(value, 10);
  if (Number.isNaN(n)) throw invalidParameter(name, value, 'query', 'Value must be an integer');
  if (min !== undefined && n < min) throw invalidParameter(name, value, 'query', `Value must be greater or equal than ${min}`);
  if (max !== undefined && n > max) throw invalidParameter(name, value, 'query', `Value must be lower or equal than ${max}`);
  return n;
}

/** Arrays are one comma-separated value (`explode: false`); `\,` escapes a comma. */
export function listParam(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(/(?<!\\),/).map((part) => part.replace(/\\,/g, ','));
}

export function enumListParam<T extends string>(value: string | undefined, name: string, values: readonly T[]): T[] | undefined {
  const parts = listParam(value);
  for (const part of parts ?? []) {
    if (!(values as readonly string[]).includes(part)) {
      throw invalidParameter(name, value, 'query', `Value must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
    }
  }
  return parts as T[] | undefined;
}

export function booleanParam(value: string | undefined, name: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (value !== 'true' && value !== 'false') throw invalidParameter(name, value, 'query', 'Value must be "true" or "false"');
  return value === 'true';
}

/**
 * `offset` (default 0) and `limit` (required, at most 100), Parallel's `paginationParams()`.
 * @example pageParams({ limit: '10' }) // { offset: 0, limit: 10 }
 */
export function pageParams(query: Record<string, string | undefined>): { offset: number; limit: number } {
  return {
    offset: intParam(query.offset, 'offset', { min: 0, fallback: 0 }),
    limit: intParam(query.limit, 'limit', { min: 0, max: 100 }),
  };
}

/** Sorts by `sortBy` values like `createdAt_DESC` (first key wins, then the next); stable otherwise. */
export function sortRecords<T extends Record<string, unknown>>(items: T[], sortBy: readonly string[] | undefined): T[] {
  if (!sortBy?.length) return items;
  const keys = sortBy.map((s) => {
    const [field = '', direction] = s.split('_');
    return { field, sign: direction === 'DESC' ? -1 : 1 };
  });
  return [...items].sort((a, b) => {
    for (const { field, sign } of keys) {
      const order = String(a[field] ?? '').localeCompare(String(b[field] ?? ''));
      if (order !== 0) return order * sign;
    }
    return 0;
  });
}
