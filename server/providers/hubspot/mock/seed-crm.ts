/**
 * @module The mock's data set: contacts, companies, deals, tickets, products and line items made with
 * the webhook fixtures' generators (fixtures/hubspot/<object>.json), so a full sync sees the same kind
 * of values the webhooks carry. Pure: the same seed, clock and settings give the same records.
 */
import type { Faker } from '@faker-js/faker';
import { render } from '../../../generate/template.ts';
import { seededFaker } from '../../../generate/seeded-faker.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../../util/json.ts';
import type { MockSeedContext } from '../../mock-types.ts';
import { defaultFixturesFolder, loadFixtures, type ObjectFixture } from '../fixtures.ts';
import type { HubSpotSettings } from '../settings.ts';
import { formatEpochMs, hubspotHelpers } from '../template-helpers.ts';
import { crmObjectTypes, dateProperties, type CrmObjectType } from './crm-object-types.ts';
import { instant, toJson, type CrmRecord } from './crm-record.ts';

const year = 365 * 86_400_000;

let fixtures: Map<string, ObjectFixture> | undefined;

/**
 * @example seedCrm({ seed: 1, now, settings }).contacts?.length // 230
 */
export function seedCrm({ seed, now, settings }: MockSeedContext<HubSpotSettings>): Record<string, JsonObject[]> {
  fixtures ??= loadFixtures(defaultFixturesFolder);
  const made = new Map<string, CrmRecord[]>();
  // Products and companies first: line items and contacts point at them.
  for (const name of ['products', 'companies', 'contacts', 'deals', 'tickets', 'line_items']) {
    const type = crmObjectTypes.find((t) => t.name === name);
    const fixture = type && fixtures.get(type.object);
    if (!type || !fixture) continue;
    const faker = seededFaker({ locale: 'en', seed: salted(seed, type.name), now });
    const records = seedType({ type, fixture, faker, now, settings, made });
    made.set(type.name, records);
  }
  return Object.fromEntries([...made].map(([name, records]) => [name, records.map(toJson)]));
}

interface SeedTypeInput {
  type: CrmObjectType;
  fixture: ObjectFixture;
  faker: Faker;
  now: Date;
  settings: HubSpotSettings;
  made: ReadonlyMap<string, CrmRecord[]>;
}

function seedType({ type, fixture, faker, now, settings, made }: SeedTypeInput): CrmRecord[] {
  const context = { faker, helpers: hubspotHelpers({ faker, now, settings }), formatDate: formatEpochMs, source: `${fixture.source} (mock data set)` };
  const emails = new Set<string>();
  // Ids as today's portals show them (8 to 11 digits), increasing with creation, a few apart.
  let id = faker.number.int({ min: 10_000_000, max: 40_000_000_000 });
  return Array.from({ length: type.seedCount }, (_, i) => {
    id += faker.number.int({ min: 1, max: 40 });
    // Created over the past year in id order; modified some time after.
    const created = now.getTime() - year + Math.floor(((i + faker.number.float({ min: 0, max: 0.9 })) * year) / type.seedCount);
    const updated = created + faker.number.int({ min: 0, max: now.getTime() - created });
    const properties = asStrings(render(fixture.properties, context));
    for (const name of Object.keys(properties)) {
      if (dateProperties.has(name) && /^\d+$/.test(properties[name] ?? '')) properties[name] = instant(new Date(Number(properties[name])));
    }
    Object.assign(properties, related(type, faker, made, properties, emails), {
      hs_object_id: String(id),
      createdate: instant(new Date(created)),
      [type.lastModified]: instant(new Date(updated)),
    });
    return { id: String(id), properties, createdAt: instant(new Date(created)), updatedAt: instant(new Date(updated)), archived: false };
  });
}

/** Values that make the data set agree with itself: a contact's e-mail and company, a line item's product. */
function related(type: CrmObjectType, faker: Faker, made: ReadonlyMap<string, CrmRecord[]>, properties: Record<string, string>, emails: Set<string>): Record<string, string> {
  if (type.object === 'contact') {
    const company = pick(faker, made.get('companies'));
    const domain = company?.properties.domain;
    let email = faker.internet.email({ firstName: properties.firstname, lastName: properties.lastname, ...(domain ? { provider: domain } : {}) }).toLowerCase();
    // HubSpot keeps e-mails unique per portal.
    while (emails.has(email)) email = email.replace('@', `${faker.number.int({ min: 1, max: 99 })}@`);
    emails.add(email);
    return { email, ...(company?.properties.name ? { company: company.properties.name } : {}) };
  }
  if (type.object === 'line_item') {
    const product = pick(faker, made.get('products'));
    return product ? { hs_product_id: product.id, name: product.properties.name ?? '' } : {};
  }
  return {};
}

function pick<T>(faker: Faker, list: readonly T[] | undefined): T | undefined {
  return list && list.length > 0 ? faker.helpers.arrayElement(list) : undefined;
}

/** HubSpot property values are strings. */
function asStrings(rendered: JsonValue): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isJsonObject(rendered)) return out;
  for (const [name, value] of Object.entries(rendered)) {
    if (name === '$vars' || value === null || value === undefined) continue;
    out[name] = typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return out;
}

/** FNV-1a of the text, mixed into the seed: each object has its own stream. */
function salted(seed: number, text: string): number {
  let hash = 0x811c9dc5;
  for (const c of text) hash = Math.imul(hash ^ (c.codePointAt(0) ?? 0), 0x01000193);
  return (seed ^ hash) >>> 0;
}
