/**
 * @module The event id of a Connectif delivery. Connectif sends none, so it is made from what the
 * receiver gets: the event, the contact's e-mail and a hash of the content.
 *
 * `connectif:<event>:<email>:<first 16 hex of sha256(content)>`, where content is the compact JSON of
 * the payload: exactly the body of a POST, and `{"email":…,"ip":…}` for a GET.
 */
import { createHash } from 'node:crypto';
import { isJsonObject, type JsonValue } from '../../util/json.ts';

/**
 * @example connectifEventId('email.subscription', { email: 'ana@gmail.com', ip: '' }, 'email') // 'connectif:email.subscription:ana@gmail.com:1f0e…'
 */
export function connectifEventId(event: string, payload: JsonValue, emailKey = 'email'): string {
  const email = isJsonObject(payload) && typeof payload[emailKey] === 'string' ? payload[emailKey] : '';
  const hash = createHash('sha256').update(JSON.stringify(payload)).digest('hex').slice(0, 16);
  return `connectif:${event}:${email}:${hash}`;
}

/**
 * The event an id was made for (sign needs it and receives only the id).
 * @example eventOfId('connectif:email.bounce:ana@gmail.com:1f0e…') // 'email.bounce'
 */
export function eventOfId(eventId: string): string | undefined {
  const [prefix, event] = eventId.split(':');
  return prefix === 'connectif' ? event : undefined;
}
