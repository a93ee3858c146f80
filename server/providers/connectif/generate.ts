/**
 * @module Generates one Connectif delivery: (event, {seed, now, set, settings}) → {eventId, payload}.
 * Send events are looked up in the settings the delivery runs with, so a per-delivery override of
 * `sendEvents` changes the fields of an event. Pure: the same inputs give the same bytes.
 */
import { HookbenchError, listNames } from '../../errors.ts';
import type { GeneratedEvent, GenerateContext } from '../types.ts';
import { emailEvents, isEmailEvent } from './email-events.ts';
import { connectifEventId } from './event-id.ts';
import type { ConnectifFixtures } from './fixtures.ts';
import { generateEmailEvent } from './generate-email-event.ts';
import { generateSendEvent } from './generate-send-event.ts';
import { primaryKeyOf, sendEventKey, type SendEventType } from './send-event-type.ts';
import type { ConnectifSettings } from './settings.ts';

/**
 * @example generateConnectifEvent(fixtures, 'send.cupon-emitido', { seed: 1, now, set: {}, settings }).payload
 */
export function generateConnectifEvent(fixtures: ConnectifFixtures, event: string, { seed, now, set, settings }: GenerateContext<ConnectifSettings>): GeneratedEvent {
  if (isEmailEvent(event)) {
    const payload = generateEmailEvent({ fixture: fixtures.email[event], seed, now, set, settings });
    return { eventId: connectifEventId(event, payload), payload };
  }
  const { type, index } = findSendEvent(settings.sendEvents, event);
  const payload = generateSendEvent({ type, index, seed, now, set, settings });
  return { eventId: connectifEventId(event, payload, primaryKeyOf(type)?.id), payload };
}

/** The send event type behind a catalogue key, or UNKNOWN_EVENT naming the known ones. */
export function findSendEvent(types: readonly SendEventType[], event: string): { type: SendEventType; index: number } {
  const index = types.findIndex((t) => sendEventKey(t) === event);
  const type = types[index];
  if (!type) {
    const known = listNames([...emailEvents, ...types.map(sendEventKey)]);
    throw new HookbenchError('UNKNOWN_EVENT', `unknown event "${event}" for connectif; known: ${known} (send events come from settings.sendEvents)`, { path: 'event' });
  }
  return { type, index };
}
