/**
 * @module idloom's "API field mapping": the account renames or drops guest fields, and both the API and
 * the webhooks send the mapped names; `ignore_fields_mapping=1` asks the API for native names
 * (idloom's field-mapping guide). Keys keep their order; a renamed field stays in its place.
 */
import type { JsonObject } from '../../../util/json.ts';

/**
 * @example applyFieldMapping({ firstname: 'Ana', notes: null }, { firstname: 'first_name', notes: null }) // { first_name: 'Ana' }
 */
export function applyFieldMapping(record: JsonObject, mapping: Readonly<Record<string, string | null>>): JsonObject {
  if (Object.keys(mapping).length === 0) return record;
  const out: JsonObject = {};
  for (const [name, value] of Object.entries(record)) {
    const mapped = Object.hasOwn(mapping, name) ? mapping[name] : name;
    if (mapped !== null && mapped !== undefined) out[mapped] = value;
  }
  return out;
}

/** `ignore_fields_mapping=1` (or `true`): the native names. */
export function ignoresMapping(url: URL): boolean {
  return ['1', 'true'].includes(url.searchParams.get('ignore_fields_mapping') ?? '');
}
