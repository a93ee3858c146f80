/** @module `hookbench scenario NAME|FILE`: a provider's events in sequence, through the server when one runs. */
import { seedQuerySchema, targetSchema } from '../../delivery/delivery-input.ts';
import { terminalStatuses, type Delivery } from '../../delivery/types.ts';
import { HookbenchError } from '../../errors.ts';
import { builtinScenarios, findScenario } from '../../scenarios/load-scenarios.ts';
import { settleScenario, startScenario } from '../../scenarios/run-scenario.ts';
import type { Scenario } from '../../scenarios/scenario-schema.ts';
import type { ScenarioRunRecord } from '../../store/scenario-run-repository.ts';
import { findServer, type ApiClient } from '../api-client.ts';
import { localWorkbench, resolveCliOptions, type Io } from '../cli-context.ts';
import { formatDuration } from '../format-delivery.ts';
import { connectionFlags, parseFlags, positional } from '../parse-flags.ts';

export const scenarioUsage = `Usage: hookbench scenario NAME|FILE [--target URL] [--seed N] [--time-scale X] [--json]
       hookbench scenario --list

Plays a provider's events in sequence, dated along the way, with consistent ids (one seed is one deal,
one profile, one contact). NAME is a built-in scenario (see --list); FILE a scenario of your own
(format: schema/scenario.schema.json). Exit code 0 when every step was delivered, 1 when not.`;

type StepResult = ScenarioRunRecord['steps'][number] & { deliveries: Delivery[] };

export async function scenario(argv: string[], io: Io): Promise<number> {
  const flags = { ...connectionFlags, target: { type: 'string' }, seed: { type: 'string' }, 'time-scale': { type: 'string' }, json: { type: 'boolean' }, list: { type: 'boolean' } } as const;
  const { values, positionals } = parseFlags(argv, flags, scenarioUsage);
  if (values.help) return (io.stdout.write(`${scenarioUsage}\n`), 0);
  if (values.list) return list(io, values.json ?? false);
  const found = findScenario(positional(positionals, 0, 'NAME', scenarioUsage), { cwd: io.cwd });
  const options = resolveCliOptions({ ...values, timeScale: values['time-scale'], target: undefined }, io);
  const target = values.target === undefined ? undefined : parseTarget(values.target);
  const seed = values.seed === undefined ? undefined : parseSeed(values.seed);
  const timeScale = values['time-scale'] === undefined ? undefined : options.timeScale;
  const progress = (line: string) => io.stderr.write(`${line}\n`);

  const api = await findServer(options);
  const steps = api ? await viaServer(api, found, { target, seed, timeScale }, progress) : await inProcess(options, found, { target, seed, timeScale }, progress);
  const delivered = steps.every((s) => s.dropped || s.deliveries.every((d) => d.status === 'succeeded'));
  if (values.json) io.stdout.write(`${JSON.stringify({ scenario: found.name, delivered, steps }, null, 2)}\n`);
  else {
    for (const step of steps) io.stdout.write(`${describeStep(step)}\n`);
    io.stdout.write(`${delivered ? 'delivered' : 'FAILED'} scenario ${found.name} (${steps.length} steps)\n`);
  }
  return delivered ? 0 : 1;
}

function describeStep(step: StepResult): string {
  const head = `  ${String(step.index + 1).padStart(2)}. +${formatDuration(step.atMs).padEnd(7)} ${step.name}`;
  if (step.dropped) return `${head}  dropped (chaos)`;
  const outcomes = step.deliveries.map((d) => `${d.status} ${d.lastStatus ?? d.lastError ?? ''} (${d.id})`.replace(/\s+\(/, ' ('));
  return `${head}  ${outcomes.join(', ')}${step.duplicated ? '  duplicated (chaos)' : ''}`;
}

async function viaServer(api: ApiClient, scenario: Scenario, input: Record<string, unknown>, progress: (line: string) => void): Promise<StepResult[]> {
  progress(`via hookbench at ${api.baseUrl} (the inspector shows it live)`);
  const run = await api.post<ScenarioRunRecord>('/api/scenarios/run', { scenario, ...input });
  for (;;) {
    const state = await api.get<Omit<ScenarioRunRecord, 'steps'> & { steps: StepResult[] }>(`/api/scenarios/runs/${run.batchId}`);
    if (state.steps.every((s) => s.dropped || (s.deliveries.length === s.deliveryIds.length && s.deliveries.every((d) => terminalStatuses.includes(d.status))))) {
      return Promise.all(state.steps.map(async (s) => ({ ...s, deliveries: await Promise.all(s.deliveryIds.map((id) => api.get<Delivery>(`/api/deliveries/${id}`))) })));
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

async function inProcess(
  options: ReturnType<typeof resolveCliOptions>,
  scenario: Scenario,
  input: { target?: string | undefined; seed?: number | undefined; timeScale?: number | undefined },
  progress: (line: string) => void,
): Promise<StepResult[]> {
  if (input.target === undefined && options.target === undefined) {
    throw new HookbenchError('NO_TARGET', `no --target given, and no hookbench server answers at ${options.host}:${options.port} to lend its built-in sink`, { path: '--target' });
  }
  const bench = localWorkbench(options);
  try {
    const run = startScenario({ ...bench, defaultTimeScale: bench.timeScale }, { scenario, ...input, target: input.target ?? options.target });
    progress(`scenario ${scenario.name}, seed ${run.seed}: ${run.steps.length} steps`);
    const settled = new Map((await settleScenario(bench, run)).map((d) => [d.id, d]));
    return run.steps.map((s) => ({ ...s, deliveries: s.deliveryIds.flatMap((id) => settled.get(id) ?? []) }));
  } finally {
    await bench.close();
  }
}

function list(io: Io, json: boolean): number {
  const scenarios = [...builtinScenarios().values()];
  if (json) io.stdout.write(`${JSON.stringify({ scenarios }, null, 2)}\n`);
  else for (const s of scenarios) io.stdout.write(`${s.name.padEnd(30)} ${s.provider.padEnd(10)} ${s.steps.length} steps  ${s.description}\n`);
  return 0;
}

function parseTarget(text: string): string {
  if (!targetSchema.safeParse(text).success) throw new HookbenchError('INVALID_INPUT', `--target "${text}" must be an http:// or https:// URL`, { path: '--target' });
  return text;
}

function parseSeed(text: string): number {
  const parsed = seedQuerySchema.safeParse(text);
  if (!parsed.success) throw new HookbenchError('INVALID_INPUT', `--seed "${text}" is not a seed: a whole number from 0 to 2147483647`, { path: '--seed' });
  return parsed.data;
}
