/**
 * @module `hookbench trigger PROVIDER EVENT`: one delivery (with its duplicates) to a receiver, through
 * the running server when one answers (so the inspector shows it live), otherwise in-process.
 */
import { readFileSync } from 'node:fs';
import type { SubmitInput } from '../../delivery/engine.ts';
import { deliveryInputSchema } from '../../delivery/delivery-input.ts';
import { parseFaultFlags } from '../../delivery/faults.ts';
import { terminalStatuses, type Delivery } from '../../delivery/types.ts';
import { HookbenchError } from '../../errors.ts';
import { redactDelivery } from '../../export/export-deliveries.ts';
import type { ResolvedOptions } from '../../config/resolve-options.ts';
import { parseJson } from '../../util/json.ts';
import { overridesFromFlags, parseSetFlag } from '../../util/set-path.ts';
import { zodIssuesToError } from '../../util/zod-error.ts';
import { findServer, type ApiClient } from '../api-client.ts';
import { localWorkbench, resolveCliOptions, type Io } from '../cli-context.ts';
import { formatAttempt, formatOutcome } from '../format-delivery.ts';
import { connectionFlags, parseFlags, positional } from '../parse-flags.ts';
import { parseSeed } from './sample.ts';

export const triggerUsage = `Usage: hookbench trigger PROVIDER EVENT [--target URL] [--seed N] [--set PATH=VALUE ...] [--setting KEY=VALUE ...] [--payload FILE]
                         [--fault NAME[=VALUE] ...] [--time-scale X] [--json]

Sends EVENT to --target (default: the running server's built-in sink) signed as PROVIDER does, retrying
on the provider's schedule, and prints each attempt. Exit code 0 when delivered, 1 when not, 2 on bad input.
  --fault NAME[=VALUE]  duplicate=N, delay=ms, signature=invalid|missing|stale|wrong-secret,
                        body=malformed|truncated|empty, timeout=ms, retry=provider|none|1s,5s,30s
  --setting KEY=VALUE   override a provider setting for this delivery, e.g. --setting signatureVersion=v1
  --json                one JSON document on stdout (the delivery with every attempt); progress on stderr`;

export async function trigger(argv: string[], io: Io): Promise<number> {
  const flags = {
    ...connectionFlags,
    target: { type: 'string' },
    seed: { type: 'string' },
    set: { type: 'string', multiple: true },
    setting: { type: 'string', multiple: true },
    payload: { type: 'string' },
    fault: { type: 'string', multiple: true },
    'time-scale': { type: 'string' },
    now: { type: 'string' },
    json: { type: 'boolean' },
  } as const;
  const { values, positionals } = parseFlags(argv, flags, triggerUsage);
  if (values.help) return (io.stdout.write(`${triggerUsage}\n`), 0);
  const options = resolveCliOptions({ ...values, timeScale: values['time-scale'], target: undefined }, io);
  const request = {
    provider: positional(positionals, 0, 'PROVIDER', triggerUsage),
    event: positional(positionals, 1, 'EVENT', triggerUsage),
    ...(values.target !== undefined ? { target: values.target } : {}),
    ...(values.seed !== undefined ? { seed: parseSeed(values.seed) } : {}),
    ...(values.now !== undefined ? { now: values.now } : {}),
    ...(values.set ? { set: Object.fromEntries(values.set.map((flag) => parseSetFlag(flag))) } : {}),
    ...(values.setting ? { settings: overridesFromFlags(values.setting) } : {}),
    ...(values.payload !== undefined ? { payload: readPayload(values.payload) } : {}),
    ...(values.fault ? { faults: parseFaultFlags(values.fault) } : {}),
    ...(values['time-scale'] !== undefined ? { timeScale: options.timeScale } : {}),
  };
  // The same validation as POST /api/deliveries, with flag names in the errors.
  const parsed = deliveryInputSchema.safeParse(request);
  if (!parsed.success) throw flagError(zodIssuesToError(parsed.error, ''));

  const progress = (line: string) => io.stderr.write(`${line}\n`);
  const api = await findServer(options);
  const delivered = await (api ? viaServer(api, request, progress) : inProcess(options, parsed.data, progress)).catch((e: unknown) => {
    // What the engine or the server refuses (a burst too large, a fault that cannot apply) in the user's flags.
    throw e instanceof HookbenchError && e.path !== undefined && !/^(--|[A-Z])/.test(e.path) ? flagError(e) : e;
  });
  const all = [delivered.first, ...delivered.others];
  if (values.json) io.stdout.write(`${JSON.stringify(delivered.others.length ? { ...delivered.first, related: delivered.others } : delivered.first, null, 2)}\n`);
  else all.forEach((d) => io.stdout.write(`${formatOutcome(d)}\n`));
  return all.every((d) => d.status === 'succeeded') ? 0 : 1;
}

