/**
 * @module The wire request of an idloom delivery, as the webhook's settings say: the method, the
 * custom headers, the record as a JSON body (POST, PUT, PATCH, DELETE) or as a query string (GET), and
 * the trigger name where the settings put it. `Content-Type: application/json` is what the one
 * receiver found requires; no User-Agent is sent (none was ever captured).
 */
import { isJsonObject, type JsonValue } from '../../util/json.ts';
import type { EncodeContext, WireRequest } from '../types.ts';
import { appendQuery, buildQuery } from './query-string.ts';
import type { IdloomSettings } from './settings.ts';
import { headerSafe, wireTrigger } from './trigger-name.ts';

export const idloomContentType = 'application/json';

/**
 * @example encodeIdloom({ event: 'guest.update', payload: { uid: 'a' }, target, settings }) // POST, body '{"uid":"a"}'
 */
export function encodeIdloom({ event, payload, target, settings }: Pick<EncodeContext<IdloomSettings>, 'event' | 'payload' | 'target' | 'settings'>): WireRequest {
  const trigger = wireTrigger(event, settings);
  const headers: Record<string, string> = { ...settings.headers };
  let url = target;
  let record: JsonValue = payload;
  if (trigger?.location === 'header') headers[trigger.key] = headerSafe(trigger.value);
  if (trigger?.location === 'query') url = appendQuery(url, buildQuery({ [trigger.key]: trigger.value }, settings.getEncoding));
  // A body key joins the record (last); a non-object payload (given with --payload) has nowhere to put it.
  if (trigger?.location === 'body' && isJsonObject(payload)) record = { ...payload, [trigger.key]: trigger.value };

  if (settings.method === 'GET') {
    return { method: 'GET', url: appendQuery(url, buildQuery(record, settings.getEncoding)), headers, body: undefined };
  }
  const hasContentType = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
  return {
    method: settings.method,
    url,
    headers: hasContentType ? headers : { 'Content-Type': idloomContentType, ...headers },
    body: JSON.stringify(record),
  };
}
