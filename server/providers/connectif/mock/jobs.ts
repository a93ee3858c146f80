/**
 * @module Imports and exports run in the background at Connectif: created `queued`, then
 * `inProgress`, then `finished`. The mock advances them by the clock (settings.mock.jobs) whenever its
 * API is called, as a client polling `GET /imports/{id}` does; the work is done when one turns
 * `finished`, so its records and webhooks appear then.
 */
import type { JsonObject } from '../../../util/json.ts';
import type { ConnectifMockSettings } from './mock-settings.ts';

export type JobPhase = 'queued' | 'inProgress' | 'finished';

/**
 * Where a job created at `createdAt` stands at `now`.
 * @example jobPhase('2026-01-01T00:00:00.000Z', new Date('2026-01-01T00:00:01.500Z'), { queuedSeconds: 1, inProgressSeconds: 2 }) // 'inProgress'
 */
export function jobPhase(createdAt: string, now: Date, timing: ConnectifMockSettings['jobs']): JobPhase {
  const elapsed = now.getTime() - Date.parse(createdAt);
  if (elapsed < timing.queuedSeconds * 1000) return 'queued';
  return elapsed < (timing.queuedSeconds + timing.inProgressSeconds) * 1000 ? 'inProgress' : 'finished';
}

/** Jobs still to advance. */
export const isPending = (job: JsonObject) => job.status === 'queued' || job.status === 'inProgress';

/** When a job started, had it started on time. */
export function startedAt(job: JsonObject, timing: ConnectifMockSettings['jobs']): string {
  return new Date(Date.parse(String(job.createdAt)) + timing.queuedSeconds * 1000).toISOString();
}
