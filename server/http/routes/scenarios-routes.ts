/** @module Scenarios: list the built-in ones, run one (by name or inline), follow a run — /api/scenarios/… */
import { Hono } from 'hono';
import { z } from 'zod';
import { seedSchema, targetSchema, timeScaleSchema } from '../../delivery/delivery-input.ts';
import { HookbenchError, isHookbenchError } from '../../errors.ts';
import { builtinScenarios, findScenario, parseScenario } from '../../scenarios/load-scenarios.ts';
import { startScenario } from '../../scenarios/run-scenario.ts';
import type { Scenario } from '../../scenarios/scenario-schema.ts';
import type { Workbench } from '../../workbench.ts';
import { readJsonBody } from '../read-input.ts';

const runBody = z
  .object({
    // A built-in's name only: a path would read any file the server can (and echo it in the error).
    scenario: z.union([z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'the name of a built-in scenario, e.g. "ploomes-deal-won", or one written out'), z.record(z.string(), z.unknown())]),
    target: targetSchema.optional(),
    seed: seedSchema.optional(),
    timeScale: timeScaleSchema.optional(),
  })
  .strict();

export function scenariosRoutes(bench: Workbench) {
  const app = new Hono();
  const deps = { ...bench, defaultTimeScale: bench.timeScale };

  app.get('/', (c) => c.json({ scenarios: [...builtinScenarios().values()] }));

  app.post('/run', async (c) => {
    const body = await readJsonBody(c, runBody);
    // A name is one of the built-in scenarios; files are for the CLI, which reads them itself.
    const start = (scenario: Scenario) => startScenario(deps, { scenario, target: body.target, seed: body.seed, timeScale: body.timeScale });
    if (typeof body.scenario === 'string') return c.json(start(findScenario(body.scenario, { cwd: '/nonexistent' })), 202);
    const inline = body.scenario;
    return c.json(inScenario(() => start(parseScenario(inline, 'scenario'))), 202);
  });

  app.get('/runs/:batchId', (c) => {
    const run = bench.store.scenarioRuns.get(c.req.param('batchId'));
    if (!run) throw new HookbenchError('NOT_FOUND', `no scenario run "${c.req.param('batchId')}"`, { path: 'batchId' });
    const steps = run.steps.map((step) => ({
      ...step,
      deliveries: step.deliveryIds.flatMap((id) => {
        const delivery = bench.store.deliveries.get(id);
        if (!delivery) return [];
        const { payload: _p, attempts: _a, set: _s, settings: _t, ...summary } = delivery;
        return [summary];
      }),
    }));
    return c.json({ ...run, steps });
  });

  return app;
}

/** Errors inside a scenario written out in the request point into the body: `scenario.steps.0.event`. */
function inScenario<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (!isHookbenchError(e) || e.path === undefined) throw e;
    throw new HookbenchError(e.code, e.message, { path: `scenario.${e.path}` });
  }
}
