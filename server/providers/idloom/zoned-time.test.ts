import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockAt, localMs, offsetMs, wallClock, zonedMsToUtc, zonedToUtc } from './zoned-time.ts';
import { civilFromDays, daysFromCivil } from '../../generate/civil-calendar.ts';

const at = (year: number, month: number, day: number, hour: number, minute = 0) => ({ year, month, day, hour, minute, second: 0 });
const hour = 3_600_000;

describe('zoned time', () => {
  // Central European Time: UTC+1 in winter, UTC+2 from the last Sunday of March (29 March 2026,
  // 02:00 → 03:00) to the last Sunday of October (25 October 2026, 03:00 → 02:00).
  it.each([
    ['in winter', at(2026, 1, 15, 9), '2026-01-15T08:00:00.000Z'],
    ['in summer', at(2026, 7, 1, 9), '2026-07-01T07:00:00.000Z'],
    ['the day before the spring change', at(2026, 3, 28, 9), '2026-03-28T08:00:00.000Z'],
    ['the day of the spring change', at(2026, 3, 29, 9), '2026-03-29T07:00:00.000Z'],
    ['the day of the autumn change', at(2026, 10, 25, 9), '2026-10-25T08:00:00.000Z'],
    ['at the first 02:30 of the repeated autumn hour', at(2026, 10, 25, 2, 30), '2026-10-25T00:30:00.000Z'],
    ['moving the skipped 02:30 of spring to 03:30', at(2026, 3, 29, 2, 30), '2026-03-29T01:30:00.000Z'],
  ])('turns 09:00-style Brussels wall clocks into UTC %s', (_, clock, expected) => {
    expect(zonedToUtc(clock, 'Europe/Brussels').toISOString()).toBe(expected);
    const local = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
    expect(new Date(zonedMsToUtc(local, 'Europe/Brussels')).toISOString()).toBe(expected);
  });

  it('reads the wall clock as milliseconds too', () => {
    expect(localMs(Date.parse('2026-07-01T07:00:00Z'), 'Europe/Brussels')).toBe(Date.UTC(2026, 6, 1, 9));
    expect(localMs(Date.parse('2026-01-15T07:00:00Z'), 'Europe/Lisbon')).toBe(Date.UTC(2026, 0, 15, 7));
  });

  it.each([
    [0, { year: 1970, month: 1, day: 1 }],
    [-1, { year: 1969, month: 12, day: 31 }],
    [19_782, { year: 2024, month: 2, day: 29 }],
    [10_957, { year: 2000, month: 1, day: 1 }],
    [-719_468, { year: 0, month: 3, day: 1 }],
  ])('counts day %d as %j, both ways', (days, date) => {
    expect(civilFromDays(days)).toEqual(date);
    expect(daysFromCivil(date.year, date.month, date.day)).toBe(days);
  });

  it('splits milliseconds into the fields Date gives', () => {
    expect(clockAt(Date.UTC(2026, 6, 1, 9, 5, 7, 999))).toEqual({ ...at(2026, 7, 1, 9, 5), second: 7 });
    expect(clockAt(-1)).toEqual({ ...at(1969, 12, 31, 23, 59), second: 59 });
  });

  it('reads the wall clock back', () => {
    expect(wallClock(new Date('2026-07-01T07:00:00Z'), 'Europe/Brussels')).toEqual(at(2026, 7, 1, 9));
    expect(wallClock(new Date('2026-12-31T23:30:00Z'), 'Europe/Rome')).toEqual(at(2027, 1, 1, 0, 30));
  });

  it('knows the offset in each season', () => {
    expect(offsetMs(new Date('2026-01-15T12:00:00Z'), 'Europe/Paris')).toBe(hour);
    expect(offsetMs(new Date('2026-07-15T12:00:00Z'), 'Europe/Paris')).toBe(2 * hour);
    expect(offsetMs(new Date('2026-07-15T12:00:00.999Z'), 'UTC')).toBe(0);
  });

  it('agrees with Intl at any instant in zones with odd offsets and half-hour DST', () => {
    const zones = ['Europe/Brussels', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Chatham', 'UTC'];
    const intl = (d: Date, timeZone: string) => {
      const f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
      const p = Object.fromEntries(f.formatToParts(d).map((x) => [x.type, Number(x.value)]));
      return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second };
    };
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom(...zones), (t, zone) => {
        expect(wallClock(new Date(t), zone)).toEqual(intl(new Date(t), zone));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with Intl every five minutes across the days clocks change', () => {
    const cases: [string, string][] = [
      ['Europe/Brussels', '2026-03-29'], ['Europe/Brussels', '2026-10-25'],
      ['Australia/Lord_Howe', '2026-04-05'], ['Australia/Lord_Howe', '2026-10-04'],
      ['America/St_Johns', '2026-03-08'], ['America/St_Johns', '2026-11-01'],
    ];
    for (const [zone, date] of cases) {
      const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
      const from = Date.parse(`${date}T00:00:00Z`) - 12 * hour;
      for (let t = from; t < from + 48 * hour; t += 5 * 60_000) {
        const p = Object.fromEntries(f.formatToParts(new Date(t)).map((x) => [x.type, Number(x.value)]));
        expect(wallClock(new Date(t), zone), `${zone} ${new Date(t).toISOString()}`).toEqual({ year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second });
      }
    }
  });
});
