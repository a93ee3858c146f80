/**
 * @module Generates one HubSpot delivery: `batchSize` events of one subscription type, as a JSON
 * array with distinct eventIds and objectIds and increasing occurredAt. Pure: the same event, seed,
 * now, set and settings give the same bytes.
 */
import type { Faker } from '@faker-js/faker';
import { HookbenchError, listNames } from '../../errors.ts';
import { seededFaker } from '../../generate/seeded-faker.ts';
import type { GeneratedEvent, GenerateContext } from '../types.ts';
import { associationsFrom } from './association-types.ts';
import { applyHubSpotSet, pinnedAt } from './apply-set.ts';
import { buildEvent } from './event-fields.ts';
import { hubspotEventId } from './event-id.ts';
import type { ObjectFixture } from './fixtures.ts';
import type { HubSpotSettings } from './settings.ts';
import type { SubscriptionType } from './subscription-types.ts';

export interface HubSpotData {
  types: ReadonlyMap<string, SubscriptionType>;
  /** Fixtures by object name: the legacy objects and the generic-only ones (call, task, …). */
  fixtures: ReadonlyMap<string, ObjectFixture>;
}

/**
 * @example generateHubSpotBatch(data, 'deal.propertyChange', { seed: 1, now, set: { propertyName: 'dealstage' }, settings }).payload
 */
export function generateHubSpotBatch(data: HubSpotData, name: string, { seed, now, set, settings }: GenerateContext<HubSpotSettings>): GeneratedEvent {
  const type = data.types.get(name);
  if (!type) throw new HookbenchError('UNKNOWN_EVENT', `unknown event "${name}" for hubspot; known: ${listNames([...data.types.keys()])}`, { path: 'event' });
  // Salted by object, so one seed shows the same first record in every event of an object.
  const faker = seededFaker({ locale: 'en', seed: saltedSeed(seed, type.object), now });
  const n = settings.batchSize;
  const used = new Set<number>();
  const newId = (): number => distinctId(faker, type.object, used);
  const objectIds = Array.from({ length: n }, newId);
  const occurredAt = occurredTimes(faker, now, n);
  const eventIds = eventIdsFrom(faker, saltedSeed(seed, type.name), n);
  const pool = genericPool(data.fixtures, type);
  const allGeneric = genericPool(data.fixtures);
  const events = objectIds.map((objectId, i) => {
    const fixture = fixtureFor(data, type, pool, faker, pinnedAt(set, i, 'objectTypeId'));
    return buildEvent({
      type,
      settings,
      faker,
      now,
      eventId: eventIds[i] ?? 0,
      occurredAt: occurredAt[i] ?? now.getTime(),
      objectId,
      fixture,
      typeIndex: type.object === 'object' ? allGeneric.indexOf(fixture) : 0,
      pinnedProperty: pinnedAt(set, i, 'propertyName'),
      otherId: newId,
      objectTypeIdOf: (object) => data.fixtures.get(object)?.objectTypeId ?? null,
    });
  });
  const payload = applyHubSpotSet(events, set);
  return { eventId: hubspotEventId(payload), payload };
}

/**
 * The object types generic `object.*` events draw from, by objectTypeId (0-1, 0-2, …); for
 * object.associationChange only those with associations.
 */
export function genericPool(fixtures: ReadonlyMap<string, ObjectFixture>, type?: SubscriptionType): ObjectFixture[] {
  return [...fixtures.values()]
    .filter((f) => f.objectTypeId !== null)
    .filter((f) => type?.action !== 'associationChange' || associationsFrom(f.object, { legacy: false }).length > 0)
    .sort((a, b) => typeOrder(a.objectTypeId) - typeOrder(b.objectTypeId));
}

function fixtureFor(data: HubSpotData, type: SubscriptionType, pool: readonly ObjectFixture[], faker: Faker, pinnedTypeId: string | undefined): ObjectFixture {
  if (type.object !== 'object') {
    const own = data.fixtures.get(type.object);
    if (!own) throw new HookbenchError('INVALID_TEMPLATE', `fixtures/hubspot has no ${type.object}.json`, { path: '$' });
    return own;
  }
  // A set objectTypeId with no fixture (a custom object) is still written by the set afterwards.
  return pool.find((f) => f.objectTypeId === pinnedTypeId) ?? faker.helpers.arrayElement(pool);
}

// Record ids: 8 to 11 digits, as today's portals show; conversation thread ids are 10 digits.
function distinctId(faker: Faker, object: string, used: Set<number>): number {
  const range = object === 'conversation' ? { min: 1_000_000_000, max: 9_999_999_999 } : { min: 10_000_000, max: 60_000_000_000 };
  let id = faker.number.int(range);
  while (used.has(id)) id = faker.number.int(range);
  used.add(id);
  return id;
}

/** Increasing, all in the last half minute before now: HubSpot sends within seconds of the change. */
function occurredTimes(faker: Faker, now: Date, n: number): number[] {
  const times = [now.getTime() - faker.number.int({ min: 300, max: 15_000 })];
  while (times.length < n) times.unshift((times[0] ?? 0) - faker.number.int({ min: 1, max: 150 }));
  return times;
}

/** Ten-digit ids, like HubSpot's, increasing within a batch. */
function eventIdsFrom(faker: Faker, salt: number, n: number): number[] {
  const ids = [1_000_000_000 + (salt % 3_000_000_000)];
  while (ids.length < n) ids.push((ids[ids.length - 1] ?? 0) + faker.number.int({ min: 1, max: 40 }));
  return ids;
}

/** FNV-1a of the text, mixed into the seed. */
function saltedSeed(seed: number, text: string): number {
  let hash = 0x811c9dc5;
  for (const c of text) hash = Math.imul(hash ^ (c.codePointAt(0) ?? 0), 0x01000193);
  return (seed ^ hash) >>> 0;
}

function typeOrder(objectTypeId: string | null): number {
  const [major = 0, minor = 0] = (objectTypeId ?? '').split('-').map(Number);
  return major * 1_000_000 + minor;
}
