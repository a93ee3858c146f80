/**
 * @module `set` overrides on a HubSpot batch: `0.propertyValue` writes into one event, a path without
 * a leading index (`propertyValue`, `changeSource`) into every event of the batch.
 */
import { HookbenchError } from '../../errors.ts';
import type { JsonObject, JsonValue } from '../../util/json.ts';
import { applySet, splitPath, type SetOverrides } from '../../util/set-path.ts';

/**
 * @example applyHubSpotSet([{ a: 1 }, { a: 2 }], { a: 0, '1.b': true }) // [{ a: 0 }, { a: 0, b: true }]
 */
export function applyHubSpotSet(events: readonly JsonObject[], set: SetOverrides): JsonValue {
  const everyEvent: SetOverrides = {};
  const oneEvent: SetOverrides = {};
  for (const [path, value] of Object.entries(set)) {
    const [head = ''] = splitPath(path, `set.${path}`);
    if (!/^\d+$/.test(head)) {
      everyEvent[path] = value;
      continue;
    }
    if (Number(head) >= events.length) {
      const n = events.length;
      throw new HookbenchError('INVALID_INPUT', `set.${path}: the batch has ${n} event${n === 1 ? '' : 's'} (batchSize), so the index goes from 0 to ${n - 1}`, { path: `set.${path}` });
    }
    oneEvent[path] = value;
  }
  // Whole-batch paths first, so an indexed one can override them for its event.
  return applySet(events.map((event) => applySet(event, everyEvent)), oneEvent);
}

/**
 * What `set` asks of event `index` at `key`, when it is a string: generation uses it (a pinned
 * propertyName gets a matching propertyValue).
 */
export function pinnedAt(set: SetOverrides, index: number, key: string): string | undefined {
  const value = set[`${index}.${key}`] ?? set[key];
  return typeof value === 'string' ? value : undefined;
}
