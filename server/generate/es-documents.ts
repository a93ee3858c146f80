/** @module Spanish tax ids with valid control characters: DNI and NIE (people), CIF (companies). */
import type { Faker } from '@faker-js/faker';

// Real Decreto 1553/2005: the letter is the DNI number modulo 23, looked up in this table.
const dniLetters = 'TRWAGMYFPDXBNJZSQVHLCKE';

/**
 * The control letter of a DNI number (0–99,999,999).
 * @example dniLetter(12345678) // 'Z' → 12345678Z
 */
export function dniLetter(number: number): string {
  if (!Number.isInteger(number) || number < 0 || number > 99_999_999) throw new RangeError(`a DNI number has at most 8 digits, got ${number}`);
  return dniLetters.charAt(number % 23);
}

export const niePrefixes = ['X', 'Y', 'Z'] as const;
export type NiePrefix = (typeof niePrefixes)[number];

/**
 * The control letter of a NIE: the prefix stands for a leading 0, 1 or 2, then the DNI rule applies.
 * @example nieLetter('X', 1234567) // 'L' → X1234567L
 */
export function nieLetter(prefix: NiePrefix, digits: number): string {
  if (!Number.isInteger(digits) || digits < 0 || digits > 9_999_999) throw new RangeError(`a NIE has 7 digits after its letter, got ${digits}`);
  return dniLetter(niePrefixes.indexOf(prefix) * 10_000_000 + digits);
}

/** CIF control: a digit for these entity letters (A S.A., B S.L., E comunidad de bienes, H comunidad de propietarios). */
const digitControlled = new Set(['A', 'B', 'E', 'H']);
/** …a letter for these (public bodies, religious entities, non-residents); the rest may use either (we write a digit). */
const letterControlled = new Set(['K', 'N', 'P', 'Q', 'R', 'S', 'W']);
const cifControlLetters = 'JABCDEFGHI';

/**
 * The control character of a CIF: Luhn-like over the 7 digits (2 of the province, 5 of the register).
 * @example cifControl('A', '8201847') // '4' → A82018474 (Telefónica, S.A.)
 */
export function cifControl(entity: string, digits: string): string {
  if (!/^[A-Z]$/.test(entity)) throw new RangeError(`a CIF starts with one uppercase letter, got "${entity}"`);
  if (!/^\d{7}$/.test(digits)) throw new RangeError(`a CIF has 7 digits before its control, got "${digits}"`);
  let sum = 0;
  for (const [i, c] of [...digits].entries()) {
    const d = Number(c);
    // Odd positions (1st, 3rd, …) are doubled and their digits added; even positions count as they are.
    sum += i % 2 === 0 ? Math.floor((d * 2) / 10) + ((d * 2) % 10) : d;
  }
  const control = (10 - (sum % 10)) % 10;
  return letterControlled.has(entity) && !digitControlled.has(entity) ? cifControlLetters.charAt(control) : String(control);
}

/**
 * A random valid DNI, `00000000X` (eight digits, as printed on the card, then the letter).
 * @example randomDni(faker) // '48291735K'
 */
export function randomDni(faker: Faker): string {
  // Numbers below 1,000,000 belong to the earliest holders: rare in a shop's customers.
  const number = faker.number.int({ min: 1_000_000, max: 99_999_999 });
  return `${String(number).padStart(8, '0')}${dniLetter(number)}`;
}

/**
 * A random valid NIE, `X0000000X`. Y is the prefix issued since 2008, so it is the most common.
 * @example randomNie(faker) // 'Y4821973T'
 */
export function randomNie(faker: Faker): string {
  const prefix = faker.helpers.weightedArrayElement<NiePrefix>([
    { weight: 3, value: 'X' },
    { weight: 6, value: 'Y' },
    { weight: 1, value: 'Z' },
  ]);
  const digits = faker.number.int({ min: 0, max: 9_999_999 });
  return `${prefix}${String(digits).padStart(7, '0')}${nieLetter(prefix, digits)}`;
}

/**
 * A random valid CIF for an entity letter (B, a sociedad limitada, by default) registered in a
 * province (its two-digit code, the first two digits of its postal codes).
 * @example randomCif(faker, { entity: 'A', province: 28 }) // 'A28461937'
 */
export function randomCif(faker: Faker, { entity = 'B', province }: { entity?: string; province?: number } = {}): string {
  const code = province ?? faker.number.int({ min: 1, max: 52 });
  if (!Number.isInteger(code) || code < 1 || code > 99) throw new RangeError(`a CIF province code is 01–99, got ${code}`);
  const digits = `${String(code).padStart(2, '0')}${faker.string.numeric({ length: 5, allowLeadingZeros: true })}`;
  return `${entity}${digits}${cifControl(entity, digits)}`;
}
