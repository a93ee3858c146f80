/**
 * @module One HubSpot event object, its fields in the documented order: eventId, subscriptionId,
 * portalId, appId, occurredAt, subscriptionType, attemptNumber, objectId (objectTypeId for object.*),
 * then propertyName/propertyValue, changeSource, changeFlag, sourceId, and the merge, association or
 * message fields of the subscription type.
 */
import type { Faker } from '@faker-js/faker';
import { render } from '../../generate/template.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../util/json.ts';
import { associationsFrom, associationTypeName } from './association-types.ts';
import { changeSources, userChangeSource } from './change-sources.ts';
import { maxProperties } from './fixture-schema.ts';
import type { ObjectFixture } from './fixtures.ts';
import type { HubSpotSettings } from './settings.ts';
import type { SubscriptionType } from './subscription-types.ts';
import { formatEpochMs, hubspotHelpers } from './template-helpers.ts';

export interface EventInput {
  type: SubscriptionType;
  settings: HubSpotSettings;
  faker: Faker;
  now: Date;
  eventId: number;
  occurredAt: number;
  objectId: number;
  /** The object's fixture: the legacy object's own, or the object type drawn for object.*. */
  fixture: ObjectFixture;
  /** Position of that object type among the generic ones (object.* subscription ids); 0 otherwise. */
  typeIndex: number;
  /** The property a `set` asked for (propertyChange), so its value is generated to match. */
  pinnedProperty?: string | undefined;
  /** Another record id of any object, distinct from this event's. */
  otherId: () => number;
  /** objectTypeId of an object named in the association table. */
  objectTypeIdOf: (object: string) => string | null;
}

/**
 * @example buildEvent({ type, settings, faker, now, eventId: 1, occurredAt, objectId: 123, fixture, typeIndex: 0, otherId, objectTypeIdOf })
 */
export function buildEvent(input: EventInput): JsonObject {
  const { type, settings, faker, fixture } = input;
  const generic = type.object === 'object';
  const property = type.action === 'propertyChange' ? chooseProperty(input) : undefined;
  const variant = (generic ? input.typeIndex * 50 : 0) + (property ? property.position + 1 : 0);
  const event: JsonObject = {
    eventId: input.eventId,
    subscriptionId: settings.subscriptionIdBase + type.index * 1000 + variant,
    portalId: settings.portalId,
    appId: settings.appId,
    occurredAt: input.occurredAt,
    subscriptionType: type.name,
    attemptNumber: 0,
    objectId: input.objectId,
  };
  if (generic) event.objectTypeId = fixture.objectTypeId;
  if (property) {
    event.propertyName = property.name;
    event.propertyValue = property.value;
  }
  const changeSource = faker.helpers.arrayElement(changeSources[type.action]);
  event.changeSource = changeSource;
  if (type.action === 'creation') event.changeFlag = settings.creationChangeFlag;
  if (changeSource === userChangeSource) event.sourceId = `userId:${faker.helpers.arrayElement(settings.userIds)}`;
  return { ...event, ...actionFields(input) };
}

function actionFields(input: EventInput): JsonObject {
  const { type, faker, objectId } = input;
  switch (type.action) {
    case 'merge': {
      const merged = Array.from({ length: faker.helpers.arrayElement([1, 1, 1, 2]) }, input.otherId);
      // The surviving record keeps its id in the cases captured; newObjectId differs only when HubSpot
      // creates a record from the merge, which no source shows.
      return { primaryObjectId: objectId, mergedObjectIds: merged, newObjectId: objectId, numberOfPropertiesMoved: faker.number.int({ min: 1, max: 60 }) };
    }
    case 'associationChange':
      return associationFields(input);
    case 'newMessage':
      return {
        messageId: faker.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' }),
        messageType: faker.helpers.arrayElement(['MESSAGE', 'MESSAGE', 'MESSAGE', 'COMMENT']),
      };
    default:
      return {};
  }
}

function associationFields({ type, faker, fixture, objectId, otherId, objectTypeIdOf }: EventInput): JsonObject {
  const generic = type.object === 'object';
  const association = faker.helpers.arrayElement(associationsFrom(fixture.object, { legacy: !generic }));
  const primary = association.primaryTypeId !== undefined && faker.datatype.boolean(0.3);
  const fields: JsonObject = {
    associationType: associationTypeName(association),
    fromObjectId: objectId,
    toObjectId: otherId(),
    associationRemoved: faker.datatype.boolean(0.25),
    isPrimaryAssociation: primary,
  };
  if (!generic) return fields;
  // Added for object.associationChange by the generic-subscriptions changelog (2024).
  return {
    ...fields,
    fromObjectTypeId: fixture.objectTypeId,
    toObjectTypeId: objectTypeIdOf(association.to),
    associationTypeId: primary ? (association.primaryTypeId ?? association.typeId) : association.typeId,
    associationCategory: 'HUBSPOT_DEFINED',
  };
}

function chooseProperty({ fixture, faker, now, settings, pinnedProperty }: EventInput): { name: string; value: string; position: number } {
  const name = pinnedProperty ?? faker.helpers.arrayElement(fixture.propertyNames);
  const position = fixture.propertyNames.indexOf(name);
  if (position === -1) return { name, value: faker.lorem.word(), position: maxProperties };
  const context = { faker, helpers: hubspotHelpers({ faker, now, settings }), formatDate: formatEpochMs, source: `${fixture.source} (properties)` };
  const rendered = render(fixture.properties, context);
  const value = isJsonObject(rendered) ? rendered[name] : undefined;
  return { name, value: asPropertyValue(value), position };
}

/** HubSpot sends every propertyValue as a string. */
function asPropertyValue(value: JsonValue | undefined): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
