/** @module Turns a scenario into delivery plans on one timeline: shared seed, consistent ids, seeded chaos. */
import { randomInt } from 'node:crypto';
import { newId } from '../util/ids.ts';
import type { Faults } from '../delivery/faults.ts';
import { fixedDataClock, maxSeed } from '../delivery/generate-event.ts';
import { planDeliveries, type DeliveryPlan } from '../delivery/plan-deliveries.ts';
import { HookbenchError } from '../errors.ts';
import type { Registry } from '../providers/registry.ts';
import type { JsonValue } from '../util/json.ts';
import { readPath } from '../util/set-path.ts';
import { seededShuffle } from '../util/seeded-shuffle.ts';
import type { Scenario } from './scenario-schema.ts';

export interface ScenarioStepPlan {
  index: number;
  name: string;
  event: string;
  /** When the step happens on the scenario's clock, from its start (real ms). */
  atMs: number;
  /** Seeded chaos: never delivered. */
  dropped: boolean;
  /** Seeded chaos: delivered twice. */
  duplicated: boolean;
  /** Empty when dropped. */
  deliveryIds: string[];
}

export interface ScenarioPlan {
  batchId: string;
  seed: number;
  steps: ScenarioStepPlan[];
  plans: DeliveryPlan[];
}

export interface PlanScenarioInput {
  scenario: Scenario;
  registry: Registry;
  settingsFor(providerId: string): unknown;
  defaultTarget: string;
  defaultTimeScale: number;
  target?: string | undefined;
  seed?: number | undefined;
  timeScale?: number | undefined;
  /** Faults for every step (a suite runs them without retries). */
  faults?: Faults | undefined;
  now?: Date;
}

const stepRef = /^\{\{\s*steps\.(\d+)\.(.+?)\s*\}\}$/;

/**
 * Every step uses the run's seed, so providers that derive an entity from the seed (one Ploomes deal,
 * one Parallel profile) keep the same ids throughout; "{{steps.N.PATH}}" carries anything else.
 * @example planScenario({ scenario, registry, settingsFor, defaultTarget, defaultTimeScale: 1, seed: 7 })
 */
export function planScenario(input: PlanScenarioInput): ScenarioPlan {
  const { scenario, registry } = input;
  const provider = registry.get(scenario.provider, 'provider');
  scenario.steps.forEach((step, i) => registry.event(provider, step.event, `steps.${i}.event`));
  const seed = input.seed ?? randomInt(0, maxSeed);
  const now = input.now ?? new Date();
  // Dates in the payloads: from the fixed data clock when seeded, so a seed replays the same bytes.
  const dataStart = input.seed === undefined ? now : fixedDataClock;
  const timeScale = input.timeScale ?? input.defaultTimeScale;
  const batchId = newId('bat');
  const chaos = chaosFor(scenario, seed);

  let atMs = 0;
  const offsets = scenario.steps.map((step) => (atMs += step.after));
  // reorder: the steps keep their own dates in the payload but go out in a shuffled order.
  const sendOffsets = scenario.chaos.reorder ? seededShuffle(offsets, seed) : offsets;

  const payloads: JsonValue[] = [];
  const steps: ScenarioStepPlan[] = [];
  const plans: DeliveryPlan[] = [];
  scenario.steps.forEach((step, i) => {
    const set = Object.fromEntries(Object.entries(step.set).map(([path, value]) => [path, resolveRef(value, payloads, i)]));
    const plan = planDeliveries({
      registry,
      settingsFor: input.settingsFor,
      defaultTarget: input.defaultTarget,
      defaultTimeScale: input.defaultTimeScale,
      now,
      input: {
        provider: provider.id,
        event: step.event,
        seed,
        // The data clock moves with the story: each step is dated when it happens.
        now: new Date(dataStart.getTime() + (offsets[i] ?? 0)),
        set,
        target: input.target,
        timeScale,
        batchId,
        dueAt: new Date(now.getTime() + Math.round((sendOffsets[i] ?? 0) * timeScale)),
        faults: { ...input.faults, ...(chaos.duplicated[i] ? { duplicate: 2 } : {}) },
      },
    });
    payloads.push(plan.deliveries[0]?.payload ?? null);
    const dropped = chaos.dropped[i] ?? false;
    if (!dropped) plans.push(plan);
    steps.push({
      index: i,
      name: step.name ?? step.event,
      event: step.event,
      atMs: offsets[i] ?? 0,
      dropped,
      duplicated: chaos.duplicated[i] ?? false,
      deliveryIds: dropped ? [] : plan.deliveries.map((d) => d.id),
    });
  });
  return { batchId, seed, steps, plans };
}

function resolveRef(value: JsonValue, payloads: readonly JsonValue[], index: number): JsonValue {
  if (typeof value !== 'string') return value;
  const m = stepRef.exec(value);
  if (!m) return value;
  const from = Number(m[1]);
  const payload = payloads[from];
  if (from >= index || payload === undefined) {
    throw new HookbenchError('INVALID_INPUT', `steps.${index}: "${value}" refers to step ${from}, which does not come before it`, { path: `steps.${index}.set` });
  }
  const found = readPath(payload, (m[2] ?? '').split('.'));
  if (found === undefined) {
    throw new HookbenchError('INVALID_INPUT', `steps.${index}: "${value}" names nothing in step ${from}'s payload`, { path: `steps.${index}.set` });
  }
  return found;
}

/** Seeded draws per step; separate from the payloads' randomness so chaos does not change bytes. */
function chaosFor(scenario: Scenario, seed: number): { dropped: boolean[]; duplicated: boolean[] } {
  let state = (seed ^ 0x9e3779b9) >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const dropped: boolean[] = [];
  const duplicated: boolean[] = [];
  for (let i = 0; i < scenario.steps.length; i++) {
    dropped.push(next() < scenario.chaos.drops);
    duplicated.push(next() < scenario.chaos.duplicates);
  }
  return { dropped, duplicated };
}

