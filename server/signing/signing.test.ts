import { describe, expect, it } from 'vitest';
import { ed25519FromSeed, rawPublicKey, signEd25519, spkiFromRaw, verifyEd25519 } from './ed25519.ts';
import { digest, hmac, safeEqual } from './hmac.ts';

describe('hmac', () => {
  // RFC 4231, test case 2.
  it('reproduces the RFC 4231 vector', () => {
    expect(hmac({ algorithm: 'sha256', key: 'Jefe', message: 'what do ya want for nothing?', encoding: 'hex' })).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });
  it('encodes base64 and computes plain digests', () => {
    expect(hmac({ algorithm: 'sha256', key: 'Jefe', message: 'what do ya want for nothing?', encoding: 'base64' })).toBe(
      Buffer.from('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843', 'hex').toString('base64'),
    );
    // FIPS 180-2 "abc".
    expect(digest({ algorithm: 'sha256', message: 'abc', encoding: 'hex' })).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('compares in constant time, false on different lengths', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'abcd')).toBe(false);
  });
});

describe('ed25519', () => {
  // RFC 8032 section 7.1, test 1 (empty message) and test 2 (one byte 0x72).
  const seed = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
  const rawPublic = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';

  it('derives the RFC 8032 public key and signature from the seed', () => {
    const pair = ed25519FromSeed(seed);
    expect(pair.publicKey.startsWith('MCowBQYDK2VwAyEA')).toBe(true);
    expect(rawPublicKey(pair.publicKey).toString('hex')).toBe(rawPublic);
    expect(Buffer.from(signEd25519(pair.privateKey, ''), 'base64').toString('hex')).toBe(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
    const test2 = ed25519FromSeed(Buffer.from('4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb', 'hex'));
    expect(Buffer.from(signEd25519(test2.privateKey, Buffer.from([0x72])), 'base64').toString('hex')).toBe(
      '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
    );
  });

  it('verifies its signatures and refuses altered ones', () => {
    const pair = ed25519FromSeed(seed);
    const signature = signEd25519(pair.privateKey, 'hello');
    expect(verifyEd25519(pair.publicKey, 'hello', signature)).toBe(true);
    expect(verifyEd25519(pair.publicKey, 'hellO', signature)).toBe(false);
    expect(verifyEd25519(pair.publicKey, 'hello', 'not base64 at all')).toBe(false);
    expect(spkiFromRaw(rawPublicKey(pair.publicKey))).toBe(pair.publicKey);
  });
});
