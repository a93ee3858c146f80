import { AssociationTypes } from '@hubspot/api-client';
import { isValidPhoneNumber } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HookbenchError } from '../../errors.ts';
import type { JsonValue } from '../../util/json.ts';
import { hubspot } from './index.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const events = Object.keys(hubspot.catalogue);
const seeds = [1, 2, 3, 42, 2024];
const generate = (event: string, seed: number, extra: { set?: Record<string, JsonValue>; settings?: Record<string, unknown> } = {}) =>
  hubspot.generate(event, { seed, now, set: extra.set ?? {}, settings: hubspot.settings.parse(extra.settings ?? {}) });

const objectTypeIds = ['0-1', '0-2', '0-3', '0-5', '0-7', '0-8', '0-27', '0-46', '0-47', '0-48', '0-49'];
const crmObjects = ['CONTACT', 'COMPANY', 'DEAL', 'TICKET', 'LINE_ITEM', 'PRODUCT'];
const id = z.number().int().positive();
const event = z.looseObject({
  eventId: id,
  subscriptionId: id,
  portalId: id,
  appId: id,
  occurredAt: id,
  subscriptionType: z.string(),
  attemptNumber: z.literal(0),
  objectId: id,
  changeSource: z.enum(['CRM', 'CRM_UI', 'API', 'INTEGRATION', 'IMPORT', 'AUTOMATION']),
  sourceId: z.string().regex(/^userId:\d+$/).optional(),
});
type HubSpotEvent = z.infer<typeof event> & Record<string, unknown>;
/** Validated, but returned as generated: zod's output would move the schema's keys first. */
function batch(payload: JsonValue): HubSpotEvent[] {
  z.array(event).min(1).parse(payload);
  return payload as HubSpotEvent[];
}

/** The documented key order, worked out from the subscription type and the event's own fields. */
function expectedKeys(name: string, e: HubSpotEvent): string[] {
  const [object, action] = name.split('.');
  const keys = ['eventId', 'subscriptionId', 'portalId', 'appId', 'occurredAt', 'subscriptionType', 'attemptNumber', 'objectId'];
  if (object === 'object') keys.push('objectTypeId');
  if (action === 'propertyChange') keys.push('propertyName', 'propertyValue');
  keys.push('changeSource');
  if (action === 'creation') keys.push('changeFlag');
  if (e.changeSource === 'CRM_UI') keys.push('sourceId');
  if (action === 'merge') keys.push('primaryObjectId', 'mergedObjectIds', 'newObjectId', 'numberOfPropertiesMoved');
  if (action === 'associationChange') keys.push('associationType', 'fromObjectId', 'toObjectId', 'associationRemoved', 'isPrimaryAssociation');
  if (name === 'object.associationChange') keys.push('fromObjectTypeId', 'toObjectTypeId', 'associationTypeId', 'associationCategory');
  if (action === 'newMessage') keys.push('messageId', 'messageType');
  return keys;
}

describe.each(events)('%s', (name) => {
  it.each(seeds)('generates one HubSpot event with the documented fields in order (seed %i)', (seed) => {
    const [first, ...rest] = batch(generate(name, seed).payload);
    expect(rest).toEqual([]);
    expect(first?.subscriptionType).toBe(name);
    expect(Object.keys(first ?? {})).toEqual(expectedKeys(name, first as HubSpotEvent));
  });

  it('batches batchSize events: distinct eventIds and objectIds, occurredAt increasing and just before now', () => {
    const events = batch(generate(name, 7, { settings: { batchSize: 40 } }).payload);
    expect(events).toHaveLength(40);
    expect(new Set(events.map((e) => e.eventId)).size).toBe(40);
    expect(new Set(events.map((e) => e.objectId)).size).toBe(40);
    for (const [i, e] of events.entries()) {
      expect(e.subscriptionType).toBe(name);
      expect(e.occurredAt).toBeLessThan(now.getTime());
      expect(e.occurredAt).toBeGreaterThan(now.getTime() - 60_000);
      if (i > 0) expect(e.occurredAt).toBeGreaterThan(events[i - 1]?.occurredAt ?? Infinity);
    }
  });

  it("names the delivery by the first event's eventId", () => {
    const { eventId, payload } = generate(name, 11, { settings: { batchSize: 3 } });
    expect(eventId).toBe(String(batch(payload)[0]?.eventId));
  });

  it('gives the same bytes for the same seed, even with other events generated in between, and other data for other seeds', () => {
    const first = JSON.stringify(generate(name, 99, { settings: { batchSize: 5 } }));
    generate('deal.propertyChange', 5);
    generate(name, 98);
    expect(JSON.stringify(generate(name, 99, { settings: { batchSize: 5 } }))).toBe(first);
    expect(new Set(seeds.map((seed) => JSON.stringify(generate(name, seed).payload))).size).toBe(seeds.length);
  });
});

