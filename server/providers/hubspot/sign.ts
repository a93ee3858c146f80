/**
 * @module Signs one HubSpot attempt: `X-HubSpot-Signature-v3` + `X-HubSpot-Request-Timestamp` (ms)
 * for v3, with the v1 digest in `X-HubSpot-Signature` too unless `includeV1` is off; or only the v1 or
 * v2 digest. The matching `X-HubSpot-Signature-Version` is written by encode.ts.
 */
import type { SignContext } from '../types.ts';
import type { HubSpotCredentials } from './credentials.ts';
import { legacyVersionOf } from './encode.ts';
import { hubspotHeaders } from './headers.ts';
import { hubspotRequestUri } from './request-uri.ts';
import type { HubSpotSettings } from './settings.ts';
import { signatureV1, signatureV2, signatureV3 } from './signatures.ts';

/**
 * @example signHubSpot({ request, credentials, now, settings }) // { 'X-HubSpot-Signature': '…', 'X-HubSpot-Signature-v3': '…', 'X-HubSpot-Request-Timestamp': '1767268800000' }
 */
export function signHubSpot({
  request,
  credentials,
  now,
  settings,
}: Pick<SignContext<HubSpotSettings, HubSpotCredentials>, 'request' | 'credentials' | 'now' | 'settings'>): Record<string, string> {
  const parts = { clientSecret: credentials.clientSecret, method: request.method, url: request.url, body: request.body ?? '' };
  const headers: Record<string, string> = {};
  const legacy = legacyVersionOf(settings);
  if (legacy === 'v1') headers[hubspotHeaders.signature] = signatureV1(parts);
  if (legacy === 'v2') headers[hubspotHeaders.signature] = signatureV2(parts);
  if (settings.signatureVersion === 'v3') {
    const timestamp = String(now.getTime());
    headers[hubspotHeaders.signatureV3] = signatureV3({ ...parts, url: hubspotRequestUri(request.url), timestamp });
    headers[hubspotHeaders.timestamp] = timestamp;
  }
  return headers;
}
