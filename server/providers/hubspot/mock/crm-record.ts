/**
 * @module A CRM record as the mock stores it, and as HubSpot answers it: `{id, properties, createdAt,
 * updatedAt, archived}` with a string id, string property values sorted by name, ISO datetimes.
 */
import type { JsonObject } from '../../../util/json.ts';
import type { CrmObjectType } from './crm-object-types.ts';

export interface CrmRecord {
  /** HubSpot ids are numeric strings in REST (and numbers in webhooks). */
  id: string;
  properties: Record<string, string>;
  createdAt: string;
  updatedAt: string;
  /** DELETE archives: the record leaves lists, `?archived=true` still shows it. */
  archived: boolean;
  archivedAt?: string;
}

/** Stored records are written only by this module's callers; the cast names what they hold. */
export const asCrmRecord = (json: JsonObject): CrmRecord => json as unknown as CrmRecord;
export const toJson = (record: CrmRecord): JsonObject => record as unknown as JsonObject;

/**
 * A datetime as HubSpot writes it (Java's Instant.toString): no fraction when the milliseconds are 0.
 * @example instant(new Date('2026-01-01T12:00:00.000Z')) // '2026-01-01T12:00:00Z'
 */
export function instant(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

/**
 * The record as a response: only `wanted` properties, or every stored one when `wanted` is 'all'.
 * An unset property is null, as HubSpot answers for a property of the account's schema; the mock
 * has no schema, so every name asked for is treated as one.
 */
export function crmResponse(record: CrmRecord, wanted: readonly string[] | 'all'): JsonObject {
  const names = wanted === 'all' ? Object.keys(record.properties) : wanted;
  const properties: JsonObject = {};
  for (const name of [...new Set(names)].sort()) properties[name] = record.properties[name] ?? null;
  return {
    id: record.id,
    properties,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    archived: record.archived,
    ...(record.archivedAt ? { archivedAt: record.archivedAt } : {}),
  };
}

/**
 * What a read returns: the defaults without `properties`, else those asked for plus createdate,
 * hs_object_id and the last-modified date, which HubSpot always adds.
 */
export function wantedProperties(type: CrmObjectType, requested: readonly string[]): readonly string[] {
  if (requested.length === 0) return type.defaults;
  return [...requested, 'createdate', 'hs_object_id', type.lastModified];
}

/** `properties=a,b&properties=c` → ['a', 'b', 'c']: HubSpot takes both spellings. */
export function propertyList(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}
