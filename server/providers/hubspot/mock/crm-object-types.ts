/**
 * @module The CRM objects the mock serves under /crm/v3/objects/{objectType}: their path names, the
 * webhook object their events name, and the properties HubSpot returns when none are asked for.
 */

export interface CrmObjectType {
  /** The path segment and the store collection: `contacts`, `line_items`. */
  name: string;
  /** The webhook object (`contact.creation`) and the fixture it is seeded from. */
  object: 'contact' | 'company' | 'deal' | 'ticket' | 'product' | 'line_item';
  objectTypeId: string;
  /** How batch errors name the type: "Could not get some CONTACT objects". */
  label: string;
  /** Contacts keep `lastmodifieddate`; every other object `hs_lastmodifieddate`. */
  lastModified: 'lastmodifieddate' | 'hs_lastmodifieddate';
  /** Returned when `properties` is not given (HubSpot's search guide lists these per object). */
  defaults: readonly string[];
  /** How many records the seeded data set holds: enough to page at the maximum limit of 100. */
  seedCount: number;
}

export const crmObjectTypes: readonly CrmObjectType[] = [
  {
    name: 'contacts',
    object: 'contact',
    objectTypeId: '0-1',
    label: 'CONTACT',
    lastModified: 'lastmodifieddate',
    defaults: ['createdate', 'email', 'firstname', 'hs_object_id', 'lastmodifieddate', 'lastname'],
    seedCount: 230,
  },
  {
    name: 'companies',
    object: 'company',
    objectTypeId: '0-2',
    label: 'COMPANY',
    lastModified: 'hs_lastmodifieddate',
    defaults: ['createdate', 'domain', 'hs_lastmodifieddate', 'hs_object_id', 'name'],
    seedCount: 60,
  },
  {
    name: 'deals',
    object: 'deal',
    objectTypeId: '0-3',
    label: 'DEAL',
    lastModified: 'hs_lastmodifieddate',
    defaults: ['amount', 'closedate', 'createdate', 'dealname', 'dealstage', 'hs_lastmodifieddate', 'hs_object_id', 'pipeline'],
    seedCount: 90,
  },
  {
    name: 'tickets',
    object: 'ticket',
    objectTypeId: '0-5',
    label: 'TICKET',
    lastModified: 'hs_lastmodifieddate',
    defaults: ['content', 'createdate', 'hs_lastmodifieddate', 'hs_object_id', 'hs_pipeline', 'hs_pipeline_stage', 'hs_ticket_category', 'hs_ticket_priority', 'subject'],
    seedCount: 45,
  },
  {
    name: 'products',
    object: 'product',
    objectTypeId: '0-7',
    label: 'PRODUCT',
    lastModified: 'hs_lastmodifieddate',
    defaults: ['createdate', 'description', 'hs_lastmodifieddate', 'hs_object_id', 'name', 'price'],
    seedCount: 30,
  },
  {
    name: 'line_items',
    object: 'line_item',
    objectTypeId: '0-8',
    label: 'LINE_ITEM',
    lastModified: 'hs_lastmodifieddate',
    defaults: ['amount', 'createdate', 'hs_lastmodifieddate', 'hs_object_id', 'hs_product_id', 'name', 'price', 'quantity'],
    seedCount: 75,
  },
];

/**
 * The object type a path names, by plural name or objectTypeId (`contacts` or `0-1`), as HubSpot accepts.
 * @example crmObjectType('0-3')?.name // 'deals'
 */
export function crmObjectType(segment: string): CrmObjectType | undefined {
  return crmObjectTypes.find((t) => t.name === segment || t.objectTypeId === segment);
}

/** Set by HubSpot, never by a write: a PATCH naming them is refused with READ_ONLY_VALUE. */
export const readOnlyProperties: ReadonlySet<string> = new Set(['hs_object_id', 'lastmodifieddate', 'hs_lastmodifieddate', 'hs_createdate']);

/** Datetime properties: ISO 8601 in REST, epoch milliseconds in webhooks' propertyValue. */
export const dateProperties: ReadonlySet<string> = new Set(['createdate', 'closedate', 'lastmodifieddate', 'hs_lastmodifieddate']);