/** propertyName → what its value must look like; checked on many seeds with the property pinned by set. */
const propertyChecks: [string, string, RegExp | ((v: string) => boolean)][] = [
  ['contact', 'email', /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i],
  ['contact', 'phone', (v) => isValidPhoneNumber(v, 'US')],
  ['contact', 'zip', /^\d{5}$/],
  ['contact', 'lifecyclestage', /^(subscriber|lead|marketingqualifiedlead|salesqualifiedlead|opportunity|customer|evangelist|other)$/],
  ['contact', 'hubspot_owner_id', (v) => hubspot.settings.parse({}).ownerIds.map(String).includes(v)],
  ['company', 'domain', /^[a-z0-9-]+(\.[a-z0-9-]+)+$/],
  ['company', 'numberofemployees', /^\d+$/],
  ['deal', 'amount', /^\d+$/],
  ['deal', 'dealstage', /^(appointmentscheduled|qualifiedtobuy|presentationscheduled|decisionmakerboughtin|contractsent|closedwon|closedlost)$/],
  ['deal', 'closedate', (v) => /^\d{13}$/.test(v) && Number(v) > now.getTime()],
  ['ticket', 'hs_pipeline_stage', /^[1-4]$/],
  ['ticket', 'hs_ticket_priority', /^(LOW|MEDIUM|HIGH|URGENT)$/],
  ['product', 'price', /^\d+\.\d{2}$/],
  ['line_item', 'quantity', /^\d+$/],
  ['line_item', 'amount', /^\d+(\.\d{1,2})?$/],
  ['conversation', 'status', /^(OPEN|CLOSED)$/],
  ['conversation', 'assignedTo', /^(A-\d+|)$/],
];

