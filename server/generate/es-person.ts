/**
 * @module A Spanish shop customer whose fields agree: two surnames, an e-mail made from the name, a
 * DNI (or, for about one in eight, a NIE: the share of foreign residents), a mobile and a city.
 */
import type { Faker } from '@faker-js/faker';
import { slug } from './common-helpers.ts';
import { randomDni, randomNie } from './es-documents.ts';
import { esMobile } from './es-phone.ts';
import { esPlaces, randomPostalCode } from './es-places.ts';

export type EsPerson = {
  firstName: string;
  /** Both surnames, as Spaniards write them ("García López"). */
  lastName: string;
  fullName: string;
  email: string;
  /** The tax id: a DNI for nationals, a NIE for foreign residents. */
  nif: string;
  nifType: 'DNI' | 'NIE';
  mobile: string;
  city: string;
  province: string;
  postalCode: string;
};

// Mailbox providers Spanish shoppers use, roughly by share.
const emailDomains = [
  { weight: 46, value: 'gmail.com' },
  { weight: 18, value: 'hotmail.com' },
  { weight: 8, value: 'hotmail.es' },
  { weight: 8, value: 'outlook.es' },
  { weight: 7, value: 'yahoo.es' },
  { weight: 7, value: 'icloud.com' },
  { weight: 3, value: 'telefonica.net' },
  { weight: 3, value: 'movistar.es' },
];

/**
 * @example randomEsPerson(faker) // { firstName: 'Lucía', lastName: 'García López', email: 'lucia.garcia87@gmail.com', nif: '48291735K', … }
 */
export function randomEsPerson(faker: Faker): EsPerson {
  const firstName = faker.person.firstName();
  // The es locale already writes two surnames ("Botello Arroyo", "Espinosa de los Monteros Pérez").
  const lastName = faker.person.lastName();
  const nifType = faker.datatype.boolean({ probability: 0.12 }) ? 'NIE' : 'DNI';
  const place = faker.helpers.arrayElement(esPlaces);
  return {
    firstName,
    lastName,
    fullName: `${firstName} ${lastName}`,
    email: esEmail(faker, firstName, lastName),
    nif: nifType === 'NIE' ? randomNie(faker) : randomDni(faker),
    nifType,
    mobile: esMobile(faker),
    city: place.city,
    province: place.province,
    postalCode: randomPostalCode(faker, place),
  };
}

/**
 * An address made of the person's names, as people pick them: `lucia.garcia`, `luciagarcia87`, `lgarcia_lopez`.
 * @example esEmail(faker, 'Lucía', 'García López') // 'lucia.garcia87@gmail.com'
 */
export function esEmail(faker: Faker, firstName: string, lastName: string): string {
  const [first = 'cliente'] = words(firstName);
  const [second = 'tienda', third = ''] = words(lastName);
  const local = faker.helpers.arrayElement([
    `${first}.${second}`,
    `${first}${second}`,
    `${first.charAt(0)}${second}${third === '' ? '' : `_${third}`}`,
    `${first}.${second}${third === '' ? '' : `.${third}`}`,
    `${first}_${second}`,
  ]);
  const suffix = faker.helpers.arrayElement(['', '', String(faker.number.int({ min: 70, max: 99 })), String(faker.number.int({ min: 1, max: 999 }))]);
  return `${local}${suffix}@${faker.helpers.weightedArrayElement(emailDomains)}`;
}

/** Lower-case ASCII words of a name, without the particles of compound surnames (de, la, los, …). */
function words(name: string): string[] {
  return slug(name)
    .split('-')
    .filter((w) => w !== '' && !particles.has(w));
}
const particles = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'i']);
