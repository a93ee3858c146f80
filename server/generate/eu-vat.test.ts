import { belgium, checkVAT, france, germany, italy, luxembourg, netherlands } from 'jsvat';
import { describe, expect, it } from 'vitest';
import { euCountries } from './eu-countries.ts';
import { belgianCheck, dutchCheckDigit, frenchKey, germanCheckDigit, luhnCheckDigit, luxembourgCheck, randomVatNumber } from './eu-vat.ts';
import { seededFaker } from './seeded-faker.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const validators = { BE: belgium, FR: france, NL: netherlands, DE: germany, IT: italy, LU: luxembourg } as const;
const formats = {
  BE: /^BE0[2-9]\d{8}$/,
  FR: /^FR\d{2}[1-9]\d{8}$/,
  NL: /^NL\d{9}B01$/,
  DE: /^DE[1-9]\d{8}$/,
  IT: /^IT\d{11}$/,
  LU: /^LU[1-9]\d{7}$/,
} as const;

describe('check digits of published VAT numbers', () => {
  it('computes the Luhn digit of the textbook example 7992739871-3', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3);
  });

  // Numbers used as examples by the Commission's VIES pages and by validator libraries.
  it.each([
    ['BE0411905847', () => belgianCheck('04119058'), '47'],
    ['FR40303265045', () => frenchKey('303265045'), '40'],
    ['NL004495445B01', () => dutchCheckDigit('00449544'), 5],
    ['DE136695976', () => germanCheckDigit('13669597'), 6],
    ['IT00743110157', () => luhnCheckDigit('0074311015'), 7],
    ['LU15027442', () => luxembourgCheck('150274'), '42'],
  ])('agrees with %s', (_, compute, expected) => {
    expect(compute()).toBe(expected);
  });

  it('has no Dutch check digit when the weighted sum leaves 10', () => {
    // 5 × 2 = 10: no digit can make this number valid.
    expect(dutchCheckDigit('00000005')).toBeUndefined();
  });
});

describe('randomVatNumber', () => {
  it.each(euCountries)('makes %s numbers that jsvat accepts, over many seeds', (country) => {
    for (let seed = 0; seed < 300; seed++) {
      const vat = randomVatNumber(seededFaker({ locale: 'en', seed, now }), country);
      expect(vat).toMatch(formats[country]);
      expect(checkVAT(vat, [validators[country]]).isValid, vat).toBe(true);
    }
  });

  it('puts the given provincial office in an Italian number', () => {
    const vat = randomVatNumber(seededFaker({ locale: 'it', seed: 4, now }), 'IT', { italianOffice: '058' });
    expect(vat.slice(9, 12)).toBe('058');
    expect(checkVAT(vat, [italy]).isValid).toBe(true);
  });
});
