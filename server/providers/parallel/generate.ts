/**
 * @module Generates one Parallel delivery body: (type, {seed, now, set, settings}) → {eventId, payload}.
 * Pure: the same inputs give the same bytes.
 *
 * One seed is one profile (or one parallel) seen through every event of its kind: the subject id and
 * the file's `vars` (user, access, field…) are drawn first with a seed salted by the group only. The
 * event's own id is salted by its type too, so two events of one seed never share an event id.
 */
import { HookbenchError, listNames } from '../../errors.ts';
import { seededFaker } from '../../generate/seeded-faker.ts';
import { render, templateFor } from '../../generate/template.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../util/json.ts';
import { applySet } from '../../util/set-path.ts';
import type { GeneratedEvent, GenerateContext } from '../types.ts';
import type { ParallelEvent } from './catalogue.ts';
import { buildEnvelope } from './envelope.ts';
import type { ParallelSettings } from './settings.ts';
import { parallelHelpers } from './template-helpers.ts';

const wrapperOf = templateFor((event: ParallelEvent): JsonObject => ({ $vars: event.fixture.fixture.vars ?? {}, data: event.template.data }));

/**
 * @example generateParallelEvent(events, 'PROFILE_CLOSED', { seed: 1, now, set: {}, settings }).payload
 */
export function generateParallelEvent(
  events: ReadonlyMap<string, ParallelEvent>,
  type: string,
  { seed, now, set, settings }: GenerateContext<ParallelSettings>,
): GeneratedEvent {
  const event = events.get(type);
  if (!event) {
    throw new HookbenchError('UNKNOWN_EVENT', `unknown event "${type}" for parallel; known: ${listNames([...events.keys()])}`, { path: 'event' });
  }
  const faker = seededFaker({ locale: settings.locale, seed: salted(seed, event.group), now });
  const subjectNumber = faker.number.int({ min: 1000, max: 999_999 });
  const source = `${event.fixture.source} (${type})`;
  const rendered = render(wrapperOf(event), { faker, helpers: parallelHelpers({ faker, now, settings }), formatDate: (d) => d.toISOString(), source });
  const data = isJsonObject(rendered) ? rendered.data : undefined;
  if (!isJsonObject(data)) {
    throw new HookbenchError('INVALID_TEMPLATE', `${source} at $.events.${type}.data: renders to ${JSON.stringify(data)}, not an object`, { path: `$.events.${type}.data` });
  }
  const envelope = buildEnvelope({ group: event.group, type, eventNumber: eventNumber(seed, type), subjectNumber, data, createdAt: now });
  const payload = applySet(envelope, set);
  return { eventId: eventIdOf(payload, envelope), payload };
}

/** The envelope's `id` is what receivers dedupe on; a `--set id=…` moves it too. */
function eventIdOf(payload: JsonValue, envelope: JsonObject): string {
  const id = isJsonObject(payload) ? payload.id : undefined;
  return typeof id === 'string' && id !== '' ? id : String(envelope.id);
}

/** Event ids are large and grow over time in Parallel; ours are 100000–99999999, drawn from the seed and type. */
function eventNumber(seed: number, type: string): number {
  return 100_000 + (salted(seed, type) % 99_900_000);
}

/** FNV-1a of the salt, mixed into the seed. */
function salted(seed: number, salt: string): number {
  let hash = 0x811c9dc5;
  for (const c of salt) hash = Math.imul(hash ^ (c.codePointAt(0) ?? 0), 0x01000193);
  return (Math.imul(seed ^ hash, 0x9e3779b1) ^ hash) >>> 0;
}