describe('hubspot generate, across events', () => {
  it.each(propertyChecks)('%s.propertyChange of %s sends a value that makes sense', (object, property, check) => {
    for (let seed = 0; seed < 40; seed++) {
      const [e] = batch(generate(`${object}.propertyChange`, seed, { set: { propertyName: property } }).payload);
      expect(e?.propertyName).toBe(property);
      const value = e?.propertyValue;
      expect(typeof value).toBe('string');
      if (typeof check === 'function') expect(check(String(value)), String(value)).toBe(true);
      else expect(value).toMatch(check);
    }
  });

  it('draws properties the object has, and gives each property its own stable subscriptionId', () => {
    const byProperty = new Map<unknown, unknown>();
    for (let seed = 0; seed < 60; seed++) {
      for (const e of batch(generate('deal.propertyChange', seed, { settings: { batchSize: 3 } }).payload)) {
        expect(['dealname', 'amount', 'dealstage', 'pipeline', 'closedate', 'dealtype', 'hs_priority', 'hubspot_owner_id']).toContain(e.propertyName);
        const known = byProperty.get(e.propertyName);
        if (known !== undefined) expect(e.subscriptionId).toBe(known);
        byProperty.set(e.propertyName, e.subscriptionId);
      }
    }
    expect(new Set(byProperty.values()).size).toBe(byProperty.size);
  });

  it('uses one subscriptionId per subscription type otherwise, all different across the catalogue', () => {
    const ids = events.filter((e) => !e.endsWith('propertyChange') && !e.startsWith('object.')).map((e) => batch(generate(e, 1).payload)[0]?.subscriptionId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(batch(generate('contact.creation', 2).payload)[0]?.subscriptionId).toBe(ids[0]);
  });

  it('stamps the account, app, subscription ids and users from the settings', () => {
    const settings = { portalId: 62515, appId: 54321, subscriptionIdBase: 1000000, userIds: [45678] };
    for (let seed = 0; seed < 20; seed++) {
      const [e] = batch(generate('contact.creation', seed, { settings }).payload);
      expect(e).toMatchObject({ portalId: 62515, appId: 54321, subscriptionId: 1000000 });
      if (e?.changeSource === 'CRM_UI') expect(e.sourceId).toBe('userId:45678');
      else expect(e).not.toHaveProperty('sourceId');
    }
  });

  it('flags creations CREATED, or NEW as in the docs example when asked', () => {
    expect(batch(generate('deal.creation', 1).payload)[0]?.changeFlag).toBe('CREATED');
    expect(batch(generate('deal.creation', 1, { settings: { creationChangeFlag: 'NEW' } }).payload)[0]?.changeFlag).toBe('NEW');
  });

  it('shows the same first record in every event of an object for one seed', () => {
    const ids = ['contact.creation', 'contact.propertyChange', 'contact.merge', 'contact.deletion'].map((e) => batch(generate(e, 13).payload)[0]?.objectId);
    expect(new Set(ids).size).toBe(1);
  });

  it('gives object.* events an objectTypeId, and a set one picks the object type and its properties', () => {
    const seen = new Set<unknown>();
    for (let seed = 0; seed < 80; seed++) seen.add(batch(generate('object.creation', seed).payload)[0]?.objectTypeId);
    expect([...seen].sort()).toEqual([...objectTypeIds].sort());
    for (let seed = 0; seed < 20; seed++) {
      const [e] = batch(generate('object.propertyChange', seed, { set: { objectTypeId: '0-3' } }).payload);
      expect(e?.objectTypeId).toBe('0-3');
      expect(['dealname', 'amount', 'dealstage', 'pipeline', 'closedate', 'dealtype', 'hs_priority', 'hubspot_owner_id']).toContain(e?.propertyName);
    }
    expect(batch(generate('deal.creation', 1).payload)[0]).not.toHaveProperty('objectTypeId');
  });

  it('associates a record from the event object, to a CRM object for legacy events', () => {
    for (const object of ['contact', 'company', 'deal', 'ticket', 'line_item']) {
      for (let seed = 0; seed < 15; seed++) {
        const [e] = batch(generate(`${object}.associationChange`, seed).payload);
        expect(e?.fromObjectId).toBe(e?.objectId);
        expect(e?.toObjectId).not.toBe(e?.objectId);
        const [from, to] = String(e?.associationType).split('_TO_');
        expect(from).toBe(object.toUpperCase());
        expect(crmObjects).toContain(to);
        expect(typeof e?.associationRemoved).toBe('boolean');
        expect(typeof e?.isPrimaryAssociation).toBe('boolean');
      }
    }
  });

  it("gives object.associationChange the association type ids of the official SDK's AssociationTypes", () => {
    const sdk = AssociationTypes as unknown as Record<string, number>;
    const typeNames: Record<string, string> = { '0-1': 'contact', '0-2': 'company', '0-3': 'deal', '0-5': 'ticket', '0-8': 'lineItem', '0-27': 'task', '0-46': 'note', '0-47': 'meeting', '0-48': 'call', '0-49': 'email' };
    const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    for (let seed = 0; seed < 60; seed++) {
      const [e] = batch(generate('object.associationChange', seed).payload);
      const from = typeNames[String(e?.fromObjectTypeId)] ?? '?';
      const to = typeNames[String(e?.toObjectTypeId)] ?? '?';
      expect(e?.fromObjectTypeId).toBe(e?.objectTypeId);
      expect(e?.associationCategory).toBe('HUBSPOT_DEFINED');
      const key = e?.isPrimaryAssociation ? `primary${cap(from)}To${cap(to)}` : `${from}To${cap(to)}`;
      expect(e?.associationTypeId, key).toBe(sdk[key]);
    }
  });

  it('merges other records into the event record, which keeps its id', () => {
    for (let seed = 0; seed < 20; seed++) {
      const [e] = batch(generate('company.merge', seed).payload);
      expect(e?.primaryObjectId).toBe(e?.objectId);
      expect(e?.newObjectId).toBe(e?.objectId);
      const merged = z.array(id).min(1).parse(e?.mergedObjectIds);
      expect(merged).not.toContain(e?.objectId);
      expect(e?.numberOfPropertiesMoved).toEqual(expect.any(Number));
    }
  });

  it('gives a new conversation message an id and a type', () => {
    for (let seed = 0; seed < 10; seed++) {
      const [e] = batch(generate('conversation.newMessage', seed).payload);
      expect(e?.messageId).toMatch(/^[0-9a-f]{32}$/);
      expect(['MESSAGE', 'COMMENT']).toContain(e?.messageType);
    }
  });

  it('applies a set without an index to every event, and one with an index to that event only', () => {
    const settings = { batchSize: 3 };
    const all = batch(generate('contact.propertyChange', 4, { settings, set: { propertyName: 'email', propertyValue: 'jane@example.com' } }).payload);
    expect(all.map((e) => [e.propertyName, e.propertyValue])).toEqual(Array(3).fill(['email', 'jane@example.com']));
    const one = batch(generate('contact.propertyChange', 4, { settings, set: { propertyValue: 'x', '1.propertyValue': 'y', '2.eventId': 5 } }).payload);
    expect(one.map((e) => e.propertyValue)).toEqual(['x', 'y', 'x']);
    expect(one[2]?.eventId).toBe(5);
  });

  it('names the delivery by the eventId a set gives the first event', () => {
    expect(generate('deal.creation', 1, { set: { '0.eventId': 123 } }).eventId).toBe('123');
  });

  it('refuses a set index past the batch, saying how big the batch is', () => {
    const run = () => generate('deal.creation', 1, { settings: { batchSize: 2 }, set: { '2.changeSource': 'API' } });
    expect(run).toThrow(HookbenchError);
    expect(run).toThrow(/set\.2\.changeSource: the batch has 2 events \(batchSize\), so the index goes from 0 to 1/);
  });

  it('refuses an unknown event with UNKNOWN_EVENT naming the known ones', () => {
    expect(() => generate('contact.explode', 1)).toThrow(/unknown event "contact.explode" for hubspot; known: contact.creation/);
  });
});
