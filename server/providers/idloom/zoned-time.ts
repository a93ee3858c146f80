/**
 * @module Wall-clock time in an IANA zone, both ways, with Node's own time-zone data (Intl): an event
 * that starts at 09:00 in Brussels starts at 08:00Z in winter and 07:00Z in summer.
 */
import { civilFromDays } from '../../generate/civil-calendar.ts';

export interface WallClock {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const day = 86_400_000;
const quarterMs = 15 * 60_000;

/**
 * Where the arithmetic below equals Date's: inside Date's range, and past year 100, under which
 * `Date.UTC` reads years as 19xx. Callers fall back to Date (or to the slow path) outside.
 */
export const arithmeticRange = { from: Date.UTC(1000, 0, 1), to: Date.UTC(9000, 0, 1) } as const;

/**
 * The wall clock in `timeZone` at `date`.
 * @example wallClock(new Date('2026-07-01T07:00:00Z'), 'Europe/Brussels').hour // 9
 */
export function wallClock(date: Date, timeZone: string): WallClock {
  const t = date.getTime();
  return clockAt(t + offsetAt(t, timeZone));
}

/**
 * The wall clock in `timeZone` at `t`, as the UTC milliseconds of the same fields (`Date.UTC` of
 * the wall clock, to the millisecond): calendar arithmetic on it needs no Date.
 * @example new Date(localMs(Date.parse('2026-07-01T07:00:00Z'), 'Europe/Brussels')).toISOString() // '2026-07-01T09:00:00.000Z'
 */
export function localMs(t: number, timeZone: string): number {
  return t + offsetAt(t, timeZone);
}

/**
 * The fields of a UTC millisecond count: what `new Date(ms).getUTC*()` give, without the Date.
 * @example clockAt(Date.UTC(2026, 6, 1, 9)).hour // 9
 */
export function clockAt(ms: number): WallClock {
  if (!(ms >= arithmeticRange.from && ms < arithmeticRange.to)) {
    const d = new Date(ms);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
  }
  // Date drops a fraction of a millisecond towards zero.
  const whole = Math.trunc(ms);
  const days = Math.floor(whole / day);
  const { year, month, day: dayOfMonth } = civilFromDays(days);
  const seconds = Math.floor((whole - days * day) / 1000);
  return { year, month, day: dayOfMonth, hour: Math.floor(seconds / 3600), minute: Math.floor(seconds / 60) % 60, second: seconds % 60 };
}

interface ZoneOffsets {
  formatter: Intl.DateTimeFormat;
  /** Per UTC day index: the day's offset, or undefined on a day the offset changes. */
  days: Map<number, number | undefined>;
  /** Per quarter-hour index, on days the offset changes. */
  quarters: Map<number, number>;
}

const zones = new Map<string, ZoneOffsets>();
let remembered = 0;
// Generation asks one zone many times in a row: skip even the zone lookup then.
let lastZone: string | undefined;
let lastOffsets: ZoneOffsets | undefined;

/**
 * The zone's offset at `t`, asking Intl (slow: microseconds a call) only once per zone and UTC day.
 * A day whose offset is the same at its start and at its end has no transition, which is all but
 * one or two days a year; on those, offsets are read per quarter hour, where every zone changes.
 */
function offsetAt(t: number, timeZone: string): number {
  const zone = timeZone === lastZone && lastOffsets ? lastOffsets : offsetsOf(timeZone);
  const dayIndex = Math.floor(t / day);
  let offset = zone.days.get(dayIndex);
  if (offset === undefined && !zone.days.has(dayIndex)) {
    const atStart = intlOffset(zone, dayIndex * day);
    offset = atStart === intlOffset(zone, (dayIndex + 1) * day) ? atStart : undefined;
    forgetIfFull();
    zone.days.set(dayIndex, offset);
  }
  if (offset !== undefined) return offset;
  const quarter = Math.floor(t / quarterMs);
  let inQuarter = zone.quarters.get(quarter);
  if (inQuarter === undefined) {
    inQuarter = intlOffset(zone, quarter * quarterMs);
    forgetIfFull();
    zone.quarters.set(quarter, inQuarter);
  }
  return inQuarter;
}

function offsetsOf(timeZone: string): ZoneOffsets {
  let zone = zones.get(timeZone);
  if (!zone) {
    // Built before the zone is stored: an unknown zone throws here and leaves nothing behind.
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zone = { formatter, days: new Map(), quarters: new Map() };
    zones.set(timeZone, zone);
  }
  lastZone = timeZone;
  lastOffsets = zone;
  return zone;
}

function forgetIfFull(): void {
  if (++remembered <= 50_000) return;
  for (const zone of zones.values()) {
    zone.days.clear();
    zone.quarters.clear();
  }
  remembered = 1;
}

function intlOffset(zone: ZoneOffsets, t: number): number {
  const c = formatClock(zone.formatter, new Date(t));
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - t;
}

function formatClock(formatter: Intl.DateTimeFormat, date: Date): WallClock {
  const parts = Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]));
  const n = (key: string) => Number(parts[key] ?? 0);
  return { year: n('year'), month: n('month'), day: n('day'), hour: n('hour'), minute: n('minute'), second: n('second') };
}

