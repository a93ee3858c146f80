import { describe, expect, it } from 'vitest';
import { applyDateFormat, formatIsoDate, formatSqlDate, parseIsoDate } from './format-date.ts';

describe('idloom dates', () => {
  it('writes UTC with whole seconds and a Z', () => {
    expect(formatIsoDate(new Date('2025-03-10T09:12:44.567Z'))).toBe('2025-03-10T09:12:44Z');
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
