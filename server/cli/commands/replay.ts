/** @module `hookbench replay SUITE...`: contract tests for a receiver, for CI (exit 0 / 1 / 2). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { targetSchema } from '../../delivery/delivery-input.ts';
import { HookbenchError } from '../../errors.ts';
import { loadSuites } from '../../suites/load-suites.ts';
import { junitReport } from '../../suites/reporters/junit-reporter.ts';
import { caseLine, prettyReport } from '../../suites/reporters/pretty-reporter.ts';
import { runSuites, type SuiteRunResult } from '../../suites/run-suites.ts';
import { parseShard } from '../../suites/shard.ts';
import { createWorkbench } from '../../workbench.ts';
import type { ResolvedOptions } from '../../config/resolve-options.ts';
import { localWorkbench, resolveCliOptions, type Io } from '../cli-context.ts';
import { parseFlags } from '../parse-flags.ts';
import { parseSeed } from './sample.ts';

export const replayUsage = `Usage: hookbench replay SUITE... [--target URL] [--reporter pretty|json|junit] [--output FILE]
                        [--shard I/N] [--seed N] [--time-scale X] [--bail] [--concurrency N]

Runs replay suites (files, folders or globs; format: schema/suite.schema.json) against a receiver and
checks each case's expectations. Exit code 0 when every case passed, 1 when one failed, 2 when a suite
is invalid. The same suite and seed put the same bytes on the wire.
  --target URL      the receiver's base URL, replacing each suite's "target" (cases add their "path")
  --reporter R      pretty (default), json (one document) or junit (XML for CI)
  --output FILE     write the report to FILE; a summary still goes to stdout
  --shard I/N       run only this runner's share of the cases (deterministic; N runners cover all)
  --bail            stop starting cases after the first failure
  --db PATH         the workbench store whose credentials sign the deliveries (default .hookbench/hookbench.db;
                    credentials pinned in hookbench.config.json win), as \`hookbench credentials\` prints them
  --record          also record the deliveries in that store (default: kept in memory only)`;

const reporters = ['pretty', 'json', 'junit'] as const;

export async function replay(argv: string[], io: Io): Promise<number> {
  const flags = {
    target: { type: 'string' },
    reporter: { type: 'string', default: 'pretty' },
    output: { type: 'string' },
    shard: { type: 'string' },
    seed: { type: 'string' },
    'time-scale': { type: 'string' },
    bail: { type: 'boolean' },
    concurrency: { type: 'string' },
    db: { type: 'string' },
    record: { type: 'boolean' },
    config: { type: 'string' },
  } as const;
  const { values, positionals } = parseFlags(argv, flags, replayUsage);
  if (values.help) return (io.stdout.write(`${replayUsage}\n`), 0);
  const reporter = values.reporter as (typeof reporters)[number];
  if (!reporters.includes(reporter)) throw new HookbenchError('INVALID_INPUT', `--reporter "${values.reporter}" is not one of ${reporters.join(', ')}`, { path: '--reporter' });
  if (values.target !== undefined && !targetSchema.safeParse(values.target).success) {
    throw new HookbenchError('INVALID_INPUT', `--target "${values.target}" must be an http:// or https:// URL`, { path: '--target' });
  }
  const concurrency = values.concurrency === undefined ? 8 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) {
    throw new HookbenchError('INVALID_INPUT', `--concurrency "${values.concurrency}" must be a whole number from 1 to 256`, { path: '--concurrency' });
  }
  const options = resolveCliOptions({ config: values.config, timeScale: values['time-scale'], db: values.db }, io);
  const suites = loadSuites(positionals, io.cwd);
  const bench = values.record
    ? localWorkbench(options)
    : createWorkbench({
        dbPath: ':memory:',
        // No sink runs here: a suite without a target needs --target.
        defaultTarget: '',
        timeScale: options.timeScale,
        // The receiver verifies with the workbench's credentials: sign with those, not fresh ones.
        providers: await withStoredCredentials(options),
        custom: options.custom,
      });
  let result: SuiteRunResult;
  try {
    result = await runSuites(
      { ...bench, defaultTarget: undefined, defaultTimeScale: bench.timeScale },
      {
        suites,
        target: values.target,
        seed: values.seed === undefined ? undefined : parseSeed(values.seed),
        timeScale: values['time-scale'] === undefined ? undefined : options.timeScale,
        shard: values.shard === undefined ? undefined : parseShard(values.shard),
        bail: values.bail ?? false,
        concurrency,
        onCase: (c, done, total) => io.stderr.write(`${caseLine(c, done, total)}\n`),
      },
    );
  } finally {
    await bench.close();
  }
  const report = reporter === 'json' ? `${JSON.stringify(result, null, 2)}\n` : reporter === 'junit' ? junitReport(result) : prettyReport(result);
  if (values.output) {
    writeFileSync(resolve(io.cwd, values.output), report);
    io.stdout.write(reporter === 'pretty' ? report : prettyReport(result));
  } else io.stdout.write(report);
  return result.totals.failed + result.totals.errors === 0 ? 0 : 1;
}

/** The config's providers, with each provider's credentials pinned to what the workbench store holds (unless the config pins its own). */
async function withStoredCredentials(options: ResolvedOptions): Promise<ResolvedOptions['providers']> {
  const store = localWorkbench(options);
  try {
    const providers: ResolvedOptions['providers'] = { ...options.providers };
    for (const provider of store.registry.list()) {
      const configured = providers[provider.id];
      if (configured?.credentials) continue;
      providers[provider.id] = { ...configured, credentials: store.vault.get(provider.id) as Record<string, unknown> };
    }
    return providers;
  } finally {
    await store.close();
  }
}
