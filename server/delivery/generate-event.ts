/** @module One event's payload from a provider, with the seed and data clock it was made with. */
import { randomInt } from 'node:crypto';
import type { Provider } from '../providers/types.ts';
import type { JsonValue } from '../util/json.ts';
import { fixedDataClock } from '../generate/fixed-clock.ts';
import { applySet, type SetOverrides } from '../util/set-path.ts';

export { fixedDataClock };

export const maxSeed = 2 ** 31 - 1;

export interface GenerateEventInput {
  provider: Provider;
  settings: unknown;
  event: string;
  seed?: number | undefined;
  now?: Date | undefined;
  set?: SetOverrides | undefined;
  /** A payload given by the user replaces generation; `set` still applies on top. */
  payload?: JsonValue | undefined;
}

export interface GeneratedEventRecord {
  seed: number;
  dataNow: Date;
  eventId: string;
  payload: JsonValue;
}

/**
 * @example generateEvent({ provider: ploomes, settings, event: 'Deals.Win', seed: 1 }).payload
 */
export function generateEvent(input: GenerateEventInput): GeneratedEventRecord {
  const seed = input.seed ?? randomInt(0, maxSeed);
  const dataNow = input.now ?? (input.seed === undefined ? new Date() : fixedDataClock);
  const set = input.set ?? {};
  const generated = input.provider.generate(input.event, { seed, now: dataNow, set: input.payload === undefined ? set : {}, settings: input.settings });
  if (input.payload === undefined) return { seed, dataNow, ...generated };
  // A user payload keeps the generated event id (it names the event, not the bytes).
  return { seed, dataNow, eventId: generated.eventId, payload: applySet(input.payload, set) };
}
