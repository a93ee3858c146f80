/**
 * @module Checks an inbound request the way a HubSpot receiver should: v3 when
 * `X-HubSpot-Signature-v3` is there (timestamp no older than 5 minutes, then the HMAC), otherwise
 * the v1 or v2 digest named by `X-HubSpot-Signature-Version`. Comparisons are constant-time.
 */
import { safeEqual } from '../../signing/hmac.ts';
import { isJsonObject } from '../../util/json.ts';
import type { ReceivedRequest, VerifyContext, VerifyResult } from '../types.ts';
import type { HubSpotCredentials } from './credentials.ts';
import { hubspotRequestUri } from './request-uri.ts';
import { signatureV1, signatureV2, signatureV3 } from './signatures.ts';

/** HubSpot's replay window, and the official SDK's `MAX_ALLOWED_TIMESTAMP`. */
export const maxTimestampAgeMs = 5 * 60 * 1000;

// The sink lower-cases header names.
const h = {
  signature: 'x-hubspot-signature',
  version: 'x-hubspot-signature-version',
  v3: 'x-hubspot-signature-v3',
  timestamp: 'x-hubspot-request-timestamp',
} as const;

/**
 * Undefined when the request shows no sign of HubSpot (no X-HubSpot-* signature header, no HubSpot
 * User-Agent, no HubSpot event array).
 * @example verifyHubSpot({ request, credentials, now }) // { ok: false, scheme: 'hubspot-v3', reason: 'X-HubSpot-Request-Timestamp is 3600 s old: …' }
 */
export function verifyHubSpot({ request, credentials, now }: Pick<VerifyContext<HubSpotCredentials>, 'request' | 'credentials' | 'now'>): VerifyResult | undefined {
  if (!looksLikeHubSpot(request)) return undefined;
  const { headers } = request;
  const v3 = headers[h.v3];
  if (v3 !== undefined) return verifyV3(request, v3, credentials.clientSecret, now);
  const signature = headers[h.signature];
  const version = headers[h.version];
  if (signature === undefined) {
    return { ok: false, scheme: 'hubspot-signature', reason: 'no HubSpot signature: X-HubSpot-Signature-v3 and X-HubSpot-Signature are both missing' };
  }
  // The official SDK assumes v1 when no version is given.
  if (version !== undefined && version !== 'v1' && version !== 'v2') {
    return { ok: false, scheme: 'hubspot', reason: `X-HubSpot-Signature-Version is "${version}"; HubSpot sends v1 or v2 there (v3 has its own header)` };
  }
  const parts = { clientSecret: credentials.clientSecret, method: request.method, url: request.url, body: request.body };
  if (version === 'v2') {
    return safeEqual(signatureV2(parts), signature)
      ? { ok: true, scheme: 'hubspot-v2' }
      : { ok: false, scheme: 'hubspot-v2', reason: `X-HubSpot-Signature does not match sha256(client secret + ${request.method} + ${request.url} + body) (v2)` };
  }
  return safeEqual(signatureV1(parts), signature)
    ? { ok: true, scheme: 'hubspot-v1' }
    : { ok: false, scheme: 'hubspot-v1', reason: 'X-HubSpot-Signature does not match sha256(client secret + body) (v1): check the client secret and that the body is the raw bytes received' };
}

function verifyV3(request: ReceivedRequest, signature: string, clientSecret: string, now: Date): VerifyResult {
  const scheme = 'hubspot-v3';
  const timestamp = request.headers[h.timestamp];
  if (timestamp === undefined) return { ok: false, scheme, reason: 'X-HubSpot-Request-Timestamp is missing; v3 signs method + URI + body + that timestamp' };
  if (!/^\d{1,16}$/.test(timestamp)) return { ok: false, scheme, reason: `X-HubSpot-Request-Timestamp "${timestamp}" is not milliseconds since the epoch` };
  const ageMs = now.getTime() - Number(timestamp);
  if (ageMs > maxTimestampAgeMs) {
    return { ok: false, scheme, reason: `X-HubSpot-Request-Timestamp is ${Math.round(ageMs / 1000)} s old: HubSpot says to reject v3 requests older than 5 minutes (replays)` };
  }
  const uri = hubspotRequestUri(request.url);
  const expected = signatureV3({ clientSecret, method: request.method, url: uri, body: request.body, timestamp });
  if (!safeEqual(expected, signature)) {
    return {
      ok: false,
      scheme,
      reason: `X-HubSpot-Signature-v3 does not match base64(HMAC-SHA256(client secret, ${request.method} + ${uri} + body + ${timestamp})): check the client secret, the full URL as HubSpot called it and the raw body`,
    };
  }
  return { ok: true, scheme };
}

function looksLikeHubSpot({ headers, body }: ReceivedRequest): boolean {
  if (Object.values(h).some((name) => headers[name] !== undefined)) return true;
  if (headers['user-agent']?.startsWith('HubSpot ')) return true;
  if (!body.startsWith('[') || !body.includes('"subscriptionType"')) return false;
  try {
    const parsed: unknown = JSON.parse(body);
    const [first] = Array.isArray(parsed) ? parsed : [];
    return isJsonObject(first) && 'subscriptionType' in first && 'portalId' in first;
  } catch {
    return false;
  }
}
