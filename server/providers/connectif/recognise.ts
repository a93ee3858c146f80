/**
 * @module Tells a Connectif delivery from other providers' requests at the built-in sink: a GET with
 * `email` and `ip` in its query, a JSON body with `bounceErrorMessage`, a JSON body keyed by the
 * fields of a configured send event, or else one of the credential headers.
 */
import { isJsonObject, type JsonObject } from '../../util/json.ts';
import type { ReceivedRequest } from '../types.ts';
import type { ConnectifCredentials } from './credentials.ts';
import type { EmailEvent } from './email-events.ts';
import { primaryKeyOf, sendEventKey } from './send-event-type.ts';
import type { ConnectifSettings } from './settings.ts';

/** What the request looked like; `event` names it in the sink's reasons (a GET may be either subscription event). */
export type Recognised = { kind: 'email'; event: string } | { kind: 'send'; event: string } | { kind: 'headers' };

/**
 * @example recognise({ method: 'GET', url: '/sink/x?email=a%40b.es&ip=', … }, settings, credentials) // { kind: 'email', … }
 */
export function recognise(request: ReceivedRequest, settings: ConnectifSettings | undefined, credentials: ConnectifCredentials | undefined): Recognised | undefined {
  if (request.method === 'GET') {
    const query = new URL(request.url, 'http://sink.invalid').searchParams;
    if (query.has('email') && query.has('ip')) return { kind: 'email', event: 'email.subscription or email.unsubscription' };
  }
  const body = jsonObject(request.body);
  if (body && typeof body.bounceErrorMessage === 'string') return { kind: 'email', event: 'email.bounce' satisfies EmailEvent };
  const send = body ? matchingSendEvent(body, settings) : undefined;
  if (send) return { kind: 'send', event: send };
  const names = Object.keys(credentials?.headers ?? {}).map((n) => n.toLowerCase());
  return names.some((n) => n in request.headers) ? { kind: 'headers' } : undefined;
}

/** A body whose keys are all fields of one send event type, its e-mail primary key among them. */
function matchingSendEvent(body: JsonObject, settings: ConnectifSettings | undefined): string | undefined {
  const keys = Object.keys(body);
  const type = settings?.sendEvents.find((t) => {
    const ids = new Set(t.fields.map((f) => f.id));
    const key = primaryKeyOf(t)?.id;
    return key !== undefined && typeof body[key] === 'string' && keys.every((k) => ids.has(k));
  });
  return type ? sendEventKey(type) : undefined;
}

function jsonObject(text: string): JsonObject | undefined {
  if (!text.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isJsonObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
