/**
 * @module The mock's records, made by the webhooks' own generator (so a seeded guest is the guest a
 * `guest.* --seed N` delivery talks about) and read back from the store with their types.
 */
import { isJsonObject, type JsonObject } from '../../../util/json.ts';
import type { MockRecords } from '../../mock-types.ts';
import { defaultFixturesFolder, loadFixtures, type IdloomFixtures } from '../fixtures.ts';
import { applyDateFormat, formatIsoDate } from '../format-date.ts';
import { generateIdloomEvent } from '../generate.ts';
import type { IdloomSettings } from '../settings.ts';

export const collections = { events: 'events', guests: 'attendees' } as const;

let fixtures: IdloomFixtures | undefined;

/**
 * A record as the generator makes it for `trigger` (`event.manual` gives an event as it stands,
 * `guest.create` a new registration), for events filtered to `eventUids`.
 * @example generateRecord('guest.manual', { seed: 1, now, settings, eventUids: [uid] }).event_uid === uid
 */
export function generateRecord(trigger: string, { seed, now, settings, eventUids }: { seed: number; now: Date; settings: IdloomSettings; eventUids: string[] }): JsonObject {
  // Loaded on first use: the provider module has its own copy, which this folder cannot reach.
  fixtures ??= loadFixtures(defaultFixturesFolder);
  const { payload } = generateIdloomEvent(fixtures, trigger, { seed, now, set: {}, settings: { ...settings, eventUids } });
  if (!isJsonObject(payload)) throw new Error(`idloom ${trigger} generated a ${typeof payload}, not a record`);
  return payload;
}

/** `now` written as the records write dates (settings.dateFormat). */
export function formatNow(now: Date, settings: IdloomSettings): string {
  return String(applyDateFormat(formatIsoDate(now), settings));
}

/** A numeric `id` above every id of the collection (idloom's integer ids next to the uids). */
export function nextNumericId(records: MockRecords, collection: string, start: number): number {
  return records.all(collection).reduce((max, record) => (typeof record.id === 'number' && record.id >= max ? record.id + 1 : max), start);
}
