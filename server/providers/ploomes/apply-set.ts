/**
 * @module `--set` for Ploomes: the overrides, plus the bookkeeping that keeps `Old` listing exactly
 * the changed fields. Setting `New.Name` on an update also records the generated name in `Old.Name`,
 * unless `Old` already lists Name or the user set an `Old.Name…` path too.
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../../util/json.ts';
import { jsonEqual } from '../../util/json-equal.ts';
import { applySet, readPath, splitPath, type SetOverrides } from '../../util/set-path.ts';

/**
 * @example applyPloomesSet(update, { 'New.Name': 'ACME' }, true).Old // { Id, Name: <generated name>, LastUpdateDate }
 */
export function applyPloomesSet(payload: JsonObject, set: SetOverrides, tracksChanges: boolean): JsonValue {
  const result = applySet(payload, set);
  if (!tracksChanges || !isJsonObject(result) || !isJsonObject(result.Old) || !isJsonObject(result.New)) return result;
  const paths = Object.keys(set).map((p) => splitPath(p));
  if (paths.some((segments) => segments[0] === 'Old' && segments.length === 1)) return result;

  const old = result.Old;
  for (const segments of paths) {
    const [root, field] = segments;
    if (root !== 'New' || field === undefined || field in old) continue;
    if (paths.some((other) => other[0] === 'Old' && other[1] === field)) continue;
    const generated = readPath(payload, ['New', field]);
    if (jsonEqual(generated, result.New[field])) continue;
    old[field] = generated ?? null;
  }
  result.Old = inOrderOf(result.New, old);
  return result;
}

/** `Old`'s keys in the order `New` has them (the record's order), extras after. */
function inOrderOf(reference: JsonObject, value: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const key of Object.keys(reference)) if (key in value) out[key] = value[key] ?? null;
  for (const key of Object.keys(value)) if (!(key in out)) out[key] = value[key]!;
  return out;
}
