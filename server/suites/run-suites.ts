/** @module Runs suites' cases against a receiver through the engine and checks every delivery's outcome. */
import type { Engine } from '../delivery/engine.ts';
import { maxSeed } from '../delivery/generate-event.ts';
import { createLimiter } from '../delivery/limiter.ts';
import type { Delivery } from '../delivery/types.ts';
import { HookbenchError } from '../errors.ts';
import type { Registry } from '../providers/registry.ts';
import { findScenario, parseScenario } from '../scenarios/load-scenarios.ts';
import { startScenario } from '../scenarios/run-scenario.ts';
import type { Scenario } from '../scenarios/scenario-schema.ts';
import type { Store } from '../store/open-store.ts';
import { evaluateExpectation, type ExpectationFailure } from './evaluate-expectation.ts';
import type { LoadedSuite } from './load-suites.ts';
import { inShard, type Shard } from './shard.ts';
import type { SuiteCase } from './suite-schema.ts';

export interface SuiteDeps {
  engine: Engine;
  registry: Registry;
  store: Store;
  settingsFor(providerId: string): unknown;
  /** The base target when neither --target nor the suite gives one (a server's sink), if any. */
  defaultTarget: string | undefined;
  defaultTimeScale: number;
}

export interface CaseOutcome {
  id: string;
  status: Delivery['status'];
  duplicateOf?: string;
  attempts: number;
  lastStatus?: number;
  lastError?: string;
  durationMs: number | null;
}

export interface CaseResult {
  suite: string;
  file: string;
  /** The case's position in its suite. */
  index: number;
  name: string;
  status: 'passed' | 'failed' | 'error' | 'skipped';
  durationMs: number;
  target?: string;
  seed?: number;
  deliveries: CaseOutcome[];
  failures: ExpectationFailure[];
  error?: { code: string; message: string };
}

export interface SuiteRunResult {
  startedAt: string;
  durationMs: number;
  shard?: Shard;
  suites: { name: string; file: string; cases: CaseResult[] }[];
  totals: { cases: number; passed: number; failed: number; errors: number; skipped: number };
}

export interface RunSuitesInput {
  suites: readonly LoadedSuite[];
  /** Replaces every suite's base target. */
  target?: string | undefined;
  /** Replaces every suite's seed. */
  seed?: number | undefined;
  timeScale?: number | undefined;
  shard?: Shard | undefined;
  /** Stop starting cases after the first one fails. */
  bail?: boolean;
  /** Cases in flight at once. Bytes on the wire do not depend on it: each case has its own seed. */
  concurrency?: number;
  onCase?: (result: CaseResult, done: number, total: number) => void;
}

interface PlannedCase {
  loaded: LoadedSuite;
  index: number;
  testCase: SuiteCase;
  target: string;
  seed: number;
  scenario?: Scenario;
}

/**
 * @example const result = await runSuites(deps, { suites: loadSuites(['suites/'], cwd), target })
 */
export async function runSuites(deps: SuiteDeps, input: RunSuitesInput): Promise<SuiteRunResult> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const planned = planCases(deps, input);
  const limiter = createLimiter(input.concurrency ?? 8);
  let failed = false;
  let done = 0;
  const results = await Promise.all(
    planned.map(async (item) => {
      if (!item) return undefined;
      const release = await limiter.acquire();
      try {
        const result = input.bail && failed ? skipped(item) : await runCase(deps, item, input.timeScale ?? item.loaded.suite.timeScale);
        if (result.status === 'failed' || result.status === 'error') failed = true;
        input.onCase?.(result, ++done, planned.filter(Boolean).length);
        return result;
      } finally {
        release();
      }
    }),
  );
  const suites = input.suites.map((loaded) => ({
    name: loaded.suite.name,
    file: loaded.file,
    cases: results.filter((r): r is CaseResult => r !== undefined && r.file === loaded.file),
  }));
  const all = suites.flatMap((s) => s.cases);
  return {
    startedAt,
    durationMs: Math.round(performance.now() - started),
    ...(input.shard ? { shard: input.shard } : {}),
    suites,
    totals: {
      cases: all.length,
      passed: all.filter((c) => c.status === 'passed').length,
      failed: all.filter((c) => c.status === 'failed').length,
      errors: all.filter((c) => c.status === 'error').length,
      skipped: all.filter((c) => c.status === 'skipped').length,
    },
  };
}

/** A case's scenario by name is a built-in one (suites travel: a path would read whatever the runner can). */
function builtinScenario(name: string, where: string, path: string) {
  try {
    if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(name)) throw new HookbenchError('INVALID_INPUT', `"${name}" is not a built-in scenario's name; write the scenario out instead`);
    return findScenario(name);
  } catch (e) {
    if (e instanceof HookbenchError) throw new HookbenchError('INVALID_INPUT', `${where}: ${e.message}`, { path });
    throw e;
  }
}

/** Throws what `runSuites` would refuse (bad provider, event, scenario or target), before anything is sent. */
export function assertRunnable(deps: SuiteDeps, input: RunSuitesInput): void {
  planCases(deps, input);
}

