/**
 * @module The seeded profiles: Spanish (or English) individuals of the org's "Individual" type, with
 * the values a KYC team keeps (names, NIF, address, risk) and an ID document that expires.
 */
import type { Faker } from '@faker-js/faker';
import { toGlobalId } from '../global-id.ts';
import type { StoredProfile, StoredProperty } from './profile-record.ts';
import { profileName, profileTypeNumber } from './profile-type.ts';

export const seededProfileCount = 25;
const day = 86_400_000;
const nifLetters = 'TRWAGMYFPDXBNJZSQVHLCKE';
/** Occupations a KYC file records (faker's job titles read like satire in Spanish). */
const occupations = {
  es: ['Abogada', 'Arquitecto', 'Médica', 'Ingeniero de software', 'Economista', 'Autónomo', 'Profesora', 'Farmacéutico', 'Consultora', 'Jubilado'],
  en: ['Lawyer', 'Architect', 'Physician', 'Software engineer', 'Economist', 'Self-employed', 'Teacher', 'Pharmacist', 'Consultant', 'Retired'],
} as const;

export interface SeedNumbers {
  /** The next id of a type, counting on from what was drawn before. */
  next(type: string): number;
}

/**
 * Profiles oldest first, so the default order pages by creation date.
 * @example seedProfiles({ faker, now, orgId: 1287, numbers }).length // 25
 */
export function seedProfiles({ faker, now, orgId, locale, numbers }: { faker: Faker; now: Date; orgId: number; locale: 'es' | 'en'; numbers: SeedNumbers }): StoredProfile[] {
  return Array.from({ length: seededProfileCount }, (_, i) => {
    const createdAt = new Date(now.getTime() - (seededProfileCount - i) * 3 * day + faker.number.int({ min: 0, max: 2 * day }));
    const number = numbers.next('Profile');
    const properties = seedProperties({ faker, createdAt, now, locale, numbers });
    const values = Object.fromEntries(Object.entries(properties).map(([alias, p]) => [alias, p.value]));
    return {
      id: toGlobalId('Profile', number),
      name: profileName(values),
      status: faker.number.int({ min: 1, max: 100 }) <= 15 ? 'CLOSED' : 'OPEN',
      profileTypeId: toGlobalId('ProfileType', profileTypeNumber(orgId)),
      createdAt: createdAt.toISOString(),
      properties,
    };
  });
}

function seedProperties({ faker, createdAt, now, locale, numbers }: { faker: Faker; createdAt: Date; now: Date; locale: 'es' | 'en'; numbers: SeedNumbers }): Record<string, StoredProperty> {
  const firstName = faker.person.firstName();
  // Spanish faker surnames often come in pairs already ("Romero Nieto").
  const lastName = faker.person.lastName();
  const dni = faker.number.int({ min: 10_000_000, max: 99_999_999 });
  const at = createdAt.toISOString();
  const value = (v: string): StoredProperty => ({ valueId: toGlobalId('ProfileFieldValue', numbers.next('ProfileFieldValue')), value: v, files: null, expiresAt: null, createdAt: at });
  const properties: Record<string, StoredProperty> = {
    p_first_name: value(firstName),
    p_last_name: value(lastName),
    p_email: value(faker.internet.email({ firstName, lastName: lastName.split(' ')[0] ?? lastName }).toLowerCase()),
    p_tax_id: value(`${dni}${nifLetters[dni % 23]}`),
    p_city: value(faker.location.city()),
    p_zip: value(faker.location.zipCode('#####')),
    p_country_of_residence: value(faker.helpers.weightedArrayElement([{ weight: 8, value: 'ES' }, { weight: 1, value: 'PT' }, { weight: 1, value: 'FR' }])),
    p_is_pep: value(faker.helpers.weightedArrayElement([{ weight: 9, value: 'NO' }, { weight: 1, value: 'YES' }])),
    p_risk: value(faker.helpers.weightedArrayElement([{ weight: 6, value: 'LOW' }, { weight: 3, value: 'MEDIUM' }, { weight: 1, value: 'HIGH' }])),
    p_occupation: value(faker.helpers.arrayElement(occupations[locale])),
    p_client_status: value(faker.helpers.arrayElement(['PROSPECT', 'ACTIVE', 'ACTIVE', 'INACTIVE'])),
  };
  if (faker.datatype.boolean()) properties.p_passport_number = value(`${faker.string.alpha({ length: 3, casing: 'upper' })}${faker.string.numeric(6)}`);
  const expiry = new Date(now.getTime() + faker.number.int({ min: 30, max: 5 * 365 }) * day).toISOString().slice(0, 10);
  properties.p_id_document = {
    valueId: null,
    value: null,
    files: [
      {
        id: toGlobalId('ProfileFieldFile', numbers.next('ProfileFieldFile')),
        file: { filename: `dni_${firstName.toLowerCase()}.pdf`, size: faker.number.int({ min: 80_000, max: 900_000 }), contentType: 'application/pdf' },
        createdAt: at,
      },
    ],
    expiresAt: expiry,
    createdAt: at,
  };
  return properties;
}
