/** @module Starts a scenario run: plans it, stores the plan, hands its deliveries to the engine. */
import type { Engine } from '../delivery/engine.ts';
import type { Faults } from '../delivery/faults.ts';
import type { Registry } from '../providers/registry.ts';
import type { Store } from '../store/open-store.ts';
import type { ScenarioRunRecord } from '../store/scenario-run-repository.ts';
import { planScenario } from './plan-scenario.ts';
import type { Scenario } from './scenario-schema.ts';

export interface ScenarioDeps {
  registry: Registry;
  store: Store;
  engine: Engine;
  settingsFor(providerId: string): unknown;
  defaultTarget: string;
  defaultTimeScale: number;
}

export interface StartScenarioInput {
  scenario: Scenario;
  target?: string | undefined;
  seed?: number | undefined;
  timeScale?: number | undefined;
  faults?: Faults | undefined;
}

/**
 * @example const run = startScenario(bench, { scenario, target, seed: 7, timeScale: 0.01 })
 */
export function startScenario(deps: ScenarioDeps, { scenario, target, seed, timeScale, faults }: StartScenarioInput): ScenarioRunRecord {
  const plan = planScenario({ ...deps, scenario, target, seed, timeScale, faults });
  const run: ScenarioRunRecord = {
    batchId: plan.batchId,
    name: scenario.name,
    provider: scenario.provider,
    seed: plan.seed,
    steps: plan.steps,
    createdAt: new Date().toISOString(),
  };
  // The plan first: a run the engine started is always one the store can describe.
  deps.store.scenarioRuns.insert(run);
  deps.engine.submitPlans(plan.plans);
  return run;
}

/** The run's deliveries, settled; resolves when every step that was not dropped has succeeded or failed. */
export async function settleScenario(deps: Pick<ScenarioDeps, 'engine'>, run: ScenarioRunRecord) {
  const ids = run.steps.flatMap((s) => s.deliveryIds);
  return Promise.all(ids.map((id) => deps.engine.settled(id)));
}
