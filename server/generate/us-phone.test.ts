import { isValidPhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { seededFaker } from './seeded-faker.ts';
import { usPhoneNumber, usPhonePattern } from './us-phone.ts';

const now = new Date('2026-01-01T12:00:00Z');

describe('usPhoneNumber', () => {
  it('writes numbers libphonenumber-js accepts as valid US numbers, in the national format', () => {
    for (let seed = 0; seed < 500; seed++) {
      const number = usPhoneNumber(seededFaker({ locale: 'en', seed, now }));
      expect(number).toMatch(usPhonePattern);
      expect(isValidPhoneNumber(number, 'US'), number).toBe(true);
      expect(parsePhoneNumberFromString(number, 'US')?.formatNational()).toBe(number);
    }
  });

  it('never uses an N11 or 555 exchange', () => {
    for (let seed = 0; seed < 2000; seed++) {
      const exchange = usPhoneNumber(seededFaker({ locale: 'en', seed, now })).slice(6, 9);
      expect(exchange).not.toMatch(/^(\d11|555)$/);
    }
  });

  it('gives the same number for the same seed', () => {
    expect(usPhoneNumber(seededFaker({ locale: 'en', seed: 9, now }))).toBe(usPhoneNumber(seededFaker({ locale: 'en', seed: 9, now })));
  });
});
