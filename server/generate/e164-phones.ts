/**
 * @module Phone numbers in E.164 (`+32470123456`), valid for their country's numbering plan: mobiles
 * from the ranges the national regulators (BIPT, ARCEP, ACM, BNetzA, AGCOM, ILR) assign to mobile
 * networks, landlines from a city's area code.
 */
import type { Faker } from '@faker-js/faker';
import { callingCodes, type EuCountry } from './eu-countries.ts';

/** A number range: one of the prefixes, then random digits up to `length` national digits. */
export interface NumberRange {
  prefixes: readonly string[];
  /** Digits of the national significant number, prefix included (Italy's keeps the leading 0). */
  length: number;
}

export const mobileRanges: Readonly<Record<EuCountry, NumberRange>> = {
  BE: { prefixes: ['460', '468', '470', '471', '472', '473', '475', '476', '477', '478', '479', '484', '485', '486', '487', '488', '489', '490', '491', '492', '493', '494', '495', '496', '497', '498', '499'], length: 9 },
  FR: { prefixes: ['60', '61', '62', '64', '65', '66', '67', '68', '73', '74', '75', '76', '77', '78'], length: 9 },
  NL: { prefixes: ['61', '62', '63', '64', '65'], length: 9 },
  DE: { prefixes: ['151', '152', '157', '159', '160', '162', '170', '171', '172', '173', '174', '175', '176', '177', '178', '179'], length: 11 },
  IT: { prefixes: ['320', '324', '328', '329', '331', '333', '334', '335', '338', '339', '340', '342', '345', '347', '348', '349', '351', '366', '388', '389', '392', '393'], length: 10 },
  LU: { prefixes: ['621', '628', '661', '668', '691', '698'], length: 9 },
};

/**
 * A mobile number of `country`, E.164.
 * @example mobileE164(faker, 'BE') // '+32478123456'
 */
export function mobileE164(faker: Faker, country: EuCountry): string {
  return e164(faker, country, mobileRanges[country]);
}

/**
 * A landline number in `range` (a city's area code), E.164.
 * @example landlineE164(faker, 'BE', { prefixes: ['22'], length: 8 }) // '+3222345678'
 */
export function landlineE164(faker: Faker, country: EuCountry, range: NumberRange): string {
  return e164(faker, country, range);
}

function e164(faker: Faker, country: EuCountry, { prefixes, length }: NumberRange): string {
  const prefix = faker.helpers.arrayElement(prefixes);
  const rest = faker.string.numeric({ length: length - prefix.length, allowLeadingZeros: true });
  return `+${callingCodes[country]}${prefix}${rest}`;
}
