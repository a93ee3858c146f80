/**
 * @module Wall-clock time in an IANA zone, both ways, with Node's own time-zone data (Intl): an event
 * that starts at 09:00 in Brussels starts at 08:00Z in winter and 07:00Z in summer.
 */

export interface WallClock {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall clock in `timeZone` at `date`.
 * @example wallClock(new Date('2026-07-01T07:00:00Z'), 'Europe/Brussels').hour // 9
 */
export function wallClock(date: Date, timeZone: string): WallClock {
  const t = date.getTime();
  const shifted = new Date(t + offsetAt(t, timeZone));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

const quarterMs = 15 * 60_000;
const offsets = new Map<string, number | undefined>();

/**
 * The zone's offset at `t`, asking Intl (slow: microseconds a call) only once per zone and UTC day.
 * A day whose offset is the same at its start and at its end has no transition, which is all but
 * one or two days a year; on those, offsets are read per quarter hour, where every zone changes.
 */
function offsetAt(t: number, timeZone: string): number {
  const dayIndex = Math.floor(t / day);
  const dayKey = `${timeZone} d${dayIndex}`;
  let offset = offsets.get(dayKey);
  if (offset === undefined && !offsets.has(dayKey)) {
    const atStart = intlOffset(dayIndex * day, timeZone);
    offset = atStart === intlOffset((dayIndex + 1) * day, timeZone) ? atStart : undefined;
    remember(dayKey, offset);
  }
  if (offset !== undefined) return offset;
  const quarter = Math.floor(t / quarterMs);
  const quarterKey = `${timeZone} q${quarter}`;
  let inQuarter = offsets.get(quarterKey);
  if (inQuarter === undefined) remember(quarterKey, (inQuarter = intlOffset(quarter * quarterMs, timeZone)));
  return inQuarter;
}

function intlOffset(t: number, timeZone: string): number {
  const c = formatClock(new Date(t), timeZone);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - t;
}

function remember(key: string, offset: number | undefined): void {
  if (offsets.size >= 50_000) offsets.clear();
  offsets.set(key, offset);
}

function formatClock(date: Date, timeZone: string): WallClock {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
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
  // Offsets change at most once a day around here: try the offset of the day before and of the day after.
  const before = asUtc - offsetMs(new Date(asUtc - day), timeZone);
  const after = asUtc - offsetMs(new Date(asUtc + day), timeZone);
  const shows = (t: number) => sameClock(wallClock(new Date(t), timeZone), clock);
  const matches = [before, after].filter(shows);
  return new Date(matches.length > 0 ? Math.min(...matches) : before);
}

const day = 86_400_000;

function sameClock(a: WallClock, b: WallClock): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second;
}

/** How far `timeZone` is ahead of UTC at `date`. */
export function offsetMs(date: Date, timeZone: string): number {
  const c = wallClock(date, timeZone);
  const shown = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return shown - Math.floor(date.getTime() / 1000) * 1000;
}
