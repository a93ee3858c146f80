/** @module The retry schedule in force for a delivery, and when its next attempt is due. */
import type { DeliveryPolicy } from '../providers/types.ts';
import type { Faults } from './faults.ts';

/**
 * The provider's real schedule unless the `retry` fault replaces it.
 * @example retrySchedule(policy, [1000, 5000]) // [1000, 5000]
 */
export function retrySchedule(policy: DeliveryPolicy, fault: Faults['retry']): number[] {
  if (fault === undefined || fault === 'provider') return [...policy.retryDelaysMs];
  if (fault === 'none') return [];
  return [...fault];
}

export interface NextRetry {
  /** The real delay (what the provider would wait). */
  delayMs: number;
  /** The delay hookbench actually waits: delayMs × timeScale. */
  scaledMs: number;
  at: Date;
}

/**
 * After attempt `n` (1-based) failed: the next retry, or undefined when the schedule is spent. A
 * receiver's Retry-After (when the provider honours it) replaces the scheduled delay, not the count.
 */
export function nextRetry({
  schedule,
  n,
  timeScale,
  now,
  retryAfterMs,
}: {
  schedule: readonly number[];
  n: number;
  timeScale: number;
  now: Date;
  retryAfterMs?: number | undefined;
}): NextRetry | undefined {
  const scheduled = schedule[n - 1];
  if (scheduled === undefined) return undefined;
  const delayMs = retryAfterMs ?? scheduled;
  const scaledMs = Math.round(delayMs * timeScale);
  return { delayMs, scaledMs, at: new Date(now.getTime() + scaledMs) };
}
