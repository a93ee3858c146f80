/**
 * @module The mock's data set: contacts, deals, orders, products, quotes and tasks rendered from the
 * provider's own fixtures (the same faker templates as the webhooks), linked into one account, in
 * REST form, plus the account's users.
 */
import type { JsonObject } from '../../../util/json.ts';
import { seededFaker } from '../../../generate/seeded-faker.ts';
import type { MockSeedContext } from '../../mock-types.ts';
import { generatePloomesEvent } from '../generate.ts';
import { ploomesEntities, type PloomesEntity } from '../ids.ts';
import type { PloomesSettings } from '../settings.ts';
import { createDefaults, documentedFields } from './entity-fields.ts';
import type { StoredSet } from './entity-types.ts';
import { linkRecords, type EntityRecords } from './link-records.ts';
import { mockEvents } from './mock-events.ts';
import { toRestRecord } from './record-forms.ts';

/** Enough to page through at the usual `$top` sizes, small enough to seed in well under a second. */
export const seedCounts: Readonly<Record<PloomesEntity, number>> = { Contacts: 120, Deals: 80, Orders: 40, Products: 30, Quotes: 40, Tasks: 60 };

/**
 * @example seedRecords({ seed: 1, now, settings }).Deals[0].ContactId // the Id of a seeded contact
 */
export function seedRecords({ seed, now, settings }: MockSeedContext<PloomesSettings>): Record<StoredSet, JsonObject[]> {
  const generated = {} as EntityRecords;
  for (const entity of ploomesEntities) generated[entity] = generateSet(entity, seedCounts[entity], { seed, now, settings });
  linkRecords(generated, seededFaker({ locale: 'pt_BR', seed, now }));
  const out = {} as Record<StoredSet, JsonObject[]>;
  for (const entity of ploomesEntities) {
    out[entity] = generated[entity].map((r) => toRestRecord(withDocumentedFields(r, entity))).sort((a, b) => Number(a.Id) - Number(b.Id));
  }
  out.Users = seedUsers({ seed, now, settings });
  return out;
}

/** `count` records of an entity with distinct Ids, each from its own seed. */
function generateSet(entity: PloomesEntity, count: number, { seed, now, settings }: MockSeedContext<PloomesSettings>): JsonObject[] {
  const records: JsonObject[] = [];
  const ids = new Set<unknown>();
  for (let attempt = 0; records.length < count; attempt++) {
    const record = generateRecord(entity, seed * 100_000 + attempt, now, settings);
    if (ids.has(record.Id)) continue;
    ids.add(record.Id);
    records.push(record);
  }
  return records;
}

/** The record as it stands, untouched by any action: what a Delete's `Old` carries. */
export function generateRecord(entity: PloomesEntity, seed: number, now: Date, settings: PloomesSettings): JsonObject {
  const { payload } = generatePloomesEvent(mockEvents, `${entity}.Delete`, { seed, now, set: {}, settings });
  return (payload as { Old: JsonObject }).Old;
}

function withDocumentedFields(record: JsonObject, entity: PloomesEntity): JsonObject {
  const out = { ...record };
  const defaults = createDefaults[entity];
  for (const field of documentedFields[entity]) if (!(field in out)) out[field] = defaults[field] ?? null;
  return out;
}

/** The account's users: everyone the records name as owner, creator or updater, and the API user. */
function seedUsers({ seed, now, settings }: MockSeedContext<PloomesSettings>): JsonObject[] {
  const faker = seededFaker({ locale: 'pt_BR', seed: seed + 1, now });
  const ids = [...new Set([...settings.userIds, settings.webhookCreatorId])].sort((a, b) => a - b);
  return ids.map((Id) => {
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    return { Id, Name: `${firstName} ${lastName}`, Email: faker.internet.email({ firstName, lastName, provider: 'empresa.com.br' }).toLowerCase() };
  });
}
