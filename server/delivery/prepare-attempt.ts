/** @module Builds the exact request of one attempt: encode → body fault → sign → signature fault. */
import { createHash } from 'node:crypto';
import type { Provider, WireRequest } from '../providers/types.ts';
import type { JsonValue } from '../util/json.ts';
import { breakBody, corruptAuthHeaders, staleSignatureAgeMs } from './break-request.ts';
import type { Edits } from './delivery-input.ts';
import type { Faults } from './faults.ts';

export interface PrepareAttemptInput {
  provider: Provider;
  settings: unknown;
  credentials: unknown;
  event: string;
  eventId: string;
  payload: JsonValue;
  target: string;
  /** 1-based attempt number. */
  attempt: number;
  /** The wait in force for this attempt (the provider's policy when not given). */
  timeoutMs?: number;
  /** The signing clock: now, for every attempt. */
  now: Date;
  faults: Pick<Faults, 'body' | 'signature'>;
  /** Hand edits: the body replaces the encoded one before signing; headers change after. */
  edits?: Edits | undefined;
}

export interface PreparedAttempt {
  request: WireRequest;
  /** Names of the headers the provider's signer produced (before a `missing` fault removed them). */
  authHeaders: string[];
}

/**
 * @example prepareAttempt({ provider: ploomes, ..., attempt: 1, now: new Date(), faults: {} }).request.headers
 */
export function prepareAttempt(input: PrepareAttemptInput): PreparedAttempt {
  const { provider, settings, event, eventId, payload, target, attempt, timeoutMs, faults } = input;
  const encoded = provider.encode({ event, eventId, payload, target, attempt, timeoutMs: timeoutMs ?? provider.policy.timeoutMs, settings });
  const body = input.edits?.body !== undefined && encoded.body !== undefined ? input.edits.body : encoded.body;
  const request: WireRequest = { ...encoded, body: faults.body && body !== undefined ? breakBody(body, faults.body) : body };

  const credentials =
    faults.signature === 'wrong-secret' ? provider.credentials.generate(bytesFrom(`wrong-secret:${eventId}`)) : input.credentials;
  const now = faults.signature === 'stale' ? new Date(input.now.getTime() - staleSignatureAgeMs) : input.now;
  const signed = provider.sign({ request, eventId, credentials, now, settings });

  const auth = faults.signature === 'missing' ? {} : faults.signature === 'invalid' ? corruptAuthHeaders(signed) : signed;
  const headers = applyHeaderEdits(mergeHeaders(request.headers, auth), input.edits?.headers);
  return { request: { ...request, headers }, authHeaders: Object.keys(signed) };
}

/** A deterministic byte source, so a `wrong-secret` attempt is reproducible. */
function bytesFrom(seed: string): (size: number) => Uint8Array {
  let counter = 0;
  return (size) => {
    const out = new Uint8Array(size);
    for (let filled = 0; filled < size; counter++) {
      const block = createHash('sha256').update(`${seed}:${counter}`).digest();
      out.set(block.subarray(0, size - filled), filled);
      filled += Math.min(block.length, size - filled);
    }
    return out;
  };
}

/** HTTP header names are case-insensitive: an auth header replaces any spelling of the same name. */
export function mergeHeaders(base: Record<string, string>, extra: Record<string, string>): Record<string, string> {
  const replaced = new Set(Object.keys(extra).map((name) => name.toLowerCase()));
  const kept = Object.entries(base).filter(([name]) => !replaced.has(name.toLowerCase()));
  return { ...Object.fromEntries(kept), ...extra };
}

/** Hand-edited headers win over everything, signature included; null removes a header. */
function applyHeaderEdits(headers: Record<string, string>, edits: Record<string, string | null> | undefined): Record<string, string> {
  if (!edits) return headers;
  const set = Object.fromEntries(Object.entries(edits).filter((entry): entry is [string, string] => entry[1] !== null));
  const removed = new Set(Object.keys(edits).map((name) => name.toLowerCase()));
  const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !removed.has(name.toLowerCase())));
  return { ...kept, ...set };
}
