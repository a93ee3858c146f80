/**
 * @module The two shapes of one Ploomes record. The REST API (what the mock stores and serves) writes
 * dates with their offset (`2023-03-07T12:39:44.957-03:00`) and custom fields as an array of
 * `{FieldKey, <TypedValue>}`; webhook bodies write dates without offset and custom fields as a
 * `{FieldKey: value}` map (research §1.3).
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../../../util/json.ts';
import { formatPloomesDate, parsePloomesDate } from '../format-date.ts';
import { typedValueKeys, valueKeyFor } from './custom-fields.ts';
import { instantOf } from './odata/index.ts';

const offset = '-03:00';
const restDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?-03:00$/;
const anyDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/;

/** A REST date-time for an instant: São Paulo time, .NET fraction, offset. */
export const restDateOf = (date: Date): string => `${formatPloomesDate(date)}${offset}`;

/**
 * @example toRestRecord({ CreateDate: '2024-02-28T13:19:32.41', OtherProperties: { deal_X: 1 } })
 * // { CreateDate: '2024-02-28T13:19:32.41-03:00', OtherProperties: [{ FieldKey: 'deal_X', IntegerValue: 1 }] }
 */
export function toRestRecord(record: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(record)) {
    out[key] = key === 'OtherProperties' && isJsonObject(value) ? restOtherProperties(value) : mapStrings(value, webhookDateToRest);
  }
  return out;
}

/** The record as a webhook body carries it in `New`/`Old`. */
export function toWebhookRecord(record: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(record)) {
    out[key] = key === 'OtherProperties' && Array.isArray(value) ? webhookOtherProperties(value) : mapStrings(value, restDateToWebhook);
  }
  return out;
}

/**
 * A value a client wrote: date-times in any offset become REST dates (São Paulo time when none is given).
 * @example normaliseWrittenValue('2024-05-01T13:00:00Z') // '2024-05-01T10:00:00-03:00'
 */
export function normaliseWrittenValue(value: JsonValue): JsonValue {
  return mapStrings(value, (s) => {
    if (!anyDateTime.test(s)) return s;
    const instant = instantOf(s);
    return instant === undefined ? s : restDateOf(new Date(instant));
  });
}

function restOtherProperties(map: JsonObject): JsonValue[] {
  return Object.entries(map).map(([FieldKey, value]) => ({ FieldKey, [valueKeyFor(FieldKey, value)]: mapStrings(value, webhookDateToRest) }));
}

function webhookOtherProperties(items: JsonValue[]): JsonObject {
  const map: JsonObject = {};
  for (const item of items) {
    if (!isJsonObject(item) || typeof item.FieldKey !== 'string') continue;
    map[item.FieldKey] = mapStrings(typedValueOf(item), restDateToWebhook);
  }
  return map;
}

/** The one value an `OtherProperties` item holds, whichever typed key carries it. */
export function typedValueOf(item: JsonObject): JsonValue {
  for (const key of typedValueKeys) if (item[key] !== undefined && item[key] !== null) return item[key];
  return null;
}

function webhookDateToRest(s: string): string {
  return parsePloomesDate(s) ? `${s}${offset}` : s;
}

function restDateToWebhook(s: string): string {
  return restDate.test(s) ? s.slice(0, -offset.length) : s;
}

function mapStrings(value: JsonValue, f: (s: string) => string): JsonValue {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (isJsonObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  return value;
}
