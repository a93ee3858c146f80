/** @module Mobile phone numbers in E.164 for Spain and its neighbouring markets (`+34612345678`). */
import type { Faker } from '@faker-js/faker';

/** Spanish mobiles: 6xx, or 71x–74x (the 7 range opened to mobiles in 2011). */
export const esMobilePattern = /^\+34(6\d{8}|7[1-4]\d{7})$/;

/**
 * A Spanish mobile number in E.164.
 * @example esMobile(faker) // '+34612345678'
 */
export function esMobile(faker: Faker): string {
  const head = faker.datatype.boolean({ probability: 0.9 }) ? `6${digits(faker, 2)}` : `7${faker.number.int({ min: 1, max: 4 })}${digits(faker, 1)}`;
  return `+34${head}${digits(faker, 6)}`;
}

const frMobilePrefixes = ['60', '61', '62', '64', '65', '73', '74', '75', '76', '77', '78', '79'];

/** Countries whose mobiles this module can write: calling code, then a drawn national number. */
const mobileShapes: Readonly<Record<string, (faker: Faker) => string>> = {
  ES: esMobile,
  PT: (f) => `+3519${f.helpers.arrayElement(['1', '2', '3', '6'])}${digits(f, 7)}`,
  // Metropolitan mobiles: 060–065 and 073–079, leaving out 063 (0639 rings overseas departments; 069x
  // too; 070–072 is unassigned).
  FR: (f) => `+33${f.helpers.arrayElement(frMobilePrefixes)}${digits(f, 7)}`,
  IT: (f) => `+393${f.number.int({ min: 2, max: 9 })}${digits(f, 8)}`,
};

export const mobileCountries = Object.keys(mobileShapes);

/**
 * A mobile number of `country` (ISO 3166 alpha-2) in E.164; a Spanish one for countries not listed
 * in `mobileCountries`.
 * @example mobileFor(faker, 'PT') // '+351912345678'
 */
export function mobileFor(faker: Faker, country: string): string {
  return (mobileShapes[country.toUpperCase()] ?? esMobile)(faker);
}

function digits(faker: Faker, count: number): string {
  return faker.string.numeric({ length: count, allowLeadingZeros: true });
}