/**
 * The instant a wall clock in `timeZone` shows. A time repeated in autumn gives its first occurrence;
 * a time skipped in spring is moved forward by the gap (02:30 → 03:30), as Temporal's "compatible" does.
 * @example zonedToUtc({ year: 2026, month: 7, day: 1, hour: 9, minute: 0, second: 0 }, 'Europe/Brussels').toISOString() // '2026-07-01T07:00:00.000Z'
 */
export function zonedToUtc(clock: WallClock, timeZone: string): Date {
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return new Date(utcOf(asUtc, timeZone, () => clock));
}

/**
 * zonedToUtc for a wall clock given as `localMs` gives it (whole seconds, inside arithmeticRange).
 * @example new Date(zonedMsToUtc(Date.UTC(2026, 6, 1, 9), 'Europe/Brussels')).toISOString() // '2026-07-01T07:00:00.000Z'
 */
export function zonedMsToUtc(local: number, timeZone: string): number {
  return utcOf(local, timeZone, () => clockAt(local));
}

function utcOf(asUtc: number, timeZone: string, clock: () => WallClock): number {
  // Offsets change at most once a day around here: try the offset of the day before and of the day after.
  const before = asUtc - offsetMsAt(asUtc - day, timeZone);
  const after = asUtc - offsetMsAt(asUtc + day, timeZone);
  // The same offset on both sides (all but a day or two a year) leaves one candidate: it wins whether
  // it shows the clock or not (checking it could only throw, far outside ordinary years).
  if (before === after && before >= arithmeticRange.from && before < arithmeticRange.to) return before;
  const wanted = clock();
  const matches = [before, after].filter((t) => sameClock(wallClock(new Date(t), timeZone), wanted));
  return matches.length > 0 ? Math.min(...matches) : before;
}

function sameClock(a: WallClock, b: WallClock): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second;
}

/** How far `timeZone` is ahead of UTC at `date`. */
export function offsetMs(date: Date, timeZone: string): number {
  return offsetMsAt(date.getTime(), timeZone);
}

function offsetMsAt(t: number, timeZone: string): number {
  if (t >= arithmeticRange.from && t < arithmeticRange.to) {
    const offset = offsetAt(t, timeZone);
    // Whole-second offsets (every zone's, Intl shows no less) in a normal year: the second-rounding
    // below changes nothing.
    const shifted = t + offset;
    if (offset % 1000 === 0 && shifted >= arithmeticRange.from && shifted < arithmeticRange.to) return offset;
  }
  const date = new Date(t);
  const c = wallClock(date, timeZone);
  const shown = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return shown - Math.floor(date.getTime() / 1000) * 1000;
}
