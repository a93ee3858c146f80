/**
 * @module The seeded templates and the parallels created from them, in the data language, tagged with
 * the org's tags (org-objects.ts) and owned by the org's users.
 */
import type { Faker } from '@faker-js/faker';
import type { JsonObject } from '../../../util/json.ts';
import { toGlobalId } from '../global-id.ts';
import { tagNames } from '../org-objects.ts';
import type { PetitionStatus, StoredPetition, StoredTemplate } from './petition-record.ts';
import type { SeedNumbers } from './seed-profiles.ts';

export const seededPetitionCount = 30;
const day = 86_400_000;

/** Templates of a KYC team [inferred]; ids below the parallels', as templates come first. */
const templateNames = [
  { es: 'Alta de cliente (KYC)', en: 'Client onboarding (KYC)', number: 4101 },
  { es: 'Renovación de documentación', en: 'Document renewal', number: 4102 },
  { es: 'Diligencia debida de proveedor', en: 'Supplier due diligence', number: 4103 },
] as const;

export function seedTemplates({ faker, now, locale }: { faker: Faker; now: Date; locale: 'es' | 'en' }): StoredTemplate[] {
  return templateNames.map((t, i) => ({
    id: toGlobalId('Petition', t.number),
    name: t[locale],
    path: '/',
    description: null,
    locale,
    createdAt: new Date(now.getTime() - (400 - i * 30) * day).toISOString(),
    customProperties: {},
    tags: [tagNames[i % tagNames.length]?.[locale] ?? 'KYC'],
  }));
}

/**
 * Parallels oldest first, each from one of the templates, named after a client.
 * @example seedPetitions({ faker, now, locale: 'es', templates, owners, numbers })[0].fromTemplateId
 */
export function seedPetitions({
  faker,
  now,
  locale,
  templates,
  owners,
  numbers,
}: {
  faker: Faker;
  now: Date;
  locale: 'es' | 'en';
  templates: readonly StoredTemplate[];
  owners: readonly JsonObject[];
  numbers: SeedNumbers;
}): StoredPetition[] {
  return Array.from({ length: seededPetitionCount }, (_, i) => {
    const template = faker.helpers.arrayElement(templates);
    const status = faker.helpers.weightedArrayElement<PetitionStatus>([
      { weight: 2, value: 'DRAFT' },
      { weight: 4, value: 'PENDING' },
      { weight: 3, value: 'COMPLETED' },
      { weight: 1, value: 'CLOSED' },
    ]);
    const createdAt = new Date(now.getTime() - (seededPetitionCount - i) * 2 * day + faker.number.int({ min: 0, max: day }));
    return {
      id: toGlobalId('Petition', numbers.next('Petition')),
      name: `${template.name} – ${faker.person.firstName()} ${faker.person.lastName()}`,
      path: '/',
      status,
      deadline: faker.datatype.boolean() ? new Date(createdAt.getTime() + faker.number.int({ min: 7, max: 45 }) * day).toISOString() : null,
      locale,
      createdAt: createdAt.toISOString(),
      fromTemplateId: template.id,
      customProperties: faker.datatype.boolean() ? { clientId: faker.string.numeric(6) } : ({} as Record<string, string>),
      isAnonymized: false,
      tags: faker.helpers.arrayElements(tagNames, { min: 0, max: 2 }).map((t) => t[locale]),
      owner: faker.helpers.arrayElement(owners),
    };
  });
}
