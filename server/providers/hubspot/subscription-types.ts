/**
 * @module HubSpot's webhook subscription types: the wire `subscriptionType` of every event, as the
 * official SDK enumerates them (`SubscriptionCreateRequestEventTypeEnum`, @hubspot/api-client 13.5.0).
 */

/** The objects subscription types start with; `object` is the generic format (`object.creation` + objectTypeId). */
export const hubspotObjects = ['contact', 'company', 'deal', 'ticket', 'product', 'line_item', 'conversation', 'object'] as const;
export type HubSpotObject = (typeof hubspotObjects)[number];

export const hubspotActions = ['creation', 'deletion', 'privacyDeletion', 'propertyChange', 'merge', 'restore', 'associationChange', 'newMessage'] as const;
export type HubSpotAction = (typeof hubspotActions)[number];

const crm = ['creation', 'deletion', 'propertyChange', 'merge', 'restore', 'associationChange'] as const;

/** What each object can be subscribed to. Products have no associationChange; only contacts and conversations have privacyDeletion. */
const actionsByObject: Readonly<Record<HubSpotObject, readonly HubSpotAction[]>> = {
  contact: ['creation', 'deletion', 'privacyDeletion', 'propertyChange', 'merge', 'restore', 'associationChange'],
  company: crm,
  deal: crm,
  ticket: crm,
  product: ['creation', 'deletion', 'propertyChange', 'merge', 'restore'],
  line_item: crm,
  conversation: ['creation', 'deletion', 'newMessage', 'privacyDeletion', 'propertyChange'],
  object: crm,
};

export interface SubscriptionType {
  /** The wire name, e.g. `contact.propertyChange`. */
  name: string;
  object: HubSpotObject;
  action: HubSpotAction;
  /** Position in the catalogue; subscription ids are derived from it. */
  index: number;
}

/** Every subscription type, objects in the order above, then actions in the object's order. */
export const subscriptionTypes: readonly SubscriptionType[] = hubspotObjects
  .flatMap((object) => actionsByObject[object].map((action) => ({ object, action })))
  .map(({ object, action }, index) => ({ name: `${object}.${action}`, object, action, index }));

/** The legacy CRM objects (`contact.*` … `line_item.*`): their fixtures carry these objectTypeIds. */
export const legacyObjectTypeIds: Readonly<Record<Exclude<HubSpotObject, 'conversation' | 'object'>, string>> = {
  contact: '0-1',
  company: '0-2',
  deal: '0-3',
  ticket: '0-5',
  product: '0-7',
  line_item: '0-8',
};
