/**
 * @module When a generated event takes place: a day two weeks to six months after the data clock, at
 * a local hour organisers pick (09:00, 14:00…) in the venue's time zone, for a few hours or a few days;
 * and when its guests sleep at the hotel. Event fields are not documented by idloom [inferred].
 */
import type { Faker } from '@faker-js/faker';
import { formatIsoDate, formatIsoDay, formatIsoMs } from './format-date.ts';
import { arithmeticRange, localMs, wallClock, zonedMsToUtc, zonedToUtc, type WallClock } from './zoned-time.ts';

export interface EventDates {
  start_date: string;
  end_date: string;
  /** The last day to register: the eve of the event, 23:59 local. */
  registration_deadline: string;
}

const startHours = [8, 9, 9, 10, 13, 14, 18] as const;
const extraDayChoices = [0, 0, 0, 1, 2] as const;
const endHours = [17, 18] as const;
const day = 86_400_000;
const hourMs = 3_600_000;

/**
 * @example drawEventDates(faker, now, 'Europe/Brussels') // { start_date: '2026-03-12T08:00:00Z', end_date: '2026-03-12T16:00:00Z', … }
 */
export function drawEventDates(faker: Faker, now: Date, timeZone: string): EventDates {
  const firstAt = now.getTime() + faker.number.int({ min: 14, max: 180 }) * day;
  const startHour = faker.helpers.arrayElement(startHours);
  const extraDays = faker.helpers.arrayElement(extraDayChoices);
  // One-day events last 3–9 hours (an evening one ends by 23:00); longer ones close at 17:00 or 18:00.
  const endHour = extraDays === 0 ? Math.min(23, startHour + faker.number.int({ min: 3, max: 9 })) : faker.helpers.arrayElement(endHours);
  const at = localDayAt(firstAt, timeZone);
  return { start_date: at(0, startHour), end_date: at(extraDays, endHour), registration_deadline: at(-1, 23, 59) };
}

type DayAt = (offsetDays: number, hour: number, minute?: number) => string;

/** Writes a local time on a day around the local day of `t`. */
function localDayAt(t: number, timeZone: string): DayAt {
  const local = localMs(t, timeZone);
  // Calendar arithmetic on milliseconds equals Date.UTC's only in ordinary years; the Date way elsewhere.
  if (local - 2 * day >= arithmeticRange.from && local + 3 * day < arithmeticRange.to) {
    const midnight = Math.floor(local / day) * day;
    return (offsetDays, hour, minute = 0) => formatIsoMs(zonedMsToUtc(midnight + offsetDays * day + hour * hourMs + minute * 60_000, timeZone));
  }
  const first = wallClock(new Date(t), timeZone);
  return (offsetDays, hour, minute = 0) => formatIsoDate(zonedToUtc({ ...addDays(first, offsetDays), hour, minute, second: 0 }, timeZone));
}

/**
 * The local calendar date (`2026-03-12`) of an instant, moved by `offsetDays`: hotel arrival and departure.
 * @example localDay(new Date('2026-03-12T23:30:00Z'), 'Europe/Brussels', 0) // '2026-03-13'
 */
export function localDay(date: Date, timeZone: string, offsetDays: number): string {
  const moved = localMs(date.getTime(), timeZone) + offsetDays * day;
  if (Number.isInteger(offsetDays) && moved >= arithmeticRange.from && moved < arithmeticRange.to) return formatIsoDay(moved);
  const c = addDays(wallClock(date, timeZone), offsetDays);
  return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

/** Calendar arithmetic on the date part of a wall clock (UTC has no DST to trip over). */
function addDays(clock: WallClock, days: number): WallClock {
  const d = new Date(Date.UTC(clock.year, clock.month - 1, clock.day + days));
  return { ...clock, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
