import { describe, expect, it } from 'vitest';
import { standard } from './index.ts';

// RFC 8032 §7.1 test 1: this seed has the public key below.
const rfcSeed = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
const rfcPublic = Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex');
const whpk = `whpk_${rfcPublic.toString('base64')}`;
const whsk = `whsk_${rfcSeed.toString('base64')}`;

/** 24 counting bytes for the secret, then the RFC 8032 seed for the key pair. */
function bytes(): (size: number) => Uint8Array {
  let call = 0;
  return (size) => (call++ === 0 ? Uint8Array.from({ length: size }, (_, i) => i) : Uint8Array.from(rfcSeed.subarray(0, size)));
}
const { schema } = standard.credentials;

describe('standard credentials', () => {
  it('makes a 24-byte whsec_ secret and an Ed25519 pair as whsk_ seed and whpk_ raw public key', () => {
    const credentials = standard.credentials.generate(bytes());
    expect(credentials).toEqual({ secret: 'whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX', ed25519: { secretKey: whsk, publicKey: whpk } });
    expect(schema.parse(credentials)).toEqual(credentials);
  });

  it('shows a receiver the secret and the public key, never the whsk_ key', () => {
    const shown = standard.credentials.verification(standard.credentials.generate(bytes()));
    expect(shown).toEqual({ secret: 'whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX', publicKey: whpk });
    expect(standard.credentials.verification({ secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' })).toEqual({ secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
  });

  it('keeps the previous key set on rotation, and only one', () => {
    const first = standard.credentials.generate(bytes());
    const rotate = standard.credentials.rotate;
    if (!rotate) throw new Error('standard rotates');
    const second = rotate(first, (size) => new Uint8Array(size).fill(7));
    expect(second.previous).toEqual(first);
    expect(second.secret).toBe(`whsec_${Buffer.alloc(24, 7).toString('base64')}`);
    const third = rotate(second, (size) => new Uint8Array(size).fill(9));
    expect(third.previous).toEqual({ secret: second.secret, ed25519: second.ed25519 });
    expect(standard.credentials.verification(third)).toMatchObject({ previousSecret: second.secret, previousPublicKey: second.ed25519?.publicKey });
    expect(schema.parse(third)).toEqual(third);
  });

  it('accepts a secret alone, the spec’s 64-byte maximum, and Svix’s 64-byte whsk_ (seed then public key)', () => {
    expect(schema.safeParse({ secret: `whsec_${Buffer.alloc(64, 1).toString('base64')}` }).success).toBe(true);
    const svixForm = `whsk_${Buffer.concat([rfcSeed, rfcPublic]).toString('base64')}`;
    expect(schema.safeParse({ secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', ed25519: { secretKey: svixForm, publicKey: whpk } }).success).toBe(true);
  });

  it.each([
    ['a secret without whsec_', { secret: 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }, 'secret'],
    ['a secret of 16 bytes', { secret: `whsec_${Buffer.alloc(16).toString('base64')}` }, 'secret'],
    ['a secret of 65 bytes', { secret: `whsec_${Buffer.alloc(65).toString('base64')}` }, 'secret'],
    ['a secret that is not base64', { secret: 'whsec_not base64!' }, 'secret'],
    ['a public key of another pair', { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', ed25519: { secretKey: whsk, publicKey: `whpk_${Buffer.alloc(32, 3).toString('base64')}` } }, 'ed25519.publicKey'],
    ['a whsk_ key of 16 bytes', { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', ed25519: { secretKey: `whsk_${Buffer.alloc(16).toString('base64')}`, publicKey: whpk } }, 'ed25519.secretKey'],
    ['an unknown key', { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', key: 'x' }, ''],
  ])('refuses %s at "%s"', (_, input, path) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
