/**
 * @module The two Standard Webhooks signatures as thin adapters over hookbench's shared signers:
 * `v1` = base64 HMAC-SHA256 under the whsec_ secret's bytes, `v1a` = base64 Ed25519 under the whsk_
 * key, both over `${webhook-id}.${webhook-timestamp}.${body}` (spec, "Signature scheme").
 */
import { signEd25519, verifyEd25519 } from '../../signing/ed25519.ts';
import { hmac, safeEqual } from '../../signing/hmac.ts';
import { decodePrefixed, privateKeyOf, publicKeyOf, secretPrefix } from './key-format.ts';

/**
 * The exact text both schemes sign.
 * @example signedContent({ id: 'msg_p5jX…', timestamp: 1614265330, body: '{"test": 2432232314}' }) // 'msg_p5jX….1614265330.{"test": 2432232314}'
 */
export function signedContent({ id, timestamp, body }: { id: string; timestamp: number | string; body: string }): string {
  return `${id}.${timestamp}.${body}`;
}

/** @example signV1('whsec_MfKQ…', content) // 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=' */
export function signV1(secret: string, content: string): string {
  return `v1,${v1Digest(secret, content)}`;
}

/** @example signV1a('whsk_VEVT…', content) // 'v1a,tQ9V2XOq…Ag==' */
export function signV1a(secretKey: string, content: string): string {
  const privateKey = privateKeyOf(secretKey);
  if (privateKey === undefined) throw new Error('a whsk_ key is base64 of a 32-byte Ed25519 seed');
  return `v1a,${signEd25519(privateKey, content)}`;
}

/** Whether `signature` (the part after "v1,") is the HMAC of `content` under `secret`; constant time. */
export function matchesV1(secret: string, content: string, signature: string): boolean {
  return safeEqual(signature, v1Digest(secret, content));
}

/** Whether `signature` (the part after "v1a,") is canonical base64 of a valid Ed25519 signature of `content`. */
export function matchesV1a(publicKey: string, content: string, signature: string): boolean {
  const spki = publicKeyOf(publicKey);
  // Non-canonical base64 (altered padding bits) decodes to the same bytes: refuse it, no signer writes it.
  const bytes = Buffer.from(signature, 'base64');
  if (spki === undefined || bytes.length !== 64 || bytes.toString('base64') !== signature) return false;
  return verifyEd25519(spki, content, signature);
}

function v1Digest(secret: string, content: string): string {
  const key = decodePrefixed(secret, secretPrefix);
  if (key === undefined) throw new Error('a whsec_ secret is base64 after its prefix');
  return hmac({ algorithm: 'sha256', key, message: content, encoding: 'base64' });
}
