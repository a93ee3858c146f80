/**
 * @module The event id of a Ploomes delivery. Ploomes sends none; receivers dedupe on
 * (AccountId, Entity, record Id, Action, LastUpdateDate), as the research recommends (§1.5).
 */
import type { JsonValue } from '../../util/json.ts';
import { readPath } from '../../util/set-path.ts';

/**
 * @example ploomesEventId(payload) // 'ploomes:1003921:Deals:501090282:Win:2024-02-28T19:00:01.213'
 */
export function ploomesEventId(payload: JsonValue): string {
  const read = (...paths: string[][]): string => {
    for (const path of paths) {
      const v = readPath(payload, path);
      if (v !== undefined && v !== null) return typeof v === 'string' ? v : JSON.stringify(v);
    }
    return '';
  };
  return [
    'ploomes',
    read(['AccountId']),
    read(['Entity']),
    read(['New', 'Id'], ['Old', 'Id']),
    read(['Action']),
    read(['New', 'LastUpdateDate'], ['Old', 'LastUpdateDate']),
  ].join(':');
}
