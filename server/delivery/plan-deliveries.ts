/** @module Turns one submission into the delivery records it creates (the original and its duplicates). */
import { randomInt } from 'node:crypto';
import { newId } from '../util/ids.ts';
import { HookbenchError } from '../errors.ts';
import { settingsWithOverrides } from '../providers/provider-config.ts';
import type { Registry } from '../providers/registry.ts';
import type { JsonValue } from '../util/json.ts';
import { seededShuffle } from '../util/seeded-shuffle.ts';
import type { SetOverrides } from '../util/set-path.ts';
import type { Edits } from './delivery-input.ts';
import type { Faults } from './faults.ts';
import { assertFaultsApply } from './fault-applicability.ts';
import { fixedDataClock, generateEvent, maxSeed } from './generate-event.ts';
import { retrySchedule } from './retry.ts';
import type { Delivery } from './types.ts';

export interface SubmitInput {
  provider: string;
  event: string;
  target?: string | undefined;
  seed?: number | undefined;
  now?: Date | undefined;
  set?: SetOverrides | undefined;
  payload?: JsonValue | undefined;
  faults?: Faults | undefined;
  timeScale?: number | undefined;
  settings?: Record<string, JsonValue> | undefined;
  edits?: Edits | undefined;
  /** The event id, when the caller's payload carries its own (a mock API's write); else the generated one. */
  eventId?: string | undefined;
}

export interface PlanInput extends SubmitInput {
  replayOf?: string | undefined;
  /** Joins an existing batch (a scenario run) instead of starting one. */
  batchId?: string | undefined;
  /** When the first attempt is due, for callers that schedule themselves (scenario steps). */
  dueAt?: Date | undefined;
}

export interface DeliveryPlan {
  /**
   * In creation order: the first event, its duplicates (same event id and payload, duplicateOf set),
   * then a burst's other events and theirs.
   */
  deliveries: Delivery[];
  /** The same deliveries in the order they go out: shuffled by the seed when `reorder` is set. */
  dispatch: Delivery[];
  /** When the first attempt of each is due (after the `delay` fault, scaled). */
  firstAt: Date;
  /** How many of them may be in flight at once (a burst's N@C). */
  concurrency?: number;
}

/** A burst is capped so one request cannot stall the workbench; several bursts go further. */
export const maxBurst = 10_000;

/**
 * @example planDeliveries({ registry, settingsFor, defaultTarget, defaultTimeScale: 1, input: { provider: 'ploomes', event: 'Deals.Win' } })
 */
export function planDeliveries({
  registry,
  settingsFor,
  defaultTarget,
  defaultTimeScale,
  input,
  now = new Date(),
}: {
  registry: Registry;
  settingsFor(providerId: string): unknown;
  defaultTarget: string;
  defaultTimeScale: number;
  input: PlanInput;
  now?: Date;
}): DeliveryPlan {
  const provider = registry.get(input.provider, 'provider');
  registry.event(provider, input.event, 'event');
  const faults: Faults = input.faults ?? {};
  const count = faults.burst?.count ?? 1;
  if (count > maxBurst) {
    throw new HookbenchError('INVALID_INPUT', `a burst of ${count} is over the ${maxBurst} hookbench sends in one go; split it into several`, { path: 'faults.burst' });
  }
  // Validated now, so a bad override is a 422 rather than a failed attempt later.
  const settings = settingsWithOverrides(provider, settingsFor(provider.id), input.settings);
  // One data clock and consecutive seeds for the whole burst: the same seed replays the same burst.
  const baseSeed = input.seed ?? randomInt(0, maxSeed);
  const dataNow = input.now ?? (input.seed === undefined ? now : fixedDataClock);
  const timeScale = input.timeScale ?? defaultTimeScale;
  const firstAt = new Date((input.dueAt ?? now).getTime() + Math.round((faults.delay ?? 0) * timeScale));
  const batchId = input.batchId ?? (faults.burst ? newId('bat') : undefined);
  const shared = {
    provider: provider.id,
    event: input.event,
    target: input.target ?? defaultTarget,
    status: 'queued' as const,
    dataNow: dataNow.toISOString(),
    set: input.set ?? {},
    settings: input.settings ?? {},
    ...(input.edits && (input.edits.body !== undefined || input.edits.headers) ? { edits: input.edits } : {}),
    faults,
    timeScale,
    retryDelaysMs: retrySchedule(provider.policy, faults.retry),
    timeoutMs: faults.timeout ?? provider.policy.timeoutMs,
    ...(input.replayOf ? { replayOf: input.replayOf } : {}),
    ...(batchId ? { batchId } : {}),
    ...(firstAt.getTime() > now.getTime() ? { nextAttemptAt: firstAt.toISOString() } : {}),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    attemptCount: 0,
    attempts: [],
  };
  const deliveries: Delivery[] = [];
  for (let i = 0; i < count; i++) {
    const seed = (baseSeed + i) % (maxSeed + 1);
    const generated = generateEvent({ provider, settings, event: input.event, seed, now: dataNow, set: input.set, payload: input.payload });
    const originalId = newId('dlv');
    for (let copy = 0; copy < (faults.duplicate ?? 1); copy++) {
      deliveries.push({
        ...shared,
        id: copy === 0 ? originalId : newId('dlv'),
        ...(copy === 0 ? {} : { duplicateOf: originalId }),
        eventId: input.eventId ?? generated.eventId,
        seed,
        payload: generated.payload,
      });
    }
  }
  const [first] = deliveries;
  if (first) assertFaultsApply({ provider, settings, event: input.event, eventId: first.eventId, payload: first.payload, target: first.target, faults, edits: input.edits });
  const dispatch = faults.reorder ? seededShuffle(deliveries, baseSeed) : deliveries;
  return { deliveries, dispatch, firstAt, ...(faults.burst ? { concurrency: faults.burst.concurrency } : {}) };
}
