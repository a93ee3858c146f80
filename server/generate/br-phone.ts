/** @module Brazilian phone numbers as people write them: `(11) 98765-4321`, `(11) 3456-7890`. */
import type { Faker } from '@faker-js/faker';

/** The pattern every number from this module matches; mobiles have 9 digits, landlines 8. */
export const brPhonePattern = /^\(\d{2}\) (9\d{4}|[2-5]\d{3})-\d{4}$/;

/**
 * A mobile number: area code, a leading 9 (mandatory nationwide since 2016), then 8 digits.
 * @example mobileNumber(faker, 11) // '(11) 98765-4321'
 */
export function mobileNumber(faker: Faker, ddd: number): string {
  const head = `9${faker.number.int({ min: 6, max: 9 })}${digits(faker, 3)}`;
  return `(${ddd}) ${head}-${digits(faker, 4)}`;
}

/**
 * A landline number: area code, then 8 digits starting 2–5.
 * @example landlineNumber(faker, 21) // '(21) 3456-7890'
 */
export function landlineNumber(faker: Faker, ddd: number): string {
  return `(${ddd}) ${faker.number.int({ min: 2, max: 5 })}${digits(faker, 3)}-${digits(faker, 4)}`;
}

function digits(faker: Faker, count: number): string {
  return faker.string.numeric({ length: count, allowLeadingZeros: true });
}
