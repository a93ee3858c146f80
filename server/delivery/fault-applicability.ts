/** @module Refuses faults that cannot apply to a provider's request, instead of sending a valid one. */
import { HookbenchError } from '../errors.ts';
import type { Provider, WireRequest } from '../providers/types.ts';
import type { JsonValue } from '../util/json.ts';
import { staleSignatureAgeMs } from './break-request.ts';
import type { Edits } from './delivery-input.ts';
import type { Faults } from './faults.ts';

export interface FaultCheckInput {
  provider: Provider;
  settings: unknown;
  event: string;
  eventId: string;
  payload: JsonValue;
  target: string;
  faults: Faults;
  edits?: Edits | undefined;
}

/**
 * @example assertFaultsApply({ provider: ploomes, ..., faults: { signature: 'stale' } }) // throws: no timestamp
 */
export function assertFaultsApply({ provider, settings, event, eventId, payload, target, faults, edits }: FaultCheckInput): void {
  if (!faults.signature && !faults.body && edits?.body === undefined) return;
  const request = provider.encode({ event, eventId, payload, target, attempt: 1, timeoutMs: faults.timeout ?? provider.policy.timeoutMs, settings });
  if (edits?.body !== undefined && request.body === undefined) {
    throw new HookbenchError('INVALID_INPUT', `${provider.id} ${event} is sent as ${request.method} without a body; edit the payload instead`, { path: 'edits.body' });
  }
  if (faults.body && request.body === undefined) {
    throw new HookbenchError('INVALID_INPUT', `${provider.id} ${event} is sent as ${request.method} without a body, so there is no body to break`, {
      path: 'faults.body',
    });
  }
  if (!faults.signature) return;
  if (provider.auth.scheme === 'none') {
    throw new HookbenchError('INVALID_INPUT', `${provider.id} sends no signature or auth header, so there is none to break`, { path: 'faults.signature' });
  }
  // Any credentials will do to see what signing produces: these are never sent.
  const credentials = provider.credentials.generate((size) => new Uint8Array(size).fill(1));
  const signAt = (now: Date) => provider.sign({ request: request as WireRequest, eventId, credentials, now, settings });
  const now = new Date();
  const fresh = signAt(now);
  if (Object.keys(fresh).length === 0) {
    throw new HookbenchError('INVALID_INPUT', `${provider.id} as configured sends no auth header, so there is none to break`, { path: 'faults.signature' });
  }
  if (faults.signature === 'stale' && JSON.stringify(signAt(new Date(now.getTime() - staleSignatureAgeMs))) === JSON.stringify(fresh)) {
    throw new HookbenchError(
      'INVALID_INPUT',
      `${provider.id}'s authentication (${provider.auth.scheme}) carries no timestamp, so a stale signature would be a valid one; try signature=invalid or wrong-secret`,
      { path: 'faults.signature' },
    );
  }
}
