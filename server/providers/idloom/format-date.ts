/**
 * @module Dates as idloom records carry them. Not documented: the one sample (research §2.3) writes
 * `2025-03-10T09:12:44Z` (UTC, whole seconds), our default `iso`; `sql` writes `2025-03-10 10:12:44`
 * in the account's time zone, as PHP back ends often do. Fixtures always work in `iso`; the chosen
 * format is applied to the finished record.
 *
 * Every generated record writes and reads a dozen dates: they are built from a cached calendar day
 * and a two-digit table rather than by `toISOString`, and read without a regex or a Date parse.
 */
import { civilFromDays, daysFromCivil, daysInMonth, twoDigits as pad2 } from '../../generate/civil-calendar.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../util/json.ts';
import type { IdloomSettings } from './settings.ts';
import { arithmeticRange, localMs, wallClock } from './zoned-time.ts';

const day = 86_400_000;

/**
 * @example formatIsoDate(new Date('2025-03-10T09:12:44.567Z')) // '2025-03-10T09:12:44Z'
 */
export function formatIsoDate(date: Date): string {
  return formatIsoMs(date.getTime());
}

/**
 * formatIsoDate of `new Date(t)`, without the Date.
 * @example formatIsoMs(Date.UTC(2025, 2, 10, 9, 12, 44, 567)) // '2025-03-10T09:12:44Z'
 */
export function formatIsoMs(t: number): string {
  if (!(t >= arithmeticRange.from && t < arithmeticRange.to)) return `${new Date(t).toISOString().slice(0, 19)}Z`;
  // Date drops a fraction of a millisecond towards zero.
  const whole = Math.trunc(t);
  const days = Math.floor(whole / day);
  return `${isoDay(days)}T${clockText(Math.floor((whole - days * day) / 1000))}Z`;
}

/**
 * The UTC calendar day of `t`: `new Date(t).toISOString().slice(0, 10)`, without the Date.
 * @example formatIsoDay(Date.UTC(2026, 1, 3, 23, 59)) // '2026-02-03'
 */
export function formatIsoDay(t: number): string {
  if (!(t >= arithmeticRange.from && t < arithmeticRange.to)) return new Date(t).toISOString().slice(0, 10);
  return isoDay(Math.floor(Math.trunc(t) / day));
}

const daySlots = 1024;
const slotDays = new Float64Array(daySlots).fill(Number.NaN);
const slotTexts = Array.from({ length: daySlots }, () => '');

/** `2025-03-10` for a day count inside arithmeticRange (four-digit years), from a direct-mapped cache. */
function isoDay(days: number): string {
  const slot = days & (daySlots - 1);
  if (slotDays[slot] === days) return slotTexts[slot] ?? '';
  const c = civilFromDays(days);
  const text = `${c.year}-${pad2[c.month]}-${pad2[c.day]}`;
  slotDays[slot] = days;
  slotTexts[slot] = text;
  return text;
}

/** `09:12:44` for a second of the day. */
function clockText(seconds: number): string {
  return `${pad2[Math.floor(seconds / 3600)]}:${pad2[Math.floor(seconds / 60) % 60]}:${pad2[seconds % 60]}`;
}

/**
 * Reads a date written by formatIsoDate; undefined for anything else (2025-02-30 included).
 * @example parseIsoDate('2025-03-10T09:12:44Z')?.getTime()
 */
export function parseIsoDate(text: string): Date | undefined {
  const t = parseIsoMs(text);
  return t === undefined ? undefined : new Date(t);
}

/**
 * parseIsoDate's instant in milliseconds, without the Date.
 * @example parseIsoMs('1970-01-01T00:00:01Z') // 1000
 */
export function parseIsoMs(text: string): number | undefined {
  // `YYYY-MM-DDTHH:mm:ssZ`: the separators first, which rule out most text at once.
  if (text.length !== 20 || text.charCodeAt(19) !== 90 || text.charCodeAt(10) !== 84) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const dayOfMonth = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  // A non-digit reads as -1; each field must be one that formatIsoDate writes back unchanged.
  if (year < 0 || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  return daysFromCivil(year, month, dayOfMonth) * day + hour * 3_600_000 + minute * 60_000 + second * 1000;
}

function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}


/**
 * `2025-03-10 10:12:44`: the wall clock in `timeZone`, no offset.
 * @example formatSqlDate(new Date('2025-03-10T09:12:44Z'), 'Europe/Brussels') // '2025-03-10 10:12:44'
 */
export function formatSqlDate(date: Date, timeZone: string): string {
  return formatSqlMs(date.getTime(), timeZone);
}

function formatSqlMs(t: number, timeZone: string): string {
  const local = localMs(t, timeZone);
  if (local >= arithmeticRange.from && local < arithmeticRange.to) {
    const days = Math.floor(local / day);
    return `${isoDay(days)} ${clockText(Math.floor((local - days * day) / 1000))}`;
  }
  const c = wallClock(new Date(t), timeZone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${c.year}-${p(c.month)}-${p(c.day)} ${p(c.hour)}:${p(c.minute)}:${p(c.second)}`;
}

/**
 * The record with every `iso` date rewritten in the settings' format (a copy; `iso` returns it as is).
 * @example applyDateFormat({ created_at: '2025-03-10T09:12:44Z' }, { dateFormat: 'sql', timeZone: 'Europe/Brussels' }) // { created_at: '2025-03-10 10:12:44' }
 */
export function applyDateFormat(value: JsonValue, settings: Pick<IdloomSettings, 'dateFormat' | 'timeZone'>): JsonValue {
  if (settings.dateFormat === 'iso') return value;
  const walk = (node: JsonValue): JsonValue => {
    if (typeof node === 'string') {
      const t = parseIsoMs(node);
      return t === undefined ? node : formatSqlMs(t, settings.timeZone);
    }
    if (Array.isArray(node)) return node.map(walk);
    if (!isJsonObject(node)) return node;
    const copy: JsonObject = {};
    for (const [key, field] of Object.entries(node)) {
      const rewritten = walk(field);
      // A plain assignment to `__proto__` would set the copy's prototype instead of a field.
      if (key === '__proto__') Object.defineProperty(copy, key, { value: rewritten, enumerable: true, writable: true, configurable: true });
      else copy[key] = rewritten;
    }
    return copy;
  };
  return walk(value);
}
