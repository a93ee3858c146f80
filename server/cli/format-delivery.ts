/** @module How the CLI prints attempts and outcomes for people (machines use --json). */
import type { Attempt, Delivery } from '../delivery/types.ts';

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${Math.round(ms / 100) / 10} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 6000) / 10} min`;
  return `${Math.round(ms / 360_000) / 10} h`;
}

export function formatAttempt(attempt: Attempt, timeScale: number): string {
  const outcome = attempt.response
    ? `${attempt.response.status} ${attempt.response.statusText}`.trim()
    : (attempt.error?.code ?? 'no response');
  const took = attempt.durationMs === null ? '' : `  ${formatDuration(attempt.durationMs)}`;
  const detail = attempt.error && attempt.response ? `  (${attempt.error.code})` : attempt.error ? `  ${attempt.error.message}` : '';
  const retry =
    attempt.nextRetryDelayMs !== undefined
      ? `\n    retry in ${formatDuration(attempt.nextRetryDelayMs)}${timeScale !== 1 ? ` (${formatDuration(attempt.nextRetryDelayMs * timeScale)} at time scale ${timeScale})` : ''}`
      : '';
  return `  attempt ${attempt.n}  ${attempt.request.method} ${attempt.request.url}  → ${outcome}${took}${detail}${retry}`;
}

export function formatOutcome(delivery: Delivery): string {
  const attempts = `${delivery.attemptCount} attempt${delivery.attemptCount === 1 ? '' : 's'}`;
  const what = `${delivery.provider} ${delivery.event} → ${delivery.target}`;
  return delivery.status === 'succeeded' ? `delivered ${what} (${attempts}, ${delivery.id})` : `FAILED ${what} (${attempts}, ${delivery.id})`;
}
