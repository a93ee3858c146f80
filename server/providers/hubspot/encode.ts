/**
 * @module The wire request of one HubSpot attempt: a POST of the JSON array with `attemptNumber`
 * written into every event (0 on the first attempt, then 1, 2, …: the body changes per retry, the
 * event ids stay), plus the headers a captured delivery carried.
 */
import { isJsonObject, type JsonValue } from '../../util/json.ts';
import type { EncodeContext, WireRequest } from '../types.ts';
import { hubspotHeaders, hubspotUserAgent } from './headers.ts';
import { hubspotPolicy } from './policy.ts';
import type { HubSpotSettings } from './settings.ts';

/**
 * @example encodeHubSpot({ payload: [{ eventId: 1, attemptNumber: 0 }], target, attempt: 3, settings }).body // '[{"eventId":1,"attemptNumber":2}]'
 */
export function encodeHubSpot({
  payload,
  target,
  attempt,
  settings,
  timeoutMs = hubspotPolicy.timeoutMs,
}: Pick<EncodeContext<HubSpotSettings>, 'payload' | 'target' | 'attempt' | 'settings'> & { timeoutMs?: number }): WireRequest {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'User-Agent': hubspotUserAgent,
    // The wait in force for this attempt: the policy's, or the timeout fault's.
    [hubspotHeaders.timeout]: String(timeoutMs),
  };
  const version = legacyVersionOf(settings);
  // The version names the X-HubSpot-Signature digest; it is not secret and stays when a fault drops
  // or corrupts the signature, so a receiver is tested on the signature itself.
  if (version) headers[hubspotHeaders.signatureVersion] = version;
  return { method: 'POST', url: target, headers, body: JSON.stringify(withAttemptNumber(payload, attempt - 1)) };
}

/** Which digest goes in X-HubSpot-Signature: v1 or v2 alone, v1 next to v3 when includeV1, else none. */
export function legacyVersionOf(settings: Pick<HubSpotSettings, 'signatureVersion' | 'includeV1'>): 'v1' | 'v2' | undefined {
  if (settings.signatureVersion !== 'v3') return settings.signatureVersion;
  return settings.includeV1 ? 'v1' : undefined;
}

/** Every event object of a batch gets the number, in place if it has one; anything else is sent as given. */
function withAttemptNumber(payload: JsonValue, attemptNumber: number): JsonValue {
  if (!Array.isArray(payload)) return payload;
  return payload.map((event) => (isJsonObject(event) ? { ...event, attemptNumber } : event));
}
