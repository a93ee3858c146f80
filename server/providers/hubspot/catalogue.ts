/**
 * @module The HubSpot catalogue: one event per subscription type, keyed by its wire name, grouped by
 * object, with a one-line description.
 */
import type { EventSpec } from '../types.ts';
import { legacyObjectTypeIds, subscriptionTypes, type HubSpotAction, type HubSpotObject, type SubscriptionType } from './subscription-types.ts';

const objectWords: Readonly<Record<HubSpotObject, { one: string; many: string; group: string }>> = {
  contact: { one: 'a contact', many: 'contacts', group: 'Contacts' },
  company: { one: 'a company', many: 'companies', group: 'Companies' },
  deal: { one: 'a deal', many: 'deals', group: 'Deals' },
  ticket: { one: 'a ticket', many: 'tickets', group: 'Tickets' },
  product: { one: 'a product', many: 'products', group: 'Products' },
  line_item: { one: 'a line item', many: 'line items', group: 'Line items' },
  conversation: { one: 'a conversation thread', many: 'conversation threads', group: 'Conversations' },
  object: { one: 'a CRM record of any supported type (objectTypeId)', many: 'CRM records (objectTypeId)', group: 'Generic objects' },
};

const phrases: Readonly<Record<HubSpotAction, (one: string, many: string) => string>> = {
  creation: (one) => `${capital(one)} was created (in the CRM, by import, API or integration).`,
  deletion: (one) => `${capital(one)} was deleted (moved to the recycle bin).`,
  privacyDeletion: (one) => `${capital(one)} was permanently deleted for privacy compliance (GDPR delete).`,
  propertyChange: (one) => `A property of ${one} changed: propertyName and its new propertyValue.`,
  merge: (_, many) => `Two or more ${many} were merged: primaryObjectId kept, mergedObjectIds merged into it.`,
  restore: (one) => `${capital(one)} was restored from the recycle bin.`,
  associationChange: (one) => `An association between ${one} and another record was added or removed.`,
  newMessage: () => 'A new message or comment was added to a conversation thread (messageId, messageType).',
};

/**
 * @example buildCatalogue()['deal.propertyChange'] // { description: 'A property of a deal changed: …', group: 'Deals', meta: { objectTypeId: '0-3' } }
 */
export function buildCatalogue(types: readonly SubscriptionType[] = subscriptionTypes, genericObjectTypeIds: readonly string[] = []): Record<string, EventSpec> {
  return Object.fromEntries(types.map((t) => [t.name, spec(t, genericObjectTypeIds)]));
}

function spec({ object, action }: SubscriptionType, genericObjectTypeIds: readonly string[]): EventSpec {
  const words = objectWords[object];
  const description = phrases[action](words.one, words.many);
  if (object === 'object') return { description, group: words.group, meta: { objectTypeIds: [...genericObjectTypeIds] } };
  if (object === 'conversation') return { description, group: words.group };
  return { description, group: words.group, meta: { objectTypeId: legacyObjectTypeIds[object] } };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
