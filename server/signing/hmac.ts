/** @module The one HMAC signer (HubSpot v3, Standard Webhooks v1, user-defined HMAC providers) and plain digests. */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const hmacAlgorithms = ['sha256', 'sha1', 'sha512'] as const;
export type HmacAlgorithm = (typeof hmacAlgorithms)[number];
export type DigestEncoding = 'hex' | 'base64';

/**
 * HMAC of `message` under `key`, hex or base64.
 * @example hmac({ algorithm: 'sha256', key: 'Jefe', message: 'what do ya want for nothing?', encoding: 'hex' })
 */
export function hmac({
  algorithm,
  key,
  message,
  encoding,
}: {
  algorithm: HmacAlgorithm;
  key: string | Uint8Array;
  message: string | Uint8Array;
  encoding: DigestEncoding;
}): string {
  return createHmac(algorithm, key).update(message).digest(encoding);
}

/** A plain digest (HubSpot v1/v2 hash the secret with the body; they are not HMACs). */
export function digest({ algorithm, message, encoding }: { algorithm: HmacAlgorithm; message: string | Uint8Array; encoding: DigestEncoding }): string {
  return createHash(algorithm).update(message).digest(encoding);
}

/** Constant-time equality of two strings (false when lengths differ, without leaking where). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