interface Delivered {
  first: Delivery;
  others: Delivery[];
}

async function viaServer(api: ApiClient, body: object, progress: (line: string) => void): Promise<Delivered> {
  progress(`via hookbench at ${api.baseUrl} (the inspector shows it live)`);
  const created = await api.post<{ id: string; related: string[] }>('/api/deliveries', body);
  const settled = await Promise.all([created.id, ...created.related].map((id) => pollUntilSettled(api, id, progress)));
  const [first, ...others] = settled as [Delivery, ...Delivery[]];
  return { first, others };
}

/** Polls the delivery and prints each attempt as it finishes; polling survives server restarts. */
async function pollUntilSettled(api: ApiClient, id: string, progress: (line: string) => void): Promise<Delivery> {
  let printed = 0;
  for (;;) {
    const delivery = await api.get<Delivery>(`/api/deliveries/${id}`);
    const finished = delivery.attempts.filter((a) => a.durationMs !== null);
    for (const attempt of finished.slice(printed)) progress(formatAttempt(attempt, delivery.timeScale));
    printed = finished.length;
    if (terminalStatuses.includes(delivery.status)) return delivery;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function inProcess(options: ResolvedOptions, input: SubmitInput, progress: (line: string) => void): Promise<Delivered> {
  if (input.target === undefined && options.target === undefined) {
    throw new HookbenchError(
      'NO_TARGET',
      `no --target given, and no hookbench server answers at ${options.host}:${options.port} to lend its built-in sink: start \`hookbench serve\` or pass --target URL`,
      { path: '--target' },
    );
  }
  const bench = localWorkbench(options);
  try {
    const stop = bench.bus.subscribe((message) => {
      if (message.type !== 'attempt.finished') return;
      const recorded = bench.store.deliveries.get(message.data.deliveryId);
      const delivery = recorded && redactDelivery(recorded, bench.redactor);
      const attempt = delivery?.attempts.find((a) => a.n === message.data.n);
      if (delivery && attempt) progress(formatAttempt(attempt, delivery.timeScale));
    });
    const { delivery, related } = bench.engine.submit({ ...input, target: input.target ?? options.target });
    const settled = await Promise.all([delivery.id, ...related].map((id) => bench.engine.settled(id)));
    stop();
    // Printed (--json) as the API would show it: the auth headers sent are the provider's secrets.
    const [first, ...others] = settled.map((d) => redactDelivery(d, bench.redactor)) as [Delivery, ...Delivery[]];
    return { first, others };
  } finally {
    await bench.close();
  }
}

function readPayload(file: string) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new HookbenchError('INVALID_INPUT', `--payload ${file} cannot be read: ${e instanceof Error ? e.message : String(e)}`, { path: '--payload' });
  }
  return parseJson(text, `--payload ${file}`);
}

/** Schema paths (faults.duplicate) back to the flags the user typed (--fault duplicate). */
function flagError(error: HookbenchError): HookbenchError {
  const path = (error.path ?? '').replace(/^\./, '');
  const [head, ...rest] = path.split('.');
  const flag =
    head === 'provider' || head === 'event' ? head.toUpperCase() : head === 'faults' ? `--fault ${rest[0] ?? ''}` : head === 'set' ? `--set ${rest.join('.')}` : head === 'settings' ? `--setting ${rest.join('.')}` : head === 'timeScale' ? '--time-scale' : `--${head}`;
  return new HookbenchError(error.code, error.message.replace(/^\.?[\w.]*:/, `${flag}:`), { path: flag });
}
