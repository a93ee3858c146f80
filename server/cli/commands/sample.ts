/** @module `hookbench sample PROVIDER EVENT`: the payload, exactly as it would go on the wire; nothing sent. */
import { seedQuerySchema } from '../../delivery/delivery-input.ts';
import { generateEvent } from '../../delivery/generate-event.ts';
import type { Sample } from '../../delivery/sample-event.ts';
import { sampleEvent } from '../../delivery/sample-event.ts';
import { HookbenchError } from '../../errors.ts';
import { configureProviders, settingsWithOverrides } from '../../providers/provider-config.ts';
import { overridesFromFlags, parseSetFlag, type SetOverrides } from '../../util/set-path.ts';
import { findServer } from '../api-client.ts';
import { localWorkbench, resolveCliOptions, sinkUrl, type Io } from '../cli-context.ts';
import { connectionFlags, parseFlags, positional } from '../parse-flags.ts';
import { redactSample } from '../../export/export-deliveries.ts';

export const sampleUsage = `Usage: hookbench sample PROVIDER EVENT [--seed N] [--set PATH=VALUE ...] [--setting KEY=VALUE ...] [--now ISO] [--pretty] [--json]

Prints the body EVENT would carry, byte for byte, and sends nothing. The same --seed prints the same
bytes every time (with a seed, dates count from a fixed clock unless --now moves it).
  --set PATH=VALUE  override a field, e.g. --set New.Name=ACME (VALUE is JSON when it parses as JSON)
  --setting K=V     override a provider setting for this sample, e.g. --setting signatureVersion=v1
  --pretty          indent the JSON
  --json            one JSON document: seed, event id, payload and the signed first request`;

export async function sample(argv: string[], io: Io): Promise<number> {
  const flags = {
    ...connectionFlags,
    seed: { type: 'string' },
    set: { type: 'string', multiple: true },
    setting: { type: 'string', multiple: true },
    now: { type: 'string' },
    pretty: { type: 'boolean' },
    json: { type: 'boolean' },
  } as const;
  const { values, positionals } = parseFlags(argv, flags, sampleUsage);
  if (values.help) return (io.stdout.write(`${sampleUsage}\n`), 0);
  const providerId = positional(positionals, 0, 'PROVIDER', sampleUsage);
  const event = positional(positionals, 1, 'EVENT', sampleUsage);
  const seed = values.seed === undefined ? undefined : parseSeed(values.seed);
  const now = values.now === undefined ? undefined : parseNow(values.now);
  const set: SetOverrides = Object.fromEntries((values.set ?? []).map((flag) => parseSetFlag(flag)));
  const overrides = overridesFromFlags(values.setting ?? []);
  const options = resolveCliOptions(values, io);

  if (values.json) {
    const result = await signedSample(options, { provider: providerId, event, seed, now, set, settings: overrides });
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  // The body alone needs neither the store nor a server.
  const { registry, settingsFor } = configureProviders({ config: options.providers, custom: options.custom });
  const provider = registry.get(providerId, 'PROVIDER');
  registry.event(provider, event, 'EVENT');
  const settings = settingsWithOverrides(provider, settingsFor(provider.id), overrides);
  const generated = generateEvent({ provider, settings, event, seed, now, set });
  const request = provider.encode({ event, eventId: generated.eventId, payload: generated.payload, target: options.target ?? sinkUrl(options), attempt: 1, timeoutMs: provider.policy.timeoutMs, settings });
  const text = values.pretty ? JSON.stringify(generated.payload, null, 2) : (request.body ?? new URL(request.url).search);
  io.stdout.write(`${text}\n`);
  if (seed === undefined) {
    // Unseeded payloads are dated from the wall clock, so repeating them needs that clock too.
    const again = `--seed ${generated.seed} --now ${generated.dataNow.toISOString()}`;
    io.stderr.write(`seed ${generated.seed} (pass ${again} to get these bytes again)\n`);
  }
  return 0;
}

async function signedSample(
  options: ReturnType<typeof resolveCliOptions>,
  input: { provider: string; event: string; seed?: number | undefined; now?: Date | undefined; set: SetOverrides; settings: SetOverrides },
): Promise<Sample> {
  const api = await findServer(options);
  if (api) {
    const query = new URLSearchParams();
    if (input.seed !== undefined) query.set('seed', String(input.seed));
    if (input.now) query.set('now', input.now.toISOString());
    for (const [path, value] of Object.entries(input.set)) query.append('set', `${path}=${JSON.stringify(value)}`);
    for (const [key, value] of Object.entries(input.settings)) query.append('setting', `${key}=${JSON.stringify(value)}`);
    return api.get(`/api/providers/${encodeURIComponent(input.provider)}/events/${encodeURIComponent(input.event)}/sample?${query}`);
  }
  const bench = localWorkbench(options);
  try {
    // As the API shows it.
    return redactSample(sampleEvent(bench, input), bench.redactor);
  } finally {
    await bench.close();
  }
}

export function parseSeed(text: string): number {
  // Digits only: coercion would read "" or " " as seed 0.
  const parsed = seedQuerySchema.safeParse(text);
  if (!parsed.success) throw new HookbenchError('INVALID_INPUT', `--seed "${text}" is not a seed: a whole number from 0 to 2147483647`, { path: '--seed' });
  return parsed.data;
}

export function parseNow(text: string): Date {
  const date = new Date(text);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(text)) {
    throw new HookbenchError('INVALID_INPUT', `--now "${text}" is not an ISO date, e.g. 2026-01-01T12:00:00Z`, { path: '--now' });
  }
  return date;
}
