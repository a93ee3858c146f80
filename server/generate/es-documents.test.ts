import { validCIF, validDNI, validNIE } from 'spain-id';
import { describe, expect, it } from 'vitest';
import { cifControl, dniLetter, nieLetter, randomCif, randomDni, randomNie } from './es-documents.ts';
import { seededFaker } from './seeded-faker.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const faker = (seed: number) => seededFaker({ locale: 'es', seed, now });

describe('DNI', () => {
  it.each([
    [12345678, 'Z'], // the example of the Ministerio del Interior's own page
    [0, 'T'],
    [22, 'E'],
  ])('gives %i the letter %s', (number, letter) => {
    expect(dniLetter(number)).toBe(letter);
  });

  it('generates DNIs that an independent validator accepts, over many seeds', () => {
    for (let seed = 0; seed < 500; seed++) {
      const dni = randomDni(faker(seed));
      expect(dni).toMatch(/^\d{8}[A-Z]$/);
      expect(validDNI(dni), dni).toBe(true);
    }
  });

  it('refuses a number longer than eight digits', () => {
    expect(() => dniLetter(100_000_000)).toThrow(RangeError);
  });
});

describe('NIE', () => {
  it.each([
    ['X', 1234567, 'L'], // X1234567L, the example most validators document
    ['Y', 0, 'Z'],
    ['Z', 0, 'M'],
  ] as const)('gives %s%i the letter %s', (prefix, digits, letter) => {
    expect(nieLetter(prefix, digits)).toBe(letter);
  });

  it('generates NIEs with every prefix that an independent validator accepts', () => {
    const prefixes = new Set<string>();
    for (let seed = 0; seed < 500; seed++) {
      const nie = randomNie(faker(seed));
      expect(nie).toMatch(/^[XYZ]\d{7}[A-Z]$/);
      expect(validNIE(nie), nie).toBe(true);
      prefixes.add(nie.charAt(0));
    }
    expect([...prefixes].sort()).toEqual(['X', 'Y', 'Z']);
  });
});

describe('CIF', () => {
  it.each([
    ['A82018474'], // Telefónica, S.A.
    ['A46103834'], // Mercadona, S.A.
    ['A28017895'], // El Corte Inglés, S.A.
  ])('computes the control of the published %s', (cif) => {
    expect(cifControl(cif.charAt(0), cif.slice(1, 8))).toBe(cif.charAt(8));
  });

  it('writes a letter control for public bodies (entity letter P, Q, S)', () => {
    expect(cifControl('Q', '2818002')).toMatch(/^[A-J]$/);
    expect(validCIF(`Q2818002${cifControl('Q', '2818002')}`)).toBe(true);
  });

  it.each(['A', 'B', 'F', 'G', 'P', 'Q', 'S'])('generates %s… CIFs that an independent validator accepts', (entity) => {
    for (let seed = 0; seed < 200; seed++) {
      const cif = randomCif(faker(seed), { entity, province: 28 });
      expect(cif).toMatch(new RegExp(`^${entity}28\\d{5}[0-9A-J]$`));
      expect(validCIF(cif), cif).toBe(true);
    }
  });

  it('refuses a base that is not seven digits', () => {
    expect(() => cifControl('B', '123')).toThrow(RangeError);
    expect(() => cifControl('b', '1234567')).toThrow(RangeError);
  });
});
