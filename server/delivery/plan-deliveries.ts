/** @module Turns one submission into the delivery records it creates (the original and its duplicates). */
import { ulid } from 'ulid';
import { HookbenchError } from '../errors.ts';
import { settingsWithOverrides } from '../providers/provider-config.ts';
import type { Registry } from '../providers/registry.ts';
import type { JsonValue } from '../util/json.ts';
import type { SetOverrides } from '../util/set-path.ts';
import type { Faults } from './faults.ts';
import { generateEvent } from './generate-event.ts';
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
}

export interface PlanInput extends SubmitInput {
  replayOf?: string | undefined;
}

export interface DeliveryPlan {
  /** The original first, then its duplicates (same event id and payload, duplicateOf set). */
  deliveries: Delivery[];
  /** When the first attempt of each is due (after the `delay` fault, scaled). */
  firstAt: Date;
}

// Faults the engine does not carry out yet are refused, never silently ignored.
const unavailableFaults = ['disconnect', 'slow', 'burst', 'reorder'] as const;

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
  for (const name of unavailableFaults) {
    if (faults[name] !== undefined) {
      throw new HookbenchError('INVALID_INPUT', `fault "${name}" is not available in this version of hookbench; available: duplicate, delay, signature, body, timeout, retry`, {
        path: `faults.${name}`,
      });
    }
  }
  // Validated now, so a bad override is a 422 rather than a failed attempt later.
  const settings = settingsWithOverrides(provider, settingsFor(provider.id), input.settings);
  const generated = generateEvent({
    provider,
    settings,
    event: input.event,
    seed: input.seed,
    now: input.now,
    set: input.set,
    payload: input.payload,
  });
  const timeScale = input.timeScale ?? defaultTimeScale;
  const firstAt = new Date(now.getTime() + Math.round((faults.delay ?? 0) * timeScale));
  const base = {
    provider: provider.id,
    event: input.event,
    eventId: generated.eventId,
    target: input.target ?? defaultTarget,
    status: 'queued' as const,
    seed: generated.seed,
    dataNow: generated.dataNow.toISOString(),
    set: input.set ?? {},
    settings: input.settings ?? {},
    faults,
    timeScale,
    retryDelaysMs: retrySchedule(provider.policy, faults.retry),
    timeoutMs: faults.timeout ?? provider.policy.timeoutMs,
    payload: generated.payload,
    ...(input.replayOf ? { replayOf: input.replayOf } : {}),
    ...(faults.delay ? { nextAttemptAt: firstAt.toISOString() } : {}),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    attemptCount: 0,
    attempts: [],
  };
  const originalId = `dlv_${ulid()}`;
  const deliveries: Delivery[] = Array.from({ length: faults.duplicate ?? 1 }, (_, i) =>
    i === 0 ? { ...base, id: originalId } : { ...base, id: `dlv_${ulid()}`, duplicateOf: originalId },
  );
  return { deliveries, firstAt };
}
