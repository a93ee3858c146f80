import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parallel } from './index.ts';

const spec = parallel.credentials;
// Every call returns 0, 1, 2, …; `offset` makes each call's bytes different, like a real source.
const bytes = (offset = 0) => (size: number) => Uint8Array.from({ length: size }, (_, i) => (i + offset) % 256);
let calls = 0;
const fresh = (size: number) => bytes(++calls * 7)(size);

/** The SPKI public key of a PKCS#8 private key, by node:crypto directly. */
const publicOf = (privateKey: string) =>
  (createPublicKey(createPrivateKey({ key: Buffer.from(privateKey, 'base64'), format: 'der', type: 'pkcs8' })).export({ format: 'der', type: 'spki' }) as Buffer).toString('base64');

const research = {
  privateKey: 'MC4CAQAwBQYDK2VwBCIEIM6zI0vbV388a6+gGurMnXNSjqFnlJ+vlY9RwPPO/xlg',
  publicKey: 'MCowBQYDK2VwAyEAi784V5ayudTLAJhSBpIjJAJCNlJlEU5P3ErstFSGc6Y=',
};

describe('parallel credentials', () => {
  it('generates one Ed25519 key pair whose private key is the PKCS#8 of the 32 random bytes', () => {
    const { keys, apiToken } = spec.generate(bytes());
    expect(keys).toHaveLength(1);
    const [key] = keys;
    // RFC 8410 PKCS#8: a fixed 16-byte prefix, then the 32-byte seed.
    expect(Buffer.from(key?.privateKey ?? '', 'base64').toString('hex')).toBe(`302e020100300506032b657004220420${Buffer.from(bytes()(32)).toString('hex')}`);
    expect(key?.publicKey).toBe(publicOf(key?.privateKey ?? ''));
    expect(key?.publicKey).toMatch(/^MCowBQYDK2VwAyEA/);
    expect(apiToken).toMatch(/^[1-9A-HJ-NP-Za-km-z]{40,44}$/);
  });

  it('accepts what it generates and the key pair of the research file', () => {
    expect(spec.schema.safeParse(spec.generate(fresh)).success).toBe(true);
    expect(spec.schema.safeParse({ keys: [research], apiToken: 'abc123' }).success).toBe(true);
  });

  it('shows a receiver the public keys as publicKey1… and the API token, never a private key', () => {
    const a = spec.generate(fresh);
    const b = spec.generate(fresh);
    const shown = spec.verification({ keys: [...a.keys, ...b.keys], apiToken: a.apiToken });
    expect(shown).toEqual({ publicKey1: a.keys[0]?.publicKey, publicKey2: b.keys[0]?.publicKey, apiToken: a.apiToken });
    expect(JSON.stringify(shown)).not.toContain('MC4CAQAwBQYDK2VwBCIE');
  });

  it('rotates as Parallel does: a new key is added last and the token stays', () => {
    const current = spec.generate(fresh);
    const rotated = spec.rotate?.(current, fresh);
    expect(rotated?.keys).toHaveLength(2);
    expect(rotated?.keys[0]).toEqual(current.keys[0]);
    expect(rotated?.apiToken).toBe(current.apiToken);
  });

  it('keeps at most five keys, dropping the oldest', () => {
    let credentials = spec.generate(fresh);
    const first = credentials.keys.map((k) => k.publicKey);
    for (let i = 0; i < 5; i++) credentials = spec.rotate?.(credentials, fresh) ?? credentials;
    expect(credentials.keys).toHaveLength(5);
    expect(credentials.keys.map((k) => k.publicKey)).not.toContain(first[0]);
    expect(new Set(credentials.keys.map((k) => k.publicKey)).size).toBe(5);
    expect(spec.schema.safeParse(credentials).success).toBe(true);
  });

  it.each([
    ['no key', { keys: [], apiToken: 'abc' }, 'keys'],
    ['six keys', { keys: Array.from({ length: 6 }, () => research), apiToken: 'abc' }, 'keys'],
    ['a public key of another pair', { keys: [{ privateKey: research.privateKey, publicKey: otherPublicKey() }], apiToken: 'abc' }, 'keys.0.publicKey'],
    ['a raw 32-byte public key instead of SPKI', { keys: [{ ...research, publicKey: Buffer.alloc(32, 1).toString('base64') }], apiToken: 'abc' }, 'keys.0.publicKey'],
    ['a private key that is not PKCS#8', { keys: [{ ...research, privateKey: 'bm90IGEga2V5' }], apiToken: 'abc' }, 'keys.0.privateKey'],
    ['an API token Parallel would refuse', { keys: [research], apiToken: 'abc-def' }, 'apiToken'],
    ['an unknown field', { keys: [research], apiToken: 'abc', secret: 'x' }, ''],
  ])('refuses %s', (_, input, path) => {
    const result = spec.schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});

function otherPublicKey(): string {
  return generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
}
