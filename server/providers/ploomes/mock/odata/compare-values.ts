/**
 * @module How the mock's OData compares values: numbers as numbers, date-times as instants (Ploomes
 * writes them with an offset; a literal without one is São Paulo time), strings ordinally.
 */
import type { JsonValue } from '../../../../util/json.ts';

type Value = JsonValue | undefined;

const dateTime = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const saoPauloOffset = '-03:00';

/**
 * The instant a date or date-time string names; undefined for anything else.
 * @example instantOf('2024-02-28T13:19:32.41-03:00') // 1709137172410
 */
export function instantOf(value: Value): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = dateTime.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone = saoPauloOffset] = m;
  const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}.${fraction.padEnd(3, '0').slice(0, 3)}${zone}`);
  return Number.isNaN(ms) ? undefined : ms;
}

const isAbsent = (v: Value): v is null | undefined => v === null || v === undefined;

/** OData `eq`: null equals only null; dates by instant. */
export function valuesEqual(a: Value, b: Value): boolean {
  if (isAbsent(a) || isAbsent(b)) return isAbsent(a) && isAbsent(b);
  const ia = instantOf(a);
  const ib = instantOf(b);
  if (ia !== undefined && ib !== undefined) return ia === ib;
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Negative, zero or positive for `gt`/`lt`; undefined when the two cannot be ordered (a null, or a
 * number against a string), which makes the comparison false.
 */
export function compareValues(a: Value, b: Value): number | undefined {
  if (isAbsent(a) || isAbsent(b)) return undefined;
  const ia = instantOf(a);
  const ib = instantOf(b);
  if (ia !== undefined && ib !== undefined) return ia - ib;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return undefined;
}

/** `$orderby`: nulls first (the SQL Server order), then as compareValues; unlike types keep their order. */
export function orderValues(a: Value, b: Value): number {
  if (isAbsent(a) || isAbsent(b)) return isAbsent(a) === isAbsent(b) ? 0 : isAbsent(a) ? -1 : 1;
  return compareValues(a, b) ?? 0;
}
