/**
 * @module Standard Webhooks key serialisation: `whsec_` + base64 of the HMAC secret (24–64 bytes),
 * `whsk_` + base64 of the Ed25519 seed, `whpk_` + base64 of the raw 32-byte public key (spec, "Signature
 * scheme" table; the Go library's NewWebhookAsymmetric reads whsk_ as a seed). Svix's server exports
 * whsk_ as 64 bytes (seed then public key): that form is read too.
 */
import { ed25519FromSeed, rawPublicKey, spkiFromRaw } from '../../signing/ed25519.ts';

export const secretPrefix = 'whsec_';
export const signingKeyPrefix = 'whsk_';
export const publicKeyPrefix = 'whpk_';

/** Sizes the spec allows for an HMAC secret: "at least 24 bytes (192 bits, 512 maximum)". */
export const secretBytes = { min: 24, max: 64 } as const;

/** The bytes of canonical base64 text after `prefix`, or undefined when it is not that. */
export function decodePrefixed(text: string, prefix: string): Buffer | undefined {
  if (!text.startsWith(prefix)) return undefined;
  const b64 = text.slice(prefix.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return undefined;
  const bytes = Buffer.from(b64, 'base64');
  return bytes.toString('base64') === b64 ? bytes : undefined;
}

/** @example formatSecret(randomBytes(24)) // 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' */
export function formatSecret(bytes: Uint8Array): string {
  return `${secretPrefix}${Buffer.from(bytes).toString('base64')}`;
}

export interface StandardKeyPair {
  /** `whsk_` + base64 of the 32-byte seed. */
  secretKey: string;
  /** `whpk_` + base64 of the raw 32-byte public key. */
  publicKey: string;
}

/** @example keyPairFromSeed(randomBytes(32)).publicKey // 'whpk_…' */
export function keyPairFromSeed(seed: Uint8Array): StandardKeyPair {
  const { publicKey } = ed25519FromSeed(seed);
  return {
    secretKey: `${signingKeyPrefix}${Buffer.from(seed).toString('base64')}`,
    publicKey: `${publicKeyPrefix}${rawPublicKey(publicKey).toString('base64')}`,
  };
}

/** The seed inside a whsk_ key (32 bytes, or the first half of Svix's 64-byte form). */
export function seedOf(secretKey: string): Buffer | undefined {
  const bytes = decodePrefixed(secretKey, signingKeyPrefix);
  return bytes?.length === 32 || bytes?.length === 64 ? bytes.subarray(0, 32) : undefined;
}

/** The PKCS#8 private key (base64 DER) the shared Ed25519 signer takes, from a whsk_ key. */
export function privateKeyOf(secretKey: string): string | undefined {
  const seed = seedOf(secretKey);
  return seed && ed25519FromSeed(seed).privateKey;
}

/** The SPKI public key (base64 DER) the shared Ed25519 verifier takes, from a whpk_ key. */
export function publicKeyOf(publicKey: string): string | undefined {
  const raw = decodePrefixed(publicKey, publicKeyPrefix);
  return raw?.length === 32 ? spkiFromRaw(raw) : undefined;
}
