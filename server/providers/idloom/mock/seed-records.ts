/**
 * @module The data set a fresh idloom mock starts with: events, then guests of each event.
 *
 * Event `i` is the event of seed `seed + i`, and its first guest the guest of that same seed, so
 * `hookbench trigger idloom guest.update --seed 1` talks about a guest the API lists. When the webhook
 * filters on `eventUids`, those are the events.
 */
import type { JsonObject } from '../../../util/json.ts';
import type { MockSeedContext } from '../../mock-types.ts';
import type { IdloomSettings } from '../settings.ts';
import { mockSettingsOf } from './mock-settings.ts';
import { collections, generateRecord } from './records.ts';

/**
 * @example seedIdloom({ seed: 1, now, settings }).attendees.length // 60 by default
 */
export function seedIdloom({ seed, now, settings }: MockSeedContext<IdloomSettings>): Record<string, JsonObject[]> {
  const options = mockSettingsOf(settings);
  const filtered = settings.eventUids.length > 0;
  const count = filtered ? settings.eventUids.length : options.events;
  const events: JsonObject[] = [];
  const guests: JsonObject[] = [];
  for (let i = 0; i < count; i++) {
    const eventSeed = seed + i;
    const event = generateRecord('event.manual', { seed: eventSeed, now, settings, eventUids: filtered ? [settings.eventUids[i]!] : [] });
    events.push(event);
    const eventUids = [String(event.uid)];
    for (let j = 0; j < options.guestsPerEvent; j++) {
      guests.push(generateRecord('guest.manual', { seed: j === 0 ? eventSeed : eventSeed * 1000 + j, now, settings, eventUids }));
    }
  }
  return { [collections.events]: events, [collections.guests]: dedupe(guests) };
}

/** Drawn uids never collide in practice; a collision would silently merge two guests in the store. */
function dedupe(records: JsonObject[]): JsonObject[] {
  const seen = new Set<unknown>();
  return records.filter((r) => !seen.has(r.uid) && seen.add(r.uid));
}