/** Resolves every case up front, so a bad provider, event, scenario or target stops the run before anything is sent. */
function planCases(deps: SuiteDeps, input: RunSuitesInput): (PlannedCase | undefined)[] {
  let position = 0;
  return input.suites.flatMap((loaded) =>
    loaded.suite.cases.map((testCase, index) => {
      const mine = inShard(position++, input.shard);
      const where = `${loaded.file} case ${index} ("${testCase.name}")`;
      const base = input.target ?? loaded.suite.target ?? deps.defaultTarget;
      if (!base) {
        throw new HookbenchError('INVALID_INPUT', `${where}: no target: give the suite a "target" or pass --target`, { path: `cases.${index}` });
      }
      const target = joinTarget(base, testCase.path);
      const seed = testCase.seed ?? ((input.seed ?? loaded.suite.seed) + index) % (maxSeed + 1);
      if ('scenario' in testCase) {
        const scenario = typeof testCase.scenario === 'string' ? builtinScenario(testCase.scenario, where, `cases.${index}.scenario`) : parseScenario(testCase.scenario, where);
        try {
          const provider = deps.registry.get(scenario.provider, `cases.${index}.scenario.provider`);
          scenario.steps.forEach((step, i) => deps.registry.event(provider, step.event, `cases.${index}.scenario.steps.${i}.event`));
        } catch (e) {
          if (e instanceof HookbenchError) throw new HookbenchError('INVALID_INPUT', `${where}: ${e.message}`, { path: e.path });
          throw e;
        }
        return mine ? { loaded, index, testCase, target, seed, scenario } : undefined;
      }
      try {
        deps.registry.event(deps.registry.get(testCase.provider, `cases.${index}.provider`), testCase.event, `cases.${index}.event`);
      } catch (e) {
        if (e instanceof HookbenchError) throw new HookbenchError('INVALID_INPUT', `${where}: ${e.message}`, { path: e.path });
        throw e;
      }
      return mine ? { loaded, index, testCase, target, seed } : undefined;
    }),
  );
}

async function runCase(deps: SuiteDeps, item: PlannedCase, timeScale: number | undefined): Promise<CaseResult> {
  const started = performance.now();
  const base = { suite: item.loaded.suite.name, file: item.loaded.file, index: item.index, name: item.testCase.name, target: item.target, seed: item.seed };
  try {
    const deliveries = await deliver(deps, item, timeScale);
    const failures = deliveries.flatMap((d) =>
      d.duplicateOf && item.testCase.expectDuplicates
        ? evaluateExpectation(d, item.testCase.expectDuplicates, 'expectDuplicates')
        : evaluateExpectation(d, item.testCase.expect, 'expect'),
    );
    return {
      ...base,
      status: failures.length ? 'failed' : 'passed',
      durationMs: Math.round(performance.now() - started),
      deliveries: deliveries.map(outcomeOf),
      failures,
    };
  } catch (e) {
    const error = e instanceof HookbenchError ? { code: e.code, message: e.message } : { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
    return { ...base, status: 'error', durationMs: Math.round(performance.now() - started), deliveries: [], failures: [], error };
  }
}

async function deliver(deps: SuiteDeps, item: PlannedCase, timeScale: number | undefined): Promise<Delivery[]> {
  const { testCase } = item;
  if (item.scenario) {
    const run = startScenario({ ...deps, defaultTarget: item.target }, { scenario: item.scenario, target: item.target, seed: item.seed, timeScale, faults: { retry: 'none' } });
    return Promise.all(run.steps.flatMap((s) => s.deliveryIds).map((id) => deps.engine.settled(id)));
  }
  if ('scenario' in testCase) throw new Error('unreachable: scenario cases are planned with their scenario');
  const { delivery, related } = deps.engine.submit({
    provider: testCase.provider,
    event: testCase.event,
    target: item.target,
    seed: item.seed,
    set: testCase.set,
    settings: testCase.settings,
    payload: testCase.payload,
    // A contract test asks how the receiver answers; retries only where the case asks for them.
    faults: { retry: 'none', ...testCase.faults },
    timeScale,
  });
  return Promise.all([delivery.id, ...related].map((id) => deps.engine.settled(id)));
}

function outcomeOf(d: Delivery): CaseOutcome {
  return {
    id: d.id,
    status: d.status,
    ...(d.duplicateOf ? { duplicateOf: d.duplicateOf } : {}),
    attempts: d.attempts.length,
    ...(d.lastStatus !== undefined ? { lastStatus: d.lastStatus } : {}),
    ...(d.lastError !== undefined ? { lastError: d.lastError } : {}),
    durationMs: d.attempts.at(-1)?.durationMs ?? null,
  };
}

function skipped(item: PlannedCase): CaseResult {
  return { suite: item.loaded.suite.name, file: item.loaded.file, index: item.index, name: item.testCase.name, status: 'skipped', durationMs: 0, deliveries: [], failures: [] };
}

/** "http://host/base" + "/webhooks/x" → "http://host/base/webhooks/x", keeping the base's query. */
export function joinTarget(base: string, path: string | undefined): string {
  if (!path) return base;
  const url = new URL(base);
  url.pathname = `${url.pathname.replace(/\/$/, '')}${path}`;
  return url.toString();
}
