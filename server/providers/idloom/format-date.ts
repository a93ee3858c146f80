/**
 * @module Dates as idloom records carry them. Not documented: the one sample (research §2.3) writes
 * `2025-03-10T09:12:44Z` (UTC, whole seconds), our default `iso`; `sql` writes `2025-03-10 10:12:44`
 * in the account's time zone, as PHP back ends often do. Fixtures always work in `iso`; the chosen
 * format is applied to the finished record.
 */
import { isJsonObject, type JsonValue } from '../../util/json.ts';
import type { IdloomSettings } from './settings.ts';
import { wallClock } from './zoned-time.ts';

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/**
 * @example formatIsoDate(new Date('2025-03-10T09:12:44.567Z')) // '2025-03-10T09:12:44Z'
 */
export function formatIsoDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * Reads a date written by formatIsoDate; undefined for anything else (2025-02-30 included).
 * @example parseIsoDate('2025-03-10T09:12:44Z')?.getTime()
 */
export function parseIsoDate(text: string): Date | undefined {
  if (!isoPattern.test(text)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) || formatIsoDate(date) !== text ? undefined : date;
}

/**
 * `2025-03-10 10:12:44`: the wall clock in `timeZone`, no offset.
 * @example formatSqlDate(new Date('2025-03-10T09:12:44Z'), 'Europe/Brussels') // '2025-03-10 10:12:44'
 */
export function formatSqlDate(date: Date, timeZone: string): string {
  const c = wallClock(date, timeZone);
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
      const date = parseIsoDate(node);
      return date ? formatSqlDate(date, settings.timeZone) : node;
    }
    if (Array.isArray(node)) return node.map(walk);
    if (isJsonObject(node)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  return walk(value);
}
