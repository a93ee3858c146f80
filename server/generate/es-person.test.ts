import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { validDNI, validNIE } from 'spain-id';
import { describe, expect, it } from 'vitest';
import { esIpv4 } from './es-network.ts';
import { randomEsPerson } from './es-person.ts';
import { esPlaces } from './es-places.ts';
import { seededFaker } from './seeded-faker.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const faker = (seed: number) => seededFaker({ locale: 'es', seed, now });
const ascii = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

describe('a Spanish customer', () => {
  it('has two surnames, an e-mail made of the names, a valid NIF, a mobile and a postal code of the city', () => {
    let nies = 0;
    for (let seed = 0; seed < 300; seed++) {
      const person = randomEsPerson(faker(seed));
      expect(person.lastName.split(' ').length, person.lastName).toBeGreaterThanOrEqual(2);
      expect(person.fullName).toBe(`${person.firstName} ${person.lastName}`);
      expect(person.email).toMatch(/^[a-z0-9._]+@[a-z]+\.(com|es|net)$/);
      const local = person.email.split('@')[0] ?? '';
      const firstWord = ascii(person.firstName).split(/[^a-z]/)[0] ?? '';
      expect(local.startsWith(firstWord) || local.startsWith(firstWord.charAt(0)), `${person.email} from ${person.fullName}`).toBe(true);
      if (person.nifType === 'NIE') nies++;
      expect(person.nifType === 'NIE' ? validNIE(person.nif) : validDNI(person.nif), person.nif).toBe(true);
      expect(parsePhoneNumberFromString(person.mobile)?.getType()).toBe('MOBILE');
      const place = esPlaces.find((p) => p.city === person.city);
      expect(place?.province).toBe(person.province);
      expect(Number(person.postalCode)).toBeGreaterThanOrEqual(place?.postalCodes[0] ?? Infinity);
      expect(Number(person.postalCode)).toBeLessThanOrEqual(place?.postalCodes[1] ?? -Infinity);
    }
    // About one in eight: enough to be seen, never the majority.
    expect(nies).toBeGreaterThan(10);
    expect(nies).toBeLessThan(90);
  });

  it('is the same person for the same seed', () => {
    expect(randomEsPerson(faker(42))).toEqual(randomEsPerson(faker(42)));
  });
});

describe('a Spanish residential IP address', () => {
  it('is a dotted IPv4 in one of the listed blocks, with no .0 or .255 host', () => {
    for (let seed = 0; seed < 200; seed++) {
      const ip = esIpv4(faker(seed));
      const octets = ip.split('.').map(Number);
      expect(octets).toHaveLength(4);
      expect([80, 83, 88]).toContain(octets[0]);
      expect(octets[3]).toBeGreaterThanOrEqual(1);
      expect(octets[3]).toBeLessThanOrEqual(254);
    }
  });
});
