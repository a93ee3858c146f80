/** @module Replay suites through the server: POST /api/suites/run, GET /api/suites/runs/:runId. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { z } from 'zod';
import { seedSchema, targetSchema, timeScaleSchema } from '../../delivery/delivery-input.ts';
import { HookbenchError, isHookbenchError } from '../../errors.ts';
import { fromPackageRoot } from '../../package-root.ts';
import { loadSuites, parseSuite, type LoadedSuite } from '../../suites/load-suites.ts';
import { parseShard } from '../../suites/shard.ts';
import { createSuiteRunner } from '../../suites/suite-runner.ts';
import type { Workbench } from '../../workbench.ts';
import { readJsonBody } from '../read-input.ts';

export const exampleSuiteDir = fromPackageRoot('fixtures', 'suites');

const runBody = z
  .object({
    /** A suite written out, several, or the name of an example suite ("ploomes" → fixtures/suites/ploomes.json). */
    suite: z.union([z.string().regex(/^[a-z0-9-]+$/), z.record(z.string(), z.unknown()), z.array(z.record(z.string(), z.unknown())).min(1)]),
    target: targetSchema.optional(),
    seed: seedSchema.optional(),
    timeScale: timeScaleSchema.optional(),
    shard: z.string().optional(),
    bail: z.boolean().optional(),
  })
  .strict();

export function suitesRoutes(bench: Workbench) {
  const app = new Hono();
  const runner = createSuiteRunner({ ...bench, defaultTarget: bench.defaultTarget, defaultTimeScale: bench.timeScale, publish: bench.bus.publish });

  app.post('/run', async (c) => {
    const body = await readJsonBody(c, runBody);
    const shard = body.shard === undefined ? undefined : parseShard(body.shard, 'shard');
    const run = inBody(body.suite, () =>
      runner.start({ suites: suitesOf(body.suite), target: body.target, seed: body.seed, timeScale: body.timeScale, shard, bail: body.bail ?? false }),
    );
    return c.json(run, 202);
  });

  app.get('/runs/:runId', (c) => {
    const run = bench.store.suiteRuns.get(c.req.param('runId'));
    if (!run) throw new HookbenchError('NOT_FOUND', `no suite run "${c.req.param('runId')}"`, { path: 'runId' });
    return c.json(run);
  });

  return app;
}

function suitesOf(suite: string | Record<string, unknown> | Record<string, unknown>[]): LoadedSuite[] {
  if (typeof suite === 'string') {
    const file = join(exampleSuiteDir, `${suite}.json`);
    if (!existsSync(file)) throw new HookbenchError('NOT_FOUND', `no example suite "${suite}"`, { path: 'suite' });
    return loadSuites([file], exampleSuiteDir);
  }
  return (Array.isArray(suite) ? suite : [suite]).map((value, i) => ({ file: `suite[${i}]`, suite: parseSuite(value, `suite[${i}]`) }));
}

/** Errors inside a suite written out in the request point into the body: `suite.cases.0.event`, `suite.1.name`. */
function inBody<T>(suite: unknown, run: () => T): T {
  try {
    return run();
  } catch (e) {
    // The suites are labelled suite[i] (see suitesOf), and every error names the one it is about.
    const index = isHookbenchError(e) && e.path !== undefined && typeof suite === 'object' ? /^suite\[(\d+)\]/.exec(e.message)?.[1] : undefined;
    if (!isHookbenchError(e) || index === undefined) throw e;
    const prefix = Array.isArray(suite) ? `suite.${index}` : 'suite';
    throw new HookbenchError(e.code, e.message, { path: e.path === '$' ? prefix : `${prefix}.${e.path}` });
  }
}
