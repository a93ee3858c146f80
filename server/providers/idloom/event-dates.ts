/**
 * @module When a generated event takes place: a day two weeks to six months after the data clock, at
 * a local hour organisers pick (09:00, 14:00…) in the venue's time zone, for a few hours or a few days;
 * and when its guests sleep at the hotel. Event fields are not documented by idloom [inferred].
 */
import type { Faker } from '@faker-js/faker';
import { formatIsoDate } from './format-date.ts';
import { wallClock, zonedToUtc, type WallClock } from './zoned-time.ts';

export interface EventDates {
  start_date: string;
  end_date: string;
  /** The last day to register: the eve of the event, 23:59 local. */
  registration_deadline: string;
}

const startHours = [8, 9, 9, 10, 13, 14, 18] as const;
const day = 86_400_000;

/**
 * @example drawEventDates(faker, now, 'Europe/Brussels') // { start_date: '2026-03-12T08:00:00Z', end_date: '2026-03-12T16:00:00Z', … }
 */
export function drawEventDates(faker: Faker, now: Date, timeZone: string): EventDates {
  const first = wallClock(new Date(now.getTime() + faker.number.int({ min: 14, max: 180 }) * day), timeZone);
  const startHour = faker.helpers.arrayElement(startHours);
  const extraDays = faker.helpers.arrayElement([0, 0, 0, 1, 2]);
  // One-day events last 3–9 hours (an evening one ends by 23:00); longer ones close at 17:00 or 18:00.
  const endHour = extraDays === 0 ? Math.min(23, startHour + faker.number.int({ min: 3, max: 9 })) : faker.helpers.arrayElement([17, 18]);
  const at = (offsetDays: number, hour: number, minute = 0): string =>
    formatIsoDate(zonedToUtc({ ...addDays(first, offsetDays), hour, minute, second: 0 }, timeZone));
  return { start_date: at(0, startHour), end_date: at(extraDays, endHour), registration_deadline: at(-1, 23, 59) };
}

/**
 * The local calendar date (`2026-03-12`) of an instant, moved by `offsetDays`: hotel arrival and departure.
 * @example localDay(new Date('2026-03-12T23:30:00Z'), 'Europe/Brussels', 0) // '2026-03-13'
 */
export function localDay(date: Date, timeZone: string, offsetDays: number): string {
  const c = addDays(wallClock(date, timeZone), offsetDays);
  return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

/** Calendar arithmetic on the date part of a wall clock (UTC has no DST to trip over). */
function addDays(clock: WallClock, days: number): WallClock {
  const d = new Date(Date.UTC(clock.year, clock.month - 1, clock.day + days));
  return { ...clock, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
