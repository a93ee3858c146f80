/**
 * @module What an update event says changed: Ploomes' `Old` (only the fields that changed) against
 * its `New`, and HubSpot's propertyChange events (the new value alone; HubSpot never sends the old).
 */
import type { JsonValue } from '../../../server/util/json.ts';

export interface FieldChange {
  /** Dot path inside the record, or "objectId · property" for HubSpot. */
  path: string;
  /** Absent when the provider does not send the previous value. */
  old?: JsonValue;
  new?: JsonValue;
  changed: boolean;
}

export interface ChangeSet {
  title: string;
  note: string;
  changes: FieldChange[];
}

const isObject = (v: unknown): v is Record<string, JsonValue> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The changes a payload reports, or undefined when it is not an update of this kind.
 * @example changesOf('ploomes', { New: { Name: 'b', Id: 1 }, Old: { Name: 'a', Id: 1 } })?.changes // [{ path: 'Id', … changed: false }, { path: 'Name', old: 'a', new: 'b', changed: true }]
 */
export function changesOf(provider: string, payload: JsonValue): ChangeSet | undefined {
  if (provider === 'ploomes' && isObject(payload) && isObject(payload.Old) && isObject(payload.New)) return ploomesChanges(payload.Old, payload.New);
  if (provider === 'hubspot' && Array.isArray(payload)) return hubspotChanges(payload);
  return undefined;
}

function ploomesChanges(old: Record<string, JsonValue>, next: Record<string, JsonValue>): ChangeSet {
  const after = new Map(leaves(next));
  const changes = leaves(old).map(([path, value]) => {
    const now = after.get(path);
    return { path, old: value, ...(after.has(path) ? { new: now } : {}), changed: JSON.stringify(value) !== JSON.stringify(now) };
  });
  return { title: 'Old → New', note: 'Ploomes puts in Old only the fields that changed (and the Id); New is the whole record.', changes };
}

function hubspotChanges(events: readonly JsonValue[]): ChangeSet | undefined {
  const changes: FieldChange[] = events.flatMap((e) => {
    if (!isObject(e) || typeof e.subscriptionType !== 'string' || !e.subscriptionType.endsWith('.propertyChange')) return [];
    const object = `${e.subscriptionType.split('.')[0]} ${String(e.objectId)}`;
    return [{ path: `${object} · ${String(e.propertyName)}`, new: e.propertyValue ?? null, changed: true }];
  });
  if (changes.length === 0) return undefined;
  return { title: 'Property changes', note: 'HubSpot sends the new value only: a receiver that needs the old one keeps it itself.', changes };
}

/** Leaf values by dot path (arrays by index), in document order. */
function leaves(value: JsonValue, prefix = ''): [string, JsonValue][] {
  if (isObject(value) && Object.keys(value).length > 0) return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  if (Array.isArray(value) && value.length > 0) return value.flatMap((v, i) => leaves(v, `${prefix}.${i}`));
  return [[prefix, value]];
}
