/**
 * @module Generates one idloom delivery body: (trigger, {seed, now, set, settings}) → {eventId, payload}.
 * Pure: the same inputs give the same bytes.
 *
 * The event comes first, from its uid alone: guests of one event agree on its name, dates and venue,
 * and `guest.* --seed 7` belongs to the event of `event.* --seed 7`. A guest registers in one of the
 * event's languages; that language drives names, addresses and free text.
 */
import { seededFaker } from '../../generate/seeded-faker.ts';
import type { EuLanguage } from '../../generate/eu-countries.ts';
import { HookbenchError, listNames } from '../../errors.ts';
import type { JsonObject } from '../../util/json.ts';
import { applySet } from '../../util/set-path.ts';
import type { GeneratedEvent, GenerateContext } from '../types.ts';
import { idloomEventId } from './event-id.ts';
import { summarizeEvent } from './event-summary.ts';
import { applyDateFormat, formatIsoDate } from './format-date.ts';
import type { IdloomFixtures, LoadedFixture } from './fixtures.ts';
import { applyChanges, renderBase, type RenderedBase } from './render-record.ts';
import { saltedSeed, textSeed } from './seeds.ts';
import { manualTriggerOf, type IdloomSettings } from './settings.ts';
import { reusedIdloomHelpers } from './template-helpers.ts';
import { idloomTriggers, parseTrigger } from './triggers.ts';

/**
 * @example generateIdloomEvent(fixtures, 'guest.update', { seed: 1, now, set: {}, settings }).payload
 */
export function generateIdloomEvent(fixtures: IdloomFixtures, name: string, { seed, now, set, settings }: GenerateContext<IdloomSettings>): GeneratedEvent {
  const trigger = parseTrigger(name);
  if (!trigger) {
    throw new HookbenchError('UNKNOWN_EVENT', `unknown event "${name}" for idloom; known: ${listNames(idloomTriggers.map((t) => t.name))}`, { path: 'event' });
  }
  const event = renderEvent(fixtures.event, eventUidFor(seed, now, settings), now, settings);
  const spec = fixtures[trigger.object].fixture.triggers[trigger.action];
  const source = `${fixtures[trigger.object].source} (${trigger.name})`;

  let record: JsonObject;
  if (trigger.object === 'event') {
    const faker = seededFaker({ locale: event.language, seed: saltedSeed(seed, 'event'), now });
    const helpers = reusedIdloomHelpers({ faker, now, settings, language: event.language, languages: event.languages, eventUid: event.uid });
    record = applyChanges(event.base, spec, { faker, helpers, formatDate: formatIsoDate, source });
  } else {
    const language = seededFaker({ locale: 'en', seed: saltedSeed(seed, 'guest-language'), now }).helpers.arrayElement(event.languages);
    const faker = seededFaker({ locale: language, seed: saltedSeed(seed, 'guest'), now });
    const summary = summarizeEvent(event.base.record, fixtures.event.source);
    const helpers = reusedIdloomHelpers({ faker, now, settings, language, languages: event.languages, eventUid: event.uid, event: summary });
    const context = { faker, helpers, formatDate: formatIsoDate, source };
    record = applyChanges(renderBase(fixtures.guest.fixture, context), spec, context);
  }
  const payload = applySet(applyDateFormat(record, settings), set);
  return { eventId: idloomEventId(payload, trigger.name, trigger.action === 'manual' ? manualTriggerOf(settings) : undefined), payload };
}

/**
 * The event the delivery is about (or the guest belongs to): one of the webhook's `eventUids` when it
 * filters on events, else a uid drawn from the seed.
 */
export function eventUidFor(seed: number, now: Date, settings: Pick<IdloomSettings, 'eventUids'>): string {
  const faker = seededFaker({ locale: 'en', seed: saltedSeed(seed, 'event-uid'), now });
  return settings.eventUids.length > 0 ? faker.helpers.arrayElement(settings.eventUids) : faker.string.uuid();
}

interface RenderedEvent {
  uid: string;
  language: EuLanguage;
  languages: EuLanguage[];
  base: RenderedBase;
}

/** The event as it stands before the trigger, from its uid (and the data clock) alone. */
function renderEvent(fixture: LoadedFixture, uid: string, now: Date, settings: IdloomSettings): RenderedEvent {
  const uidSeed = textSeed(uid);
  const picker = seededFaker({ locale: 'en', seed: uidSeed, now });
  const language = picker.helpers.arrayElement(settings.languages);
  const others = [...new Set(settings.languages)].filter((l) => l !== language);
  const languages = [language, ...picker.helpers.arrayElements(others, { min: 0, max: Math.min(2, others.length) })];
  // Drawn after the picker is done with: both may be the same faker instance (seededFaker reuses them).
  const faker = seededFaker({ locale: language, seed: uidSeed, now });
  const helpers = reusedIdloomHelpers({ faker, now, settings, language, languages, eventUid: uid });
  const base = renderBase(fixture.fixture, { faker, helpers, formatDate: formatIsoDate, source: `${fixture.source} (event ${uid})` });
  return { uid, language, languages, base };
}
