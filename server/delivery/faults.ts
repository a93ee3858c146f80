/** @module The fault vocabulary of CONTRACT.md: its schema, and parsing of `--fault NAME[=VALUE]`. */
import { z } from 'zod';
import { HookbenchError } from '../errors.ts';
import { parseDuration } from '../util/duration.ts';

export { parseDuration };


const durationMs = z.union([
  z.number().int().nonnegative(),
  z.string().transform((text, ctx) => {
    const ms = parseDuration(text);
    if (ms === undefined) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a duration: write 250, 250ms, 2s, 5m or 1h` });
      return z.NEVER;
    }
    return ms;
  }),
]);

const retrySchema = z.union([
  z.enum(['provider', 'none']),
  z.array(durationMs).max(50),
  z.string().transform((text, ctx) => {
    const parts = text.split(',').map((p) => parseDuration(p));
    if (parts.length > 50 || parts.some((p) => p === undefined)) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a retry schedule: write provider, none, or a list like 1s,5s,30s` });
      return z.NEVER;
    }
    return parts as number[];
  }),
]);

const burstSchema = z.union([
  z.number().int().min(1).max(100_000).transform((count) => ({ count, concurrency: count })),
  z.string().transform((text, ctx) => {
    const m = /^(\d+)(?:@(\d+))?$/.exec(text.trim());
    const count = Number(m?.[1]);
    const concurrency = m?.[2] === undefined ? count : Number(m[2]);
    if (!m || count < 1 || count > 100_000 || concurrency < 1) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a burst: write N or N@C, e.g. 50@10 (N up to 100000)` });
      return z.NEVER;
    }
    return { count, concurrency: Math.min(concurrency, count) };
  }),
  z.object({ count: z.number().int().min(1).max(100_000), concurrency: z.number().int().min(1) }),
]);

/** Faults as accepted from the API, suites and the CLI; values normalised on parse. */
export const faultsSchema = z
  .object({
    duplicate: z.coerce.number().int().min(1).max(1000).optional(),
    delay: durationMs.optional(),
    signature: z.enum(['invalid', 'missing', 'stale', 'wrong-secret']).optional(),
    body: z.enum(['malformed', 'truncated', 'empty']).optional(),
    disconnect: z.union([z.literal(true), z.literal('true')]).transform(() => true as const).optional(),
    slow: z.coerce.number().int().min(1).optional(),
    burst: burstSchema.optional(),
    reorder: z.union([z.literal(true), z.literal('true')]).transform(() => true as const).optional(),
    timeout: durationMs.pipe(z.number().min(1)).optional(),
    retry: retrySchema.optional(),
  })
  .strict();
export type Faults = z.output<typeof faultsSchema>;
export type FaultsInput = z.input<typeof faultsSchema>;
export const faultNames = Object.keys(faultsSchema.shape) as (keyof Faults)[];

/**
 * Turns repeated `--fault NAME[=VALUE]` flags into the input of `faultsSchema`.
 * @example parseFaultFlags(['duplicate=2', 'reorder']) // { duplicate: '2', reorder: true }
 */
export function parseFaultFlags(flags: readonly string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    const name = eq === -1 ? flag : flag.slice(0, eq);
    if (!(faultNames as string[]).includes(name)) {
      throw new HookbenchError('INVALID_INPUT', `unknown fault "${name}"; known: ${faultNames.join(', ')}`, {
        path: `--fault ${flag}`,
      });
    }
    out[name] = eq === -1 ? true : flag.slice(eq + 1);
  }
  return out;
}

/**
 * The faults that shape each attempt's request or connection, as `name=value` labels for the record
 * (`duplicate`, `delay`, `burst`, `reorder` and `retry` shape the delivery, not the attempt).
 * @example attemptFaults({ signature: 'invalid', slow: 100, duplicate: 2 }) // ['signature=invalid', 'slow=100']
 */
export function attemptFaults(faults: Faults): string[] {
  const labels: string[] = [];
  if (faults.signature) labels.push(`signature=${faults.signature}`);
  if (faults.body) labels.push(`body=${faults.body}`);
  if (faults.disconnect) labels.push('disconnect');
  if (faults.slow) labels.push(`slow=${faults.slow}`);
  if (faults.timeout !== undefined) labels.push(`timeout=${faults.timeout}`);
  return labels;
}
