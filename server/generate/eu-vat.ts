/**
 * @module EU VAT numbers with valid check digits, in the compact form VIES uses: the country prefix,
 * then digits with no spaces or dots (`BE0411905847`, `FR40303265045`, `NL004495445B01`).
 *
 * Each rule is the tax administration's published check; sources are named per function.
 */
import type { Faker } from '@faker-js/faker';
import type { EuCountry } from './eu-countries.ts';

/** Standard VAT rates (%) in 2026: what an event ticket sold in that country is charged. */
export const standardVatRates: Readonly<Record<EuCountry, number>> = { BE: 21, FR: 20, NL: 21, DE: 19, IT: 22, LU: 17 };

/**
 * The Luhn check digit of a digit string (ISO/IEC 7812): French SIREN and Italian partita IVA use it.
 * @example luhnCheckDigit('7992739871') // 3
 */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  // The rightmost payload digit is doubled, then every second one leftwards.
  for (let i = 0; i < payload.length; i++) {
    const digit = Number(payload[payload.length - 1 - i]);
    const weighted = i % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Belgium (enterprise number, 10 digits): the last two are 97 − (the first eight mod 97).
 * @example belgianCheck('04119058') // '47' → BE0411905847
 */
export function belgianCheck(first8: string): string {
  return String(97 - (Number(first8) % 97)).padStart(2, '0');
}

/**
 * France: the two-digit key before the SIREN is (12 + 3 × (SIREN mod 97)) mod 97 (DGFiP).
 * @example frenchKey('303265045') // '40' → FR40303265045
 */
export function frenchKey(siren: string): string {
  return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');
}

/**
 * Netherlands (omzetbelastingnummer): weights 9…2 over the first eight digits, mod 11; a result of 10
 * has no valid digit (undefined): such numbers are never issued.
 * @example dutchCheckDigit('00449544') // 5 → NL004495445B01
 */
export function dutchCheckDigit(first8: string): number | undefined {
  const sum = [...first8].reduce((acc, d, i) => acc + Number(d) * (9 - i), 0) % 11;
  return sum === 10 ? undefined : sum;
}

/**
 * Germany (USt-IdNr.): ISO 7064 MOD 11,10 over the first eight digits.
 * @example germanCheckDigit('13669597') // 6 → DE136695976
 */
export function germanCheckDigit(first8: string): number {
  let product = 10;
  for (const d of first8) {
    const sum = (Number(d) + product) % 10 || 10;
    product = (2 * sum) % 11;
  }
  return (11 - product) % 10;
}

/**
 * Luxembourg: the last two digits are the first six mod 89.
 * @example luxembourgCheck('150274') // '42' → LU15027442
 */
export function luxembourgCheck(first6: string): string {
  return String(Number(first6) % 89).padStart(2, '0');
}

export interface RandomVatOptions {
  /**
   * Italy: the three-digit provincial office code (digits 8–10), so a company's number agrees with its
   * city (Roma 058, Milano 015). Drawn from 001–100 when not given.
   */
  italianOffice?: string | undefined;
}

/**
 * A random, valid VAT number of `country`, compact.
 * @example randomVatNumber(faker, 'BE') // 'BE0478123495'
 */
export function randomVatNumber(faker: Faker, country: EuCountry, { italianOffice }: RandomVatOptions = {}): string {
  switch (country) {
    case 'BE': {
      // Enterprise numbers start 0 then 2–9 (1xxx numbers are new and rare; some validators refuse 10…).
      const first8 = `0${faker.number.int({ min: 2, max: 9 })}${digits(faker, 6)}`;
      return `BE${first8}${belgianCheck(first8)}`;
    }
    case 'FR': {
      const payload = `${faker.number.int({ min: 1, max: 9 })}${digits(faker, 7)}`;
      const siren = `${payload}${luhnCheckDigit(payload)}`;
      return `FR${frenchKey(siren)}${siren}`;
    }
    case 'NL': {
      for (;;) {
        const first8 = digits(faker, 8);
        const check = dutchCheckDigit(first8);
        if (check !== undefined && first8 !== '00000000') return `NL${first8}${check}B01`;
      }
    }
    case 'DE': {
      const first8 = `${faker.number.int({ min: 1, max: 9 })}${digits(faker, 7)}`;
      return `DE${first8}${germanCheckDigit(first8)}`;
    }
    case 'IT': {
      const office = italianOffice ?? String(faker.number.int({ min: 1, max: 100 })).padStart(3, '0');
      const payload = `${String(faker.number.int({ min: 1, max: 9_999_999 })).padStart(7, '0')}${office}`;
      return `IT${payload}${luhnCheckDigit(payload)}`;
    }
    case 'LU': {
      const first6 = `${faker.number.int({ min: 1, max: 9 })}${digits(faker, 5)}`;
      return `LU${first6}${luxembourgCheck(first6)}`;
    }
  }
}

function digits(faker: Faker, length: number): string {
  return faker.string.numeric({ length, allowLeadingZeros: true });
}
