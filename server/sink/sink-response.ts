/** @module What the built-in sink answers, from its query: ?status= ?fail= ?delay= ?body= */
import { z } from 'zod';

export const sinkQuerySchema = z.object({
  status: z.coerce.number().int().min(200).max(599).optional(),
  /** Fail this many times (500), then answer once with success; then the cycle starts again. */
  fail: z.coerce.number().int().min(0).max(1000).optional(),
  delay: z.coerce.number().int().min(0).max(300_000).optional(),
  body: z.string().max(1024 * 1024).optional(),
  /** Names the provider to verify against when the sink's name does not. */
  provider: z.string().optional(),
  /** Act as a strict receiver: answer 401 when the provider's signature or auth does not verify. */
  strict: z.enum(['1', 'true', '0', 'false']).transform((v) => v === '1' || v === 'true').optional(),
});
export type SinkQuery = z.output<typeof sinkQuerySchema>;

export interface SinkResponsePlan {
  status: number;
  delayMs: number;
  body: string | undefined;
}

/**
 * Counts requests per sink URL (name, path and query) so `?fail=2` fails twice, then succeeds once,
 * then fails twice again: each new delivery to that URL sees the same behaviour.
 */
export function createFailCounter(maxKeys = 10_000) {
  const counts = new Map<string, number>();
  return function planFor(key: string, query: SinkQuery): SinkResponsePlan {
    let status = query.status ?? 200;
    if (query.fail !== undefined && query.fail > 0) {
      const seen = counts.get(key) ?? 0;
      if (seen < query.fail) status = query.status !== undefined && query.status >= 400 ? query.status : 500;
      counts.set(key, seen >= query.fail ? 0 : seen + 1);
      // The map only grows with distinct URLs; an old key is the least useful to keep.
      if (counts.size > maxKeys) counts.delete(counts.keys().next().value as string);
    }
    return { status, delayMs: query.delay ?? 0, body: query.body };
  };
}
