/**
 * @module The wire request of a Connectif delivery.
 * - `email.subscription`, `email.unsubscription`: `GET <target>?email=…&ip=…` (documented), no body;
 *   the payload's keys become the query, appended to any query the target already has [inferred].
 * - `email.bounce`: `POST`, `Content-Type: application/json` (documented), the compact JSON body.
 * - send events: `settings.send.method` (POST by default) with a JSON body and the event type's
 *   non-secret `webhookHeaders` [inferred]; the secret ones come from sign.
 * No User-Agent is sent: none was ever captured.
 */
import { HookbenchError } from '../../errors.ts';
import { isJsonObject, type JsonValue } from '../../util/json.ts';
import type { EncodeContext, WireRequest } from '../types.ts';
import { emailEventMethods, isEmailEvent } from './email-events.ts';
import { findSendEvent } from './generate.ts';
import type { ConnectifSettings } from './settings.ts';

export const connectifContentType = 'application/json';

/**
 * @example encodeConnectif({ event: 'email.subscription', payload: { email: 'a@b.es', ip: '' }, target: 'http://x/h', ... }).url // 'http://x/h?email=a%40b.es&ip='
 */
export function encodeConnectif({ event, payload, target, settings }: Pick<EncodeContext<ConnectifSettings>, 'event' | 'payload' | 'target' | 'settings'>): WireRequest {
  const body = JSON.stringify(payload);
  if (isEmailEvent(event)) {
    if (emailEventMethods[event] === 'GET') return { method: 'GET', url: withQuery(event, target, payload), headers: {}, body: undefined };
    return { method: 'POST', url: target, headers: { 'Content-Type': connectifContentType }, body };
  }
  const { type } = findSendEvent(settings.sendEvents, event);
  const headers: Record<string, string> = { 'Content-Type': connectifContentType };
  for (const { name, value } of type.webhookHeaders) headers[name] = value;
  return { method: settings.send.method, url: target, headers, body };
}

function withQuery(event: string, target: string, payload: JsonValue): string {
  if (!isJsonObject(payload)) {
    throw new HookbenchError('INVALID_INPUT', `${event} is sent as a query string: its payload must be an object like {"email":"ana@gmail.com","ip":""}`, { path: 'payload' });
  }
  const url = new URL(target);
  for (const [key, value] of Object.entries(payload)) url.searchParams.append(key, queryValue(value));
  return url.toString();
}

/** null → empty (Connectif's `ip=` when there is no IP); text as is; anything else as JSON. */
function queryValue(value: JsonValue): string {
  if (value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
