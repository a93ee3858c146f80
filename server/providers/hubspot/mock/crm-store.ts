/**
 * @module CRM records in the mock's store: read in id order, created with the next id, updated and
 * archived (DELETE archives, as in HubSpot), with HubSpot's refusals (404s, the contact e-mail 409).
 */
import type { MockRecords } from '../../mock-types.ts';
import type { CrmObjectType } from './crm-object-types.ts';
import { asCrmRecord, instant, toJson, type CrmRecord } from './crm-record.ts';
import { HubSpotApiError, notFound } from './hubspot-errors.ts';
import { applyWrite, normalizeWrite, type PropertyValues } from './property-writes.ts';

/**
 * @example crmStore(ctx.records, () => new Date()).update(contacts, '123', { firstname: 'Ana' }).changed // ['firstname']
 */
export function crmStore(records: MockRecords, now: () => Date) {
  const all = (type: CrmObjectType): CrmRecord[] => records.all(type.name).map(asCrmRecord).sort((a, b) => Number(a.id) - Number(b.id));

  /** A live record by id; HubSpot's two 404s (a numeric id, anything else). */
  function live(type: CrmObjectType, id: string, { archived = false } = {}): CrmRecord {
    if (!/^\d+$/.test(id)) throw new HubSpotApiError(404, 'Object not found.  objectId are usually numeric.', { context: { id: [id] }, category: 'OBJECT_NOT_FOUND' });
    const stored = records.get(type.name, id);
    const record = stored && asCrmRecord(stored);
    if (!record || record.archived !== archived) throw notFound();
    return record;
  }

  /** HubSpot keeps contact e-mails unique (compared without case). */
  function checkEmail(type: CrmObjectType, email: string | undefined, selfId?: string): void {
    if (type.object !== 'contact' || !email) return;
    const other = all(type).find((r) => !r.archived && r.id !== selfId && r.properties.email?.toLowerCase() === email.toLowerCase());
    if (other) throw new HubSpotApiError(409, `Contact already exists. Existing ID: ${other.id}`, { category: 'CONFLICT' });
  }

  return {
    /** Live records (or only archived ones), by id. */
    list: (type: CrmObjectType, { archived = false } = {}): CrmRecord[] => all(type).filter((r) => r.archived === archived),
    get: live,
    /** For batch reads: undefined instead of a 404. */
    find(type: CrmObjectType, id: string, options: { archived?: boolean } = {}): CrmRecord | undefined {
      try {
        return live(type, id, options);
      } catch {
        return undefined;
      }
    },

    create(type: CrmObjectType, values: PropertyValues): CrmRecord {
      const write = normalizeWrite(values);
      if (type.object === 'contact' && write.email) write.email = write.email.toLowerCase();
      checkEmail(type, write.email ?? undefined);
      const id = String(records.nextId(type.name, 10_000_001));
      const at = instant(now());
      const { properties } = applyWrite({}, write);
      Object.assign(properties, { hs_object_id: id, createdate: properties.createdate ?? at, [type.lastModified]: at });
      const record: CrmRecord = { id, properties, createdAt: at, updatedAt: at, archived: false };
      records.put(type.name, id, toJson(record));
      return record;
    },

    update(type: CrmObjectType, id: string, values: PropertyValues): { record: CrmRecord; changed: string[] } {
      const current = live(type, id);
      const write = normalizeWrite(values);
      if (type.object === 'contact' && write.email) write.email = write.email.toLowerCase();
      checkEmail(type, write.email ?? undefined, id);
      const { properties, changed } = applyWrite(current.properties, write);
      if (changed.length === 0) return { record: current, changed };
      const at = instant(now());
      properties[type.lastModified] = at;
      const record: CrmRecord = { ...current, properties, updatedAt: at };
      records.put(type.name, id, toJson(record));
      return { record, changed };
    },

    /** Archives a live record; undefined when there is none (HubSpot answers 204 either way). */
    archive(type: CrmObjectType, id: string): CrmRecord | undefined {
      const current = /^\d+$/.test(id) ? records.get(type.name, id) : undefined;
      const record = current && asCrmRecord(current);
      if (!record || record.archived) return undefined;
      const at = instant(now());
      const archived: CrmRecord = { ...record, archived: true, archivedAt: at, updatedAt: at };
      records.put(type.name, id, toJson(archived));
      return archived;
    },
  };
}

export type CrmStore = ReturnType<typeof crmStore>;
