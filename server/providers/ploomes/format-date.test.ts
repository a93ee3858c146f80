import { describe, expect, it } from 'vitest';
import { formatPloomesDate, parsePloomesDate } from './format-date.ts';

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

describe('parsePloomesDate', () => {
  it.each([
    ['2024-02-28T13:19:32.41', '2024-02-28T16:19:32.410Z'],
    ['2024-02-28T12:18:04', '2024-02-28T15:18:04.000Z'],
    ['2024-02-28T12:18:04.700', '2024-02-28T15:18:04.700Z'],
  ])('reads %s as São Paulo local time', (local, utc) => {
    expect(parsePloomesDate(local)?.toISOString()).toBe(utc);
  });

  it.each([['2024-02-28T13:19:32.41-03:00'], ['2024-02-28'], ['2024-02-30T10:00:00'], ['yesterday']])('rejects %s', (text) => {
    expect(parsePloomesDate(text)).toBeUndefined();
  });
});
