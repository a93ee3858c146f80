import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPloomesDate, parsePloomesDate } from './format-date.ts';

/** The formatter before the integer rewrite (toISOString, split, regex): the reference it must match. */
function referenceFormat(date: Date): string {
  const local = new Date(date.getTime() - 3 * 3_600_000).toISOString();
  const [seconds, fraction = ''] = local.slice(0, -1).split('.');
  const trimmed = fraction.replace(/0+$/, '');
  return trimmed === '' ? `${seconds}` : `${seconds}.${trimmed}`;
}

/** The parser before the rewrite (a regex, then writing the date back): the reference it must match. */
function referenceParse(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, fraction = ''] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(fraction.padEnd(3, '0')));
  const date = new Date(ms + 3 * 3_600_000);
  return referenceFormat(date).slice(0, 19) === text.slice(0, 19) ? date : undefined;
}

/** Date-like texts, many out of range (month 13, day 31 of a short month, hour 24, year 0099…). */
const dateLike = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 9_999 }), fc.constantFrom(0, 99, 100, 1900, 2000, 2024, 2100, 9999)),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }),
    fc.integer({ min: 0, max: 61 }),
    fc.constantFrom('', '.', '.0', '.4', '.41', '.410', '.4101', '.x', 'Z', '-03:00', '\n'),
  )
  .map(([y, mo, d, h, mi, s, tail]) => {
    const two = (n: number) => String(n).padStart(2, '0');
    return `${String(y).padStart(4, '0')}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}:${two(s)}${tail}`;
  });
/** A date-like text with one character replaced: separators and digits in the wrong places. */
const mangled = fc
  .tuple(dateLike, fc.nat(), fc.constantFrom('0', '9', '-', ':', 'T', ' ', '.', 'a', '٣'))
  .map(([text, at, c]) => text.slice(0, at % text.length) + c + text.slice((at % text.length) + 1));

/** The text, or the error's name: near the Date range's start, both throw (the local time is outside it). */
function outcome(format: (date: Date) => string, date: Date): string {
  try {
    return format(date);
  } catch (error) {
    return error instanceof Error ? error.name : 'thrown';
  }
}

const maxTime = 8.64e15;
/** Around the edges of four-digit years (in local time) and of the Date range, where the text changes form. */
const edges = [Date.parse('0000-01-01T03:00:00.000Z'), Date.parse('9999-12-31T23:59:59.999Z') + 3 * 3_600_000, -maxTime, maxTime, 0];

describe('formatPloomesDate', () => {
  it.each([
    // São Paulo is UTC−3: the captured local times below are 3 hours behind UTC.
    ['2024-02-28T22:00:01.233Z', '2024-02-28T19:00:01.233'],
    ['2024-02-28T16:19:32.410Z', '2024-02-28T13:19:32.41'],
    ['2024-02-28T15:18:04.700Z', '2024-02-28T12:18:04.7'],
    ['2024-02-28T15:18:04.000Z', '2024-02-28T12:18:04'],
    ['2024-03-01T01:30:00.000Z', '2024-02-29T22:30:00'],
  ])('writes %s as %s: local time, no offset, trailing zeros trimmed', (utc, local) => {
    expect(formatPloomesDate(new Date(utc))).toBe(local);
  });
});

describe('formatPloomesDate, against the toISOString reference', () => {
  it('writes any time as the reference does: recent, any era, leap days, the edges of four-digit years', () => {
    const time = fc.oneof(
      fc.integer({ min: Date.parse('2000-01-01'), max: Date.parse('2040-01-01') }),
      fc.integer({ min: -maxTime, max: maxTime }),
      fc.integer({ min: -400 * 366 * 86_400_000, max: 400 * 366 * 86_400_000 }),
      fc.tuple(fc.constantFrom(...edges), fc.integer({ min: -2_000, max: 2_000 })).map(([edge, delta]) => edge + delta),
    );
    fc.assert(
      fc.property(time, (t) => {
        const date = new Date(t);
        if (Number.isNaN(date.getTime())) return;
        expect(outcome(formatPloomesDate, date)).toBe(outcome(referenceFormat, date));
      }),
      { numRuns: 20_000 },
    );
  });

  it('writes every day of 1999–2001 and every millisecond fraction as the reference does', () => {
    for (let t = Date.parse('1999-01-01'); t < Date.parse('2002-01-01'); t += 86_400_000 + 997) {
      expect(formatPloomesDate(new Date(t))).toBe(referenceFormat(new Date(t)));
    }
    for (let ms = 0; ms < 1_000; ms++) {
      const date = new Date(Date.parse('2024-02-29T23:59:59.000Z') + ms);
      expect(formatPloomesDate(date)).toBe(referenceFormat(date));
    }
  });

  it.each([
    ['before year 0 in local time', '0000-01-01T02:59:59.999Z', '-000001-12-31T23:59:59.999'],
    ['the first local millisecond of year 0', '0000-01-01T03:00:00.000Z', '0000-01-01T00:00:00'],
    ['a far-future date', '+010000-01-01T03:00:00.000Z', '+010000-01-01T00:00:00'],
  ])('writes %s as toISOString would (%s → %s)', (_, utc, local) => {
    expect(formatPloomesDate(new Date(utc))).toBe(local);
  });

  it('throws toISOString\'s RangeError for an invalid date', () => {
    expect(() => formatPloomesDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('parsePloomesDate', () => {
  it.each([
    ['2024-02-28T13:19:32.41', '2024-02-28T16:19:32.410Z'],
    ['2024-02-28T12:18:04', '2024-02-28T15:18:04.000Z'],
    ['2024-02-28T12:18:04.700', '2024-02-28T15:18:04.700Z'],
  ])('reads %s as São Paulo local time', (local, utc) => {
    expect(parsePloomesDate(local)?.toISOString()).toBe(utc);
  });

  it('reads any text as the regex reference does: the same instant, or undefined for both', () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, mangled, fc.string({ maxLength: 25 })), (text) => {
        expect(parsePloomesDate(text)?.getTime()).toBe(referenceParse(text)?.getTime());
      }),
      { numRuns: 30_000 },
    );
  });

  it('reads February 29 of every year 0000–9999 as the reference does (leap centuries included)', () => {
    for (let year = 0; year <= 9_999; year++) {
      const text = `${String(year).padStart(4, '0')}-02-29T12:00:00`;
      expect(parsePloomesDate(text)?.getTime()).toBe(referenceParse(text)?.getTime());
    }
  });

  it('reads back every day of 1999–2001 as written, as the reference does', () => {
    for (let t = Date.parse('1999-01-01'); t < Date.parse('2002-01-01'); t += 86_400_000 + 997) {
      const text = formatPloomesDate(new Date(t));
      expect(parsePloomesDate(text)?.getTime()).toBe(t);
      expect(referenceParse(text)?.getTime()).toBe(t);
    }
  });

  it.each([['2024-02-28T13:19:32.41-03:00'], ['2024-02-28'], ['2024-02-30T10:00:00'], ['yesterday'], ['0099-01-01T00:00:00'], ['2023-02-29T00:00:00'], ['2024-01-01T24:00:00']])('rejects %s', (text) => {
    expect(parsePloomesDate(text)).toBeUndefined();
  });
});
