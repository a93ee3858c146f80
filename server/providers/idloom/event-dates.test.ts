import { describe, expect, it } from 'vitest';
import { seededFaker } from '../../generate/seeded-faker.ts';
import { drawEventDates, localDay } from './event-dates.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const day = 86_400_000;
const localTime = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(iso));

describe('idloom event dates', () => {
  it('starts two weeks to six months ahead, at a whole local hour, and ends after it starts', () => {
    for (let seed = 0; seed < 100; seed++) {
      const dates = drawEventDates(seededFaker({ locale: 'en', seed, now }), now, 'Europe/Rome');
      const start = Date.parse(dates.start_date);
      const end = Date.parse(dates.end_date);
      expect(start - now.getTime()).toBeGreaterThan(13 * day);
      expect(start - now.getTime()).toBeLessThan(181 * day);
      expect(localTime(dates.start_date, 'Europe/Rome')).toMatch(/ (08|09|10|13|14|18):00$/);
      expect(end).toBeGreaterThan(start);
      expect(end - start).toBeLessThan(3 * day);
      expect(localTime(dates.registration_deadline, 'Europe/Rome')).toMatch(/ 23:59$/);
    }
  });

  it('keeps local hours across daylight saving time: 09:00 in Brussels is 08:00Z in winter, 07:00Z in summer', () => {
    const starts = Array.from({ length: 200 }, (_, seed) => drawEventDates(seededFaker({ locale: 'en', seed, now }), now, 'Europe/Brussels').start_date);
    expect(starts.some((s) => s.startsWith('2026-02') && s.endsWith('T08:00:00Z'))).toBe(true);
    expect(starts.some((s) => s.startsWith('2026-05') && s.endsWith('T07:00:00Z'))).toBe(true);
  });

  it('reads local calendar days, moved by whole days', () => {
    expect(localDay(new Date('2026-03-12T23:30:00Z'), 'Europe/Brussels', 0)).toBe('2026-03-13');
    expect(localDay(new Date('2026-03-01T10:00:00Z'), 'Europe/Brussels', -1)).toBe('2026-02-28');
    expect(localDay(new Date('2026-12-31T10:00:00Z'), 'Europe/Brussels', 1)).toBe('2027-01-01');
  });
});
