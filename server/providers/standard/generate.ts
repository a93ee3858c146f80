/**
 * @module Generates one Standard Webhooks delivery: the spec's recommended envelope
 * `{type, timestamp, data}` and the `msg_` id that becomes `webhook-id`. Catalogue events render their
 * fixture; any other name renders the any-event template. Pure: same inputs, same bytes.
 */
import { seededFaker } from '../../generate/seeded-faker.ts';
import { render, templateFor } from '../../generate/template.ts';
import { HookbenchError } from '../../errors.ts';
import { isJsonObject, type JsonObject } from '../../util/json.ts';
import { applySet } from '../../util/set-path.ts';
import type { GeneratedEvent, GenerateContext } from '../types.ts';
import { resourceOf } from './event-name.ts';
import type { StandardFixtures } from './fixtures.ts';
import { messageId } from './message-id.ts';
import { formatIsoDate, standardHelpers } from './template-helpers.ts';

const wrapperOf = templateFor(({ fixture }: StandardFixtures['anyEvent']): JsonObject => ({ $vars: fixture.vars ?? {}, data: fixture.data }));

/**
 * @example generateStandardEvent(fixtures, 'invoice.paid', { seed: 1, now, set: {}, settings }).payload
 * // { type: 'invoice.paid', timestamp: '2026-01-01T12:00:00.000Z', data: { id: '…', type: 'invoice', … } }
 */
export function generateStandardEvent(fixtures: StandardFixtures, event: string, { seed, now, set }: Pick<GenerateContext<unknown>, 'seed' | 'now' | 'set'>): GeneratedEvent {
  const loaded = fixtures.events.get(event) ?? fixtures.anyEvent;
  const { source } = loaded;
  // The id is salted with the whole name: invoice.paid and invoice.payment_failed with one seed are two events.
  const idFaker = seededFaker({ locale: 'en', seed: salted(seed, `id:${event}`), now });
  const eventId = messageId({ time: now, random: Uint8Array.from({ length: 16 }, () => idFaker.number.int({ min: 0, max: 255 })) });

  // The data is salted with the resource only, so one seed shows the same user in user.created and user.deleted.
  const faker = seededFaker({ locale: 'en', seed: salted(seed, resourceOf(event)), now });
  const context = { faker, helpers: standardHelpers({ faker, now, event }), formatDate: formatIsoDate, source: `${source} (${event})` };
  const rendered = render(wrapperOf(loaded), context);
  const data = isJsonObject(rendered) ? rendered.data : undefined;
  if (!isJsonObject(data)) {
    throw new HookbenchError('INVALID_TEMPLATE', `${source} at $.data: renders to ${JSON.stringify(data)}, not an object`, { path: '$.data' });
  }
  const envelope: JsonObject = { type: event, timestamp: now.toISOString(), data };
  return { eventId, payload: applySet(envelope, set) };
}

function salted(seed: number, salt: string): number {
  let hash = 0x811c9dc5; // FNV-1a
  for (const c of salt) hash = Math.imul(hash ^ (c.codePointAt(0) ?? 0), 0x01000193);
  return (seed ^ hash) >>> 0;
}
