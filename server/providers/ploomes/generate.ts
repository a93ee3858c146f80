/**
 * @module Generates one Ploomes delivery body: (event, {seed, now, set, settings}) → {eventId, payload}.
 * Pure: the same inputs give the same bytes.
 */
import { seededFaker } from '../../generate/seeded-faker.ts';
import { render, templateFor } from '../../generate/template.ts';
import { HookbenchError, listNames } from '../../errors.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../util/json.ts';
import type { GeneratedEvent, GenerateContext } from '../types.ts';
import type { PloomesEvent } from './catalogue.ts';
import { buildEnvelope } from './envelope.ts';
import { ploomesEventId } from './event-id.ts';
import { previousKey } from './fixture-schema.ts';
import { formatPloomesDate } from './format-date.ts';
import { applyPloomesSet } from './apply-set.ts';
import type { PloomesSettings } from './settings.ts';
import { ploomesHelpers } from './template-helpers.ts';
import { transition } from './transition.ts';

const wrapperOf = templateFor(
  (event: PloomesEvent): JsonObject => ({
    $vars: event.fixture.fixture.vars ?? {},
    record: event.fixture.fixture.record,
    changes: event.spec.changes ?? {},
    before: event.spec.before ?? {},
  }),
);

/**
 * @example generatePloomesEvent(events, 'Deals.Win', { seed: 1, now, set: {}, settings }).payload
 */
export function generatePloomesEvent(
  events: ReadonlyMap<string, PloomesEvent>,
  name: string,
  { seed, now, set, settings }: GenerateContext<PloomesSettings>,
): GeneratedEvent {
  const event = events.get(name);
  if (!event) {
    throw new HookbenchError('UNKNOWN_EVENT', `unknown event "${name}" for ploomes; known: ${listNames([...events.keys()])}`, { path: 'event' });
  }
  const faker = seededFaker({ locale: 'pt_BR', seed: entitySeed(seed, event.entity), now });
  // Drawn first and the record next, so one seed shows the same record in every action of an entity.
  const actionUserId = faker.helpers.arrayElement(settings.userIds);
  // Template paths are those of the wrapper ($.record…, $.changes…): name the event too.
  const source = `${event.fixture.source} (${event.name})`;
  const template = wrapperOf(event);
  const context = { faker, helpers: ploomesHelpers({ faker, now, settings, actionUserId }), formatDate: formatPloomesDate, source };
  const rendered = object(render(template, context), source, '');
  const { previous, record } = splitPrevious(object(rendered.record, source, 'record'));
  const envelope = buildEnvelope({
    event,
    settings,
    actionUserId,
    transition: transition({
      action: event.action,
      record,
      previous: previous === undefined ? {} : object(previous, source, `record.${previousKey}`),
      changes: object(rendered.changes, source, `actions.${event.action}.changes`),
      before: object(rendered.before, source, `actions.${event.action}.before`),
      now: formatPloomesDate(now),
      actionUserId,
      faker,
    }),
  });
  const payload = applyPloomesSet(envelope, set, event.action !== 'Create' && event.action !== 'Delete');
  return { eventId: ploomesEventId(payload), payload };
}

/**
 * Salts the seed with the entity, so seed 7 gives a deal and a task created at different times,
 * while every action of one entity still shows the same record.
 */
function entitySeed(seed: number, entity: string): number {
  let hash = 0x811c9dc5; // FNV-1a
  for (const c of entity) hash = Math.imul(hash ^ (c.codePointAt(0) ?? 0), 0x01000193);
  return (seed ^ hash) >>> 0;
}

/**
 * The record without its `$previous` block, keys in order. Not an object rest with a computed key
 * (`{ [previousKey]: previous, ...record }`), which goes through the runtime: 5% of the time. Deleting
 * the last key, as `$previous` is in every fixture, is undone in V8 without leaving the fast shape.
 */
function splitPrevious(rendered: JsonObject): { previous: JsonValue | undefined; record: JsonObject } {
  const record = { ...rendered };
  delete record[previousKey];
  return { previous: rendered[previousKey], record };
}

function object(value: JsonValue | undefined, source: string, path: string): JsonObject {
  if (isJsonObject(value)) return value;
  const at = path === '' ? '$' : `$.${path}`;
  throw new HookbenchError('INVALID_TEMPLATE', `${source} at ${at}: renders to ${JSON.stringify(value)}, not an object`, { path: at });
}
