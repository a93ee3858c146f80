import { describe, expect, it } from 'vitest';
import { applyDateFormat, formatIsoDate, formatIsoDay, formatIsoMs, formatSqlDate, parseIsoDate, parseIsoMs } from './format-date.ts';

describe('idloom dates', () => {
  it('writes UTC with whole seconds and a Z', () => {
    expect(formatIsoDate(new Date('2025-03-10T09:12:44.567Z'))).toBe('2025-03-10T09:12:44Z');
  });

  it.each([
    [Date.UTC(2025, 2, 10, 9, 12, 44, 567), '2025-03-10T09:12:44Z', '2025-03-10'],
    [-1, '1969-12-31T23:59:59Z', '1969-12-31'],
    [Date.UTC(2024, 1, 29, 23, 59, 59, 999), '2024-02-29T23:59:59Z', '2024-02-29'],
    [Date.UTC(999, 11, 31, 23, 0, 0), '0999-12-31T23:00:00Z', '0999-12-31'],
    [Date.UTC(10_000, 0, 1), '+010000-01-01T00:00Z', '+010000-01'],
  ])('writes %d as toISOString would, cut to %s and to %s (years past 9999 cut short, as before)', (t, iso, day) => {
    expect(formatIsoMs(t)).toBe(iso);
    expect(formatIsoDate(new Date(t))).toBe(iso);
    expect(formatIsoDay(t)).toBe(day);
  });

  it.each([
    ['1970-01-01T00:00:01Z', 1000],
    ['2024-02-29T12:00:00Z', Date.UTC(2024, 1, 29, 12)],
    ['0000-01-01T00:00:00Z', -62_167_219_200_000],
    ['2023-02-29T12:00:00Z', undefined],
    ['2025-03-10T24:00:00Z', undefined],
    ['2025-03-10T23:60:00Z', undefined],
    ['2025-13-10T09:12:44Z', undefined],
    ['2025-03-10T09:12:44z', undefined],
    ['2025-03-1٠T09:12:44Z', undefined],
  ])('reads %s as %s', (text, expected) => {
    expect(parseIsoMs(text)).toBe(expected);
  });

  it('reads back only what it writes', () => {
    expect(parseIsoDate('2025-03-10T09:12:44Z')?.toISOString()).toBe('2025-03-10T09:12:44.000Z');
    expect(parseIsoDate('2025-02-30T09:12:44Z')).toBeUndefined();
    expect(parseIsoDate('2025-03-10T09:12:44.000Z')).toBeUndefined();
    expect(parseIsoDate('2025-03-10 09:12:44')).toBeUndefined();
  });

  it('writes SQL-style local time: Brussels is UTC+1 in March before the change, UTC+2 in July', () => {
    expect(formatSqlDate(new Date('2025-03-10T09:12:44Z'), 'Europe/Brussels')).toBe('2025-03-10 10:12:44');
    expect(formatSqlDate(new Date('2025-07-10T22:30:00Z'), 'Europe/Brussels')).toBe('2025-07-11 00:30:00');
  });

  it('rewrites every date of a record, nested ones too, and leaves other text alone', () => {
    const record = { created_at: '2025-03-10T09:12:44Z', name: 'Forum 2025', options: [{ at: '2025-07-10T22:30:00Z' }], arrival: '2025-07-10' };
    expect(applyDateFormat(record, { dateFormat: 'sql', timeZone: 'Europe/Brussels' })).toEqual({
      created_at: '2025-03-10 10:12:44',
      name: 'Forum 2025',
      options: [{ at: '2025-07-11 00:30:00' }],
      arrival: '2025-07-10',
    });
    expect(applyDateFormat(record, { dateFormat: 'iso', timeZone: 'Europe/Brussels' })).toBe(record);
  });
});
