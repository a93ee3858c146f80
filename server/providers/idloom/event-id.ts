/**
 * @module The event id of an idloom delivery. idloom sends none; a receiver dedupes on the record's
 * `uid` and `updated_at` (research §2.5). The trigger (and a manual trigger's name) is part of it, so
 * a delete or a manual sync of an unchanged record is not mistaken for the update before it.
 */
import type { JsonValue } from '../../util/json.ts';
import { readPath } from '../../util/set-path.ts';

/**
 * @example idloomEventId(payload, 'guest.update') // 'idloom:guest.update:9f3c2a1e-…:2026-01-01T12:00:00Z'
 * @example idloomEventId(payload, 'guest.manual', 'Sync to CRM') // 'idloom:guest.manual:Sync to CRM:9f3c…:2025-12-30T08:14:02Z'
 */
export function idloomEventId(payload: JsonValue, trigger: string, manualTrigger?: string): string {
  const read = (key: string): string => {
    const value = readPath(payload, [key]);
    return value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  };
  return ['idloom', trigger, ...(manualTrigger === undefined ? [] : [manualTrigger]), read('uid'), read('updated_at')].join(':');
}
