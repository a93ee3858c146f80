/**
 * @module A create or a PATCH applied to a REST record: read-only properties ignored, dates
 * normalised to São Paulo time with offset, `OtherProperties` merged by FieldKey, names that follow
 * an id (`ContactName` after `ContactId`) looked up, and the audit fields stamped.
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../../../util/json.ts';
import type { PloomesEntity } from '../ids.ts';
import { PloomesApiError } from './api-error.ts';
import { normaliseWrittenValue } from './record-forms.ts';
import { recordTemplate } from './record-template.ts';
import type { Lookup } from './shape-record.ts';

/** Written by Ploomes, never by a client (a client's value is ignored) [inferred]. */
const readOnly = new Set(['Id', 'CreateDate', 'LastUpdateDate', 'CreatorId', 'UpdaterId', 'ContactName', 'PersonName']);

/** Ids whose record must exist, and the name property that follows them. */
const references: readonly { key: string; name?: string }[] = [
  { key: 'ContactId', name: 'ContactName' },
  { key: 'PersonId', name: 'PersonName' },
  { key: 'CompanyId' },
  { key: 'DealId' },
];

export interface WriteContext {
  entity: PloomesEntity;
  /** The REST date-time of the write. */
  now: string;
  userId: number;
  lookup: Lookup;
}

/**
 * @example createdRecord({ Name: 'ACME' }, 700000001, { entity: 'Contacts', now, userId, lookup }).CreatorId // userId
 */
export function createdRecord(body: JsonObject, id: number, context: WriteContext): JsonObject {
  const { entity, now, userId } = context;
  const record = applyBody({ ...recordTemplate(entity), Id: id }, body, context);
  Object.assign(record, { CreateDate: now, LastUpdateDate: now, CreatorId: userId, UpdaterId: null });
  for (const [key, value] of Object.entries({ OwnerId: userId, StartDate: now, Date: now })) {
    if (key in record && record[key] === null) record[key] = value;
  }
  return record;
}

/** The record after a PATCH, stamped with the time and the API user. */
export function patchedRecord(before: JsonObject, body: JsonObject, context: WriteContext): JsonObject {
  return { ...applyBody(structuredClone(before), body, context), LastUpdateDate: context.now, UpdaterId: context.userId };
}

/** The record after an entity action's changes (Win, Finish …), stamped likewise. */
export function stampedRecord(before: JsonObject, changes: JsonObject, { now, userId }: Pick<WriteContext, 'now' | 'userId'>): JsonObject {
  return { ...before, ...changes, LastUpdateDate: now, UpdaterId: userId };
}

function applyBody(record: JsonObject, body: JsonObject, { entity, lookup }: WriteContext): JsonObject {
  for (const [key, value] of Object.entries(body)) {
    if (readOnly.has(key) || key.startsWith('@odata.')) continue;
    record[key] = key === 'OtherProperties' ? mergeOtherProperties(record[key], value) : normaliseWrittenValue(value);
  }
  for (const { key, name } of references) {
    if (!(key in body) || body[key] === null) continue;
    const target = lookup(key === 'DealId' ? 'Deals' : 'Contacts', body[key]);
    if (!target) throw new PloomesApiError(400, `${key} ${JSON.stringify(body[key])} does not exist: no such ${key === 'DealId' ? 'deal' : 'contact'} in the mock's data set (GET /${key === 'DealId' ? 'Deals' : 'Contacts'} lists them)`);
    if (name && name in record) record[name] = target.Name ?? target.Title ?? null;
  }
  if (entity === 'Deals' && 'Amount' in body && record.StartAmount === null) record.StartAmount = record.Amount ?? null;
  return record;
}

/** Items replace the stored item of the same FieldKey; the others stay. */
function mergeOtherProperties(current: JsonValue | undefined, written: JsonValue): JsonValue[] {
  if (!Array.isArray(written) || !written.every((item) => isJsonObject(item) && typeof item.FieldKey === 'string')) {
    throw new PloomesApiError(400, 'OtherProperties must be an array of {"FieldKey": "...", "<Type>Value": ...} objects, e.g. [{"FieldKey":"contact_…","StringValue":"x"}]');
  }
  const merged = new Map<string, JsonValue>();
  for (const item of Array.isArray(current) ? current : []) if (isJsonObject(item) && typeof item.FieldKey === 'string') merged.set(item.FieldKey, item);
  for (const item of written as JsonObject[]) merged.set(item.FieldKey as string, normaliseWrittenValue(item));
  return [...merged.values()];
}
