/** @module Brazilian tax ids with valid check digits: CPF (people) and CNPJ (companies). */
import type { Faker } from '@faker-js/faker';

/** Digits as numbers 0–9, most significant first. */
export type Digits = readonly number[];

/**
 * The two CPF check digits for the nine base digits (Receita Federal's mod-11 rule).
 * @example cpfCheckDigits([5, 2, 9, 9, 8, 2, 2, 4, 7]) // [2, 5] → 529.982.247-25
 */
export function cpfCheckDigits(base: Digits): [number, number] {
  if (base.length !== 9) throw new RangeError(`a CPF base has 9 digits, got ${base.length}`);
  const first = cpfDigit(base);
  return [first, cpfDigit([...base, first])];
}

// Weights run from length+1 down to 2; a remainder of 10 becomes 0.
function cpfDigit(digits: Digits): number {
  const sum = digits.reduce((acc, d, i) => acc + d * (digits.length + 1 - i), 0);
  return ((sum * 10) % 11) % 10;
}

const cnpjWeights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/**
 * The two CNPJ check digits for the twelve base digits (8 of the company, 4 of the branch).
 * @example cnpjCheckDigits([1, 1, 2, 2, 2, 3, 3, 3, 0, 0, 0, 1]) // [8, 1] → 11.222.333/0001-81
 */
export function cnpjCheckDigits(base: Digits): [number, number] {
  if (base.length !== 12) throw new RangeError(`a CNPJ base has 12 digits, got ${base.length}`);
  const first = cnpjDigit(base);
  return [first, cnpjDigit([...base, first])];
}

// Weights are the last `length` of 6,5,4,3,2,9,…,2; a remainder below 2 gives 0, otherwise 11 - remainder.
function cnpjDigit(digits: Digits): number {
  const weights = cnpjWeights.slice(cnpjWeights.length - digits.length);
  const remainder = digits.reduce((acc, d, i) => acc + d * (weights[i] ?? 0), 0) % 11;
  return remainder < 2 ? 0 : 11 - remainder;
}

/** @example formatCpf([5,2,9,9,8,2,2,4,7,2,5]) // '529.982.247-25' */
export function formatCpf(digits: Digits): string {
  const s = digits.join('');
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9, 11)}`;
}

/** @example formatCnpj([1,1,2,2,2,3,3,3,0,0,0,1,8,1]) // '11.222.333/0001-81' */
export function formatCnpj(digits: Digits): string {
  const s = digits.join('');
  return `${s.slice(0, 2)}.${s.slice(2, 5)}.${s.slice(5, 8)}/${s.slice(8, 12)}-${s.slice(12, 14)}`;
}

/**
 * A random valid CPF, formatted `000.000.000-00`. Bases of one repeated digit (111.111.111-11) pass
 * the arithmetic but are rejected by every validator, so they are never drawn.
 * @example randomCpf(faker) // '529.982.247-25'
 */
export function randomCpf(faker: Faker): string {
  const base = drawDigits(faker, 9);
  return formatCpf([...base, ...cpfCheckDigits(base)]);
}

/**
 * A random valid CNPJ of a head office (branch 0001), formatted `00.000.000/0000-00`.
 * @example randomCnpj(faker) // '11.222.333/0001-81'
 */
export function randomCnpj(faker: Faker): string {
  const base = [...drawDigits(faker, 8), 0, 0, 0, 1];
  return formatCnpj([...base, ...cnpjCheckDigits(base)]);
}

function drawDigits(faker: Faker, count: number): number[] {
  const digits = Array.from({ length: count }, () => faker.number.int({ min: 0, max: 9 }));
  // Nudge the last digit when all are equal: deterministic, and the result is still uniform enough.
  if (digits.every((d) => d === digits[0])) digits[count - 1] = ((digits[0] ?? 0) + 1) % 10;
  return digits;
}
