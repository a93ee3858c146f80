import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { esMobile, esMobilePattern, mobileCountries, mobileFor } from './es-phone.ts';
import { seededFaker } from './seeded-faker.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const faker = (seed: number) => seededFaker({ locale: 'es', seed, now });

describe('Spanish mobiles', () => {
  it('are E.164 numbers that libphonenumber classifies as Spanish mobiles, over many seeds', () => {
    const prefixes = new Set<string>();
    for (let seed = 0; seed < 500; seed++) {
      const number = esMobile(faker(seed));
      expect(number).toMatch(esMobilePattern);
      const parsed = parsePhoneNumberFromString(number);
      expect(parsed?.country, number).toBe('ES');
      expect(parsed?.getType(), number).toBe('MOBILE');
      prefixes.add(number.charAt(3));
    }
    expect([...prefixes].sort()).toEqual(['6', '7']);
  });
});

describe('mobiles of other markets', () => {
  it.each(mobileCountries)('writes valid %s mobiles in E.164', (country) => {
    for (let seed = 0; seed < 100; seed++) {
      const number = mobileFor(faker(seed), country);
      const parsed = parsePhoneNumberFromString(number);
      expect(parsed?.country, number).toBe(country);
      expect(parsed?.getType(), number).toBe('MOBILE');
    }
  });

  it('falls back to a Spanish mobile for a country it does not know', () => {
    expect(mobileFor(faker(1), 'JP')).toMatch(esMobilePattern);
  });
});
