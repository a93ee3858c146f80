import { describe, expect, it } from 'vitest';
import { HookbenchError } from '../errors.ts';
import type { JsonValue } from '../util/json.ts';
import { commonHelpers, slug } from './common-helpers.ts';
import { seededFaker } from './seeded-faker.ts';
import { render } from './template.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const t = now.getTime();
const day = 86_400_000;
const iso = (d: Date) => d.toISOString();
const parse = (s: string) => (Number.isNaN(Date.parse(s)) ? undefined : new Date(s));
const helpersFor = (seed: number) =>
  commonHelpers({ faker: seededFaker({ locale: 'en', seed, now }), now, formatDate: iso, parseDate: parse });
const call = (seed: number, name: string, ...args: JsonValue[]) => {
  const helper = helpersFor(seed)[name];
  if (!helper) throw new Error(`no helper ${name}`);
  return helper(...args);
};
const ms = (value: JsonValue) => Date.parse(String(value));

describe('clock helpers', () => {
  it('writes now with the provider formatter', () => {
    expect(call(1, 'clock.now')).toBe('2026-01-01T12:00:00.000Z');
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('keeps past dates within the span and strictly before now (seed %i)', (seed) => {
    const value = ms(call(seed, 'clock.past', { days: 30 }));
    expect(value).toBeGreaterThanOrEqual(t - 30 * day);
    expect(value).toBeLessThan(t);
  });

  it('defaults recent dates to the last day', () => {
    for (let seed = 0; seed < 20; seed++) {
      const value = ms(call(seed, 'clock.recent'));
      expect(value).toBeGreaterThanOrEqual(t - day);
      expect(value).toBeLessThan(t);
    }
  });

  it('keeps future dates strictly after now and within the span', () => {
    for (let seed = 0; seed < 20; seed++) {
      const value = ms(call(seed, 'clock.future', { hours: 5 }));
      expect(value).toBeGreaterThan(t);
      expect(value).toBeLessThanOrEqual(t + 5 * 3_600_000);
    }
  });

  it('draws between two dates, strictly inside them', () => {
    const from = '2025-12-01T00:00:00.000Z';
    const to = '2025-12-01T00:00:00.010Z';
    for (let seed = 0; seed < 20; seed++) {
      const value = ms(call(seed, 'clock.between', { from, to }));
      expect(value).toBeGreaterThan(Date.parse(from));
      expect(value).toBeLessThan(Date.parse(to));
    }
  });

  it('counts "between" up to now when no end is given', () => {
    const value = ms(call(1, 'clock.between', { from: '2025-12-31T00:00:00.000Z' }));
    expect(value).toBeGreaterThan(Date.parse('2025-12-31T00:00:00.000Z'));
    expect(value).toBeLessThan(t);
  });

  it.each([
    ['clock.past', { weeks: 2 }],
    ['clock.past', { days: -1 }],
    ['clock.between', { from: 'yesterday' }],
  ])('rejects %s(%j) with a helper error', (name, arg) => {
    expect(() => call(1, name, arg)).toThrow(HookbenchError);
  });
});

describe('other common helpers', () => {
  it('makes uppercase GUIDs, as .NET writes them', () => {
    expect(call(1, 'id.guid')).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
  });

  it('slugs Portuguese names to ASCII', () => {
    expect(slug('Moraes Logística S.A.')).toBe('moraes-logistica-s-a');
    expect(call(1, 'text.slug', 'Ação & Cia')).toBe('acao-cia');
  });

  it('totals a line to the cent: quantity × unit price less a percentage', () => {
    expect(call(1, 'money.total', { quantity: 3, unitPrice: 19.99, discount: 10 })).toBe(53.97);
    expect(call(1, 'money.total', { quantity: 3, unitPrice: 0.1 })).toBe(0.3);
    expect(call(1, 'money.total', { unitPrice: 12.345 })).toBe(12.35);
  });

  it('sums amounts given as arguments or as one list', () => {
    expect(call(1, 'money.sum', 0.1, 0.2)).toBe(0.3);
    expect(call(1, 'money.sum', [1.11, 2.22, 3.33])).toBe(6.66);
  });

  it('reads one field of an object', () => {
    expect(call(1, 'json.get', { a: { b: 1 } }, 'a')).toEqual({ b: 1 });
    expect(call(1, 'json.get', { a: null }, 'a')).toBeNull();
    expect(() => call(1, 'json.get', { a: 1 }, 'b')).toThrow(HookbenchError);
  });

  it('reports a failing helper with the template file and the placeholder path', () => {
    const ctx = { faker: seededFaker({ locale: 'en', seed: 1, now }), helpers: helpersFor(1), formatDate: iso, source: 'fx.json' };
    const run = () => render({ list: ['{{money.total({"unitPrice":"x"})}}'] }, ctx);
    expect(run).toThrow(/fx\.json at \$\.list\[0\]: .*money\.total.*not a number/);
  });
});
