/** @module Durations as people write them: 250, 250ms, 1.5s, 5m, 2h. */

const durationPattern = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/;
const unitMs = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

/**
 * Milliseconds from `250`, `250ms`, `1.5s`, `5m` or `2h`; bare numbers are milliseconds.
 * @example parseDuration('5m') // 300000
 */
export function parseDuration(text: string): number | undefined {
  const m = durationPattern.exec(text.trim());
  if (!m?.[1]) return undefined;
  return Math.round(Number(m[1]) * unitMs[(m[2] ?? 'ms') as keyof typeof unitMs]);
}
