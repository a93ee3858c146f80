/** @module `hookbench export`: recorded deliveries as HAR, NDJSON or a curl script, credentials redacted. */
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { deliveriesOf, exportChunks, exportFormats, type ExportFormat } from '../../export/export-deliveries.ts';
import { deliveryStatuses, type DeliveryStatus } from '../../delivery/types.ts';
import { HookbenchError } from '../../errors.ts';
import { findServer } from '../api-client.ts';
import { localWorkbench, resolveCliOptions, type Io } from '../cli-context.ts';
import { connectionFlags, parseFlags } from '../parse-flags.ts';

export const exportUsage = `Usage: hookbench export [--format har|ndjson|curl] [--output FILE] [--provider P] [--event E]
                        [--status S] [--since ISO] [--attempt N]

Writes recorded deliveries (newest first) to stdout or FILE: har (every attempt, for devtools and proxies),
ndjson (a delivery per line, attempts in full) or curl (a shell script re-sending each delivery's last
request, or attempt N's with --attempt N).
Credentials are never exported: they show as <redacted:…>, and curl scripts read them from variables.`;

export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const flags = {
    ...connectionFlags,
    format: { type: 'string', default: 'har' },
    output: { type: 'string' },
    provider: { type: 'string' },
    event: { type: 'string' },
    status: { type: 'string' },
    since: { type: 'string' },
    attempt: { type: 'string' },
  } as const;
  const { values } = parseFlags(argv, flags, exportUsage);
  if (values.help) return (io.stdout.write(`${exportUsage}\n`), 0);
  const format = values.format as ExportFormat;
  if (!exportFormats.includes(format)) throw new HookbenchError('INVALID_INPUT', `--format "${values.format}" is not one of ${exportFormats.join(', ')}`, { path: '--format' });
  if (values.since !== undefined && Number.isNaN(Date.parse(values.since))) {
    throw new HookbenchError('INVALID_INPUT', `--since "${values.since}" is not an ISO date, e.g. 2026-11-01T00:00:00Z`, { path: '--since' });
  }
  const status = values.status as DeliveryStatus | undefined;
  if (status !== undefined && !deliveryStatuses.includes(status)) {
    throw new HookbenchError('INVALID_INPUT', `--status "${status}" is not one of ${deliveryStatuses.join(', ')}`, { path: '--status' });
  }
  const filters = {
    ...(values.provider ? { provider: values.provider } : {}),
    ...(values.event ? { event: values.event } : {}),
    ...(status ? { status } : {}),
    ...(values.since ? { since: new Date(values.since).toISOString() } : {}),
  };
  const attempt = values.attempt === undefined ? undefined : Number(values.attempt);
  if (attempt !== undefined && (!Number.isInteger(attempt) || attempt < 1 || format !== 'curl')) {
    throw new HookbenchError('INVALID_INPUT', `--attempt "${values.attempt}" must be a whole number from 1, with --format curl (HAR and NDJSON carry every attempt)`, { path: '--attempt' });
  }
  const out: Writable = values.output ? createWriteStream(resolve(io.cwd, values.output)) : (io.stdout as Writable);
  const options = resolveCliOptions(values, io);
  const api = await findServer(options);
  if (api) {
    const response = await fetch(`${api.baseUrl}/api/export?${new URLSearchParams({ format, ...filters, ...(attempt ? { attempt: String(attempt) } : {}) })}`, { headers: api.headers });
    if (!response.ok) {
      const error = ((await response.json()) as { error?: { code?: string; message?: string; path?: string } }).error ?? {};
      throw new HookbenchError('INVALID_INPUT', error.message ?? `the server answered ${response.status}`, { path: error.path });
    }
    const reader = response.body?.getReader();
    for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) await write(out, next.value);
  } else {
    const bench = localWorkbench(options);
    try {
      for (const chunk of exportChunks(format, deliveriesOf(bench.store.deliveries, filters), bench.redactor, attempt ? { attempt } : {})) await write(out, chunk);
    } finally {
      await bench.close();
    }
  }
  if (values.output) await new Promise<void>((done) => out.end(done));
  return 0;
}

function write(out: Writable, chunk: string | Uint8Array): Promise<void> {
  return new Promise((done, fail) => out.write(chunk, (e) => (e ? fail(e) : done())));
}
