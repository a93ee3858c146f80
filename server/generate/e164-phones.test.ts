import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { landlineE164, mobileE164 } from './e164-phones.ts';
import { euCountries } from './eu-countries.ts';
import { euPlaces } from './eu-places.ts';
import { seededFaker } from './seeded-faker.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const faker = (seed: number) => seededFaker({ locale: 'en', seed, now });

describe('E.164 phones', () => {
  it.each(euCountries)('makes %s mobiles that libphonenumber (full metadata) types as MOBILE', (country) => {
    for (let seed = 0; seed < 300; seed++) {
      const number = mobileE164(faker(seed), country);
      expect(number).toMatch(/^\+[1-9]\d{7,14}$/);
      const parsed = parsePhoneNumberFromString(number);
      expect(parsed?.country, number).toBe(country);
      expect(parsed?.isValid(), number).toBe(true);
      expect(parsed?.getType(), number).toBe('MOBILE');
    }
  });

  it.each(euPlaces.map((p) => [p.id, p] as const))('makes %s landlines that libphonenumber types as FIXED_LINE', (_, place) => {
    for (let seed = 0; seed < 50; seed++) {
      const number = landlineE164(faker(seed), place.country, place.landline);
      const parsed = parsePhoneNumberFromString(number);
      expect(parsed?.country, number).toBe(place.country);
      expect(parsed?.isValid(), number).toBe(true);
      expect(parsed?.getType(), number).toBe('FIXED_LINE');
    }
  });
});
