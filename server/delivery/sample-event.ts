/** @module A payload and the exact first request it would make, without sending anything. */
import type { JsonValue } from '../util/json.ts';
import type { SetOverrides } from '../util/set-path.ts';
import type { CredentialVault } from '../credentials/credential-vault.ts';
import { settingsWithOverrides } from '../providers/provider-config.ts';
import type { Registry } from '../providers/registry.ts';
import { generateEvent } from './generate-event.ts';
import { prepareAttempt } from './prepare-attempt.ts';
import { withTransportHeaders } from './send.ts';
import type { AttemptRequest } from './types.ts';

export interface SampleInput {
  provider: string;
  event: string;
  seed?: number | undefined;
  now?: Date | undefined;
  set?: SetOverrides | undefined;
  target?: string | undefined;
  /** Overrides of the provider's settings, as for a delivery. */
  settings?: Record<string, JsonValue> | undefined;
}

export interface Sample {
  provider: string;
  event: string;
  seed: number;
  dataNow: string;
  eventId: string;
  payload: JsonValue;
  /** The first attempt's request, signed with the workbench's credentials as of now. */
  request: AttemptRequest;
}

/**
 * @example sampleEvent(bench, { provider: 'ploomes', event: 'Deals.Win', seed: 1 }).request.body
 */
export interface SampleDeps {
  registry: Registry;
  vault: CredentialVault;
  settingsFor(providerId: string): unknown;
  defaultTarget: string;
}

export function sampleEvent(bench: SampleDeps, input: SampleInput): Sample {
  const provider = bench.registry.get(input.provider);
  bench.registry.event(provider, input.event);
  const settings = settingsWithOverrides(provider, bench.settingsFor(provider.id), input.settings);
  const generated = generateEvent({ provider, settings, event: input.event, seed: input.seed, now: input.now, set: input.set });
  const { request } = prepareAttempt({
    provider,
    settings,
    credentials: bench.vault.get(provider.id),
    event: input.event,
    eventId: generated.eventId,
    payload: generated.payload,
    target: input.target ?? bench.defaultTarget,
    attempt: 1,
    now: new Date(),
    faults: {},
  });
  return {
    provider: provider.id,
    event: input.event,
    seed: generated.seed,
    dataNow: generated.dataNow.toISOString(),
    eventId: generated.eventId,
    payload: generated.payload,
    request: withTransportHeaders(request),
  };
}
