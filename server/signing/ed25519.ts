/**
 * @module The one Ed25519 signer (Parallel, Standard Webhooks v1a): keys as base64 DER, as Node and
 * Parallel export them (PKCS#8 private, SPKI public, which always starts "MCowBQYDK2VwAyEA").
 */
import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

export interface Ed25519KeyPair {
  /** base64 of the PKCS#8 DER private key. */
  privateKey: string;
  /** base64 of the SPKI DER public key (44 bytes). */
  publicKey: string;
}

// PKCS#8 wrapper of a raw 32-byte Ed25519 seed (RFC 8410): the seed follows these 16 bytes.
const pkcs8Prefix = Buffer.from('302e020100300506032b657004220420', 'hex');
const keyCache = new Map<string, KeyObject>();

function cached(key: string, make: () => KeyObject): KeyObject {
  let object = keyCache.get(key);
  if (!object) {
    object = make();
    if (keyCache.size > 64) keyCache.clear();
    keyCache.set(key, object);
  }
  return object;
}

const privateKeyOf = (b64: string) => cached(`priv:${b64}`, () => createPrivateKey({ key: Buffer.from(b64, 'base64'), format: 'der', type: 'pkcs8' }));
const publicKeyOf = (b64: string) => cached(`pub:${b64}`, () => createPublicKey({ key: Buffer.from(b64, 'base64'), format: 'der', type: 'spki' }));

/**
 * A key pair from a 32-byte seed (deterministic, so tests and `wrong-secret` faults can fix it).
 * @example ed25519FromSeed(randomBytes(32)).publicKey // "MCowBQYDK2VwAyEA…"
 */
export function ed25519FromSeed(seed: Uint8Array): Ed25519KeyPair {
  if (seed.length !== 32) throw new Error(`an Ed25519 seed is 32 bytes, not ${seed.length}`);
  const der = Buffer.concat([pkcs8Prefix, seed]);
  const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  return {
    privateKey: der.toString('base64'),
    publicKey: (createPublicKey(privateKey).export({ format: 'der', type: 'spki' }) as Buffer).toString('base64'),
  };
}

/** The raw 32-byte public key (bytes 12..44 of the SPKI DER), base64: what Standard Webhooks' whpk_ carries. */
export function rawPublicKey(spkiB64: string): Buffer {
  return Buffer.from(spkiB64, 'base64').subarray(12);
}

/** The SPKI DER (base64) of a raw 32-byte public key. */
export function spkiFromRaw(raw: Uint8Array): string {
  return Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]).toString('base64');
}

/** Pure Ed25519 (no prehash) over `message`, base64 with padding. */
export function signEd25519(privateKeyB64: string, message: string | Uint8Array): string {
  return sign(null, typeof message === 'string' ? Buffer.from(message) : message, privateKeyOf(privateKeyB64)).toString('base64');
}

export function verifyEd25519(publicKeyB64: string, message: string | Uint8Array, signatureB64: string): boolean {
  try {
    return verify(null, typeof message === 'string' ? Buffer.from(message) : message, publicKeyOf(publicKeyB64), Buffer.from(signatureB64, 'base64'));
  } catch {
    return false;
  }
}
