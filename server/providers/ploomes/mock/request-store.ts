/** @module One request's view of the stored sets: records by Id (cached), and the property names a set has. */
import type { JsonObject, JsonValue } from '../../../util/json.ts';
import type { MockRecords } from '../../mock-types.ts';
import type { StoredSet } from './entity-types.ts';
import type { Lookup } from './shape-record.ts';

/**
 * @example const lookup = cachedLookup(ctx.records); lookup('Contacts', deal.ContactId)?.Name
 */
export function cachedLookup(records: MockRecords): Lookup {
  const cache = new Map<string, JsonObject | undefined>();
  return (set: StoredSet, id: JsonValue | undefined) => {
    if (typeof id !== 'number' && typeof id !== 'string') return undefined;
    const key = `${set}:${id}`;
    if (!cache.has(key)) cache.set(key, records.get(set, id));
    return cache.get(key);
  };
}

/** Every property name the records use: what `$select`, `$filter` and `$orderby` may name. */
export const propertiesOf = (records: readonly JsonObject[]): Set<string> => new Set(records.flatMap((r) => Object.keys(r)));
