/**
 * @module HubSpot's three signatures over exact bytes: v1 and v2 are plain SHA-256 digests of the
 * client secret followed by the request, v3 an HMAC keyed with the client secret. Thin adapters over
 * the one signer in server/signing/hmac.ts.
 */
import { digest, hmac } from '../../signing/hmac.ts';

export interface SignedRequestParts {
  clientSecret: string;
  method: string;
  /** The full URL, as sent. */
  url: string;
  /** The raw body; '' when there is none. */
  body: string;
}

/**
 * v1: hex(sha256(clientSecret + body)). Not an HMAC.
 * @example signatureV1({ clientSecret: 's', body: '[]' }) // 64 hex characters
 */
export function signatureV1({ clientSecret, body }: Pick<SignedRequestParts, 'clientSecret' | 'body'>): string {
  return digest({ algorithm: 'sha256', message: clientSecret + body, encoding: 'hex' });
}

/**
 * v2: hex(sha256(clientSecret + method + URL + body)); the URL exactly as requested.
 * @example signatureV2({ clientSecret: 's', method: 'GET', url: 'https://www.example.com/webhook_uri', body: '' })
 */
export function signatureV2({ clientSecret, method, url, body }: SignedRequestParts): string {
  return digest({ algorithm: 'sha256', message: clientSecret + method + url + body, encoding: 'hex' });
}

/**
 * v3: base64(HMAC-SHA256(clientSecret, method + URI + body + timestamp)), timestamp in ms as sent in
 * X-HubSpot-Request-Timestamp. `url` must already be the URI HubSpot signs (see request-uri.ts).
 * @example signatureV3({ clientSecret: 's', method: 'POST', url: 'https://x.test/h', body: '[]', timestamp: '1700000000000' })
 */
export function signatureV3({ clientSecret, method, url, body, timestamp }: SignedRequestParts & { timestamp: string }): string {
  return hmac({ algorithm: 'sha256', key: clientSecret, message: method + url + body + timestamp, encoding: 'base64' });
}
