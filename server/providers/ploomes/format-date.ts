/**
 * @module Dates as Ploomes writes them inside `New`/`Old`: São Paulo local time, no offset, .NET
 * fractional seconds with trailing zeros trimmed (`2024-02-28T13:19:32.41`, `2024-02-28T19:00:01`).
 *
 * São Paulo is UTC−3 all year: Brazil abolished daylight saving in 2019. Dates before that would have
 * been written one hour off in summer; hookbench's data clocks are recent, so this is not modelled.
 */
import { civilFromDays, daysInMonth, twoDigits } from '../../generate/civil-calendar.ts';

const offsetMs = 3 * 3_600_000;

const dayMs = 86_400_000;
/** Years 0000–9999, where toISOString writes four digits; outside them it writes ±YYYYYY. */
const fourDigitYears = { from: Date.parse('0000-01-01T00:00:00.000Z'), to: Date.parse('9999-12-31T23:59:59.999Z') };
/** `.4`, `.41`, `.413`: .NET trims the milliseconds' trailing zeros, and drops them all when zero. */
const fractions = Array.from({ length: 1_000 }, (_, ms) => (ms === 0 ? '' : `.${String(ms).padStart(3, '0').replace(/0+$/, '')}`));

/**
 * @example formatPloomesDate(new Date('2024-02-28T16:19:32.410Z')) // '2024-02-28T13:19:32.41'
 */
export function formatPloomesDate(date: Date): string {
  const local = date.getTime() - offsetMs;
  // Every body has several dates: integer fields beat toISOString and trimming its text fourfold.
  if (!(local >= fourDigitYears.from && local <= fourDigitYears.to)) return viaIsoString(local);
  const days = Math.floor(local / dayMs);
  const { year, month, day } = civilFromDays(days);
  let rest = local - days * dayMs;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1_000);
  const ms = rest - seconds * 1_000;
  return `${twoDigits[Math.floor(year / 100)]!}${twoDigits[year % 100]!}-${twoDigits[month]!}-${twoDigits[day]!}T${twoDigits[hours]!}:${twoDigits[minutes]!}:${twoDigits[seconds]!}${fractions[ms]!}`;
}

/** Same text, the slow way: for far years, and for an invalid date (toISOString throws the RangeError). */
function viaIsoString(local: number): string {
  const iso = new Date(local).toISOString(); // 2024-02-28T13:19:32.410Z
  const [seconds, fraction = ''] = iso.slice(0, -1).split('.');
  const trimmed = fraction.replace(/0+$/, '');
  return trimmed === '' ? `${seconds}` : `${seconds}.${trimmed}`;
}

/**
 * Reads a date written by formatPloomesDate; undefined for anything else.
 * @example parsePloomesDate('2024-02-28T13:19:32.41')?.toISOString() // '2024-02-28T16:19:32.410Z'
 */
export function parsePloomesDate(text: string): Date | undefined {
  if (!hasShape(text)) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  const hours = digitsAt(text, 11, 13);
  const minutes = digitsAt(text, 14, 16);
  const seconds = digitsAt(text, 17, 19);
  // `.4` is 400 ms.
  const ms = text.length === 19 ? 0 : digitsAt(text, 20, text.length) * 10 ** (23 - text.length);
  // Date.UTC would roll 2024-02-30 over to March and read years below 100 as 19xx: only a date
  // that writes back the same is a date.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds, ms) + offsetMs);
}

const shape = '0000-00-00T00:00:00';

/** `shape` (0 = a digit), then nothing or `.` and one to three digits. */
function hasShape(text: string): boolean {
  const length = text.length;
  if (length !== 19 && (length < 21 || length > 23 || text[19] !== '.')) return false;
  for (let i = 0; i < length; i++) {
    if (i === 19) continue;
    const expected = i < 19 ? shape[i] : '0';
    const code = text.charCodeAt(i);
    if (expected === '0' ? code < 48 || code > 57 : text[i] !== expected) return false;
  }
  return true;
}

function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

