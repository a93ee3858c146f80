/**
 * @module The event id of a HubSpot delivery: the first event's `eventId`. HubSpot says eventId is not
 * guaranteed unique, so receivers should dedupe each event on portalId + subscriptionId + eventId.
 */
import { isJsonObject, type JsonValue } from '../../util/json.ts';

/**
 * @example hubspotEventId([{ eventId: 1894412351 }, { eventId: 1894412352 }]) // '1894412351'
 */
export function hubspotEventId(payload: JsonValue): string {
  const first = Array.isArray(payload) ? payload[0] : payload;
  if (!isJsonObject(first)) return 'hubspot:empty-batch';
  const { eventId } = first;
  if ((typeof eventId === 'number' || typeof eventId === 'string') && String(eventId) !== '') return String(eventId);
  // A set removed it: name the event by what identifies it instead.
  return ['hubspot', first.subscriptionType, first.objectId, first.occurredAt].map((v) => String(v ?? '')).join(':');
}
