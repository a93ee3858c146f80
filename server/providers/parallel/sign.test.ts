import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { WireRequest } from '../types.ts';
import type { ParallelCredentials } from './credentials.ts';
import { encodeParallel } from './encode.ts';
import { parallel } from './index.ts';

const settings = parallel.settings.parse({});

// Research file §1.4: a throwaway key, the compact JSON of the §1.3 profile example, its URL and time.
const vector = {
  privateKey: 'MC4CAQAwBQYDK2VwBCIEIM6zI0vbV388a6+gGurMnXNSjqFnlJ+vlY9RwPPO/xlg',
  publicKey: 'MCowBQYDK2VwAyEAi784V5ayudTLAJhSBpIjJAJCNlJlEU5P3ErstFSGc6Y=',
  url: 'https://example.com/webhooks/parallel',
  timestamp: 1746467154000,
  body: '{"id":"4LXfhJbyUPJfvTBsrX8VbiH6A","profileId":"2X3uPTSX2EK9dhTqj","type":"PROFILE_RELATIONSHIP_CREATED","data":{"userId":"4EpJtbARxz","integrationId":null,"profileRelationshipId":"2fNZGkuxVdPMyRZwRuBPirfFXFNCC4tp","profileRelationshipTypeId":"ZNULFmTiWuvA4qm3AMsrxucoHK1zS31o4F","relationshipAlias":"p_parent__child"},"createdAt":"2025-05-05T17:45:53.123Z"}',
  v1: 'w0FbD9XJIsxeGRuqwc+9zh14hgygtz0rptqB3Oksjex2Yd+FOrZwrwGbohHhgeRcg25vX0iOU3qYzrIdm7h2Bw==',
  v2: 'QUWA3K4Jri7vB93sq/U56DOB0XFaNgru4m/nyvBgQ7KsbL64E7jhiOCDO1hI8GMxUb6Jb6yfyiMdGRyC1CTVBg==',
};
const vectorCredentials: ParallelCredentials = { keys: [{ privateKey: vector.privateKey, publicKey: vector.publicKey }], apiToken: 'abc' };
const wire = (url: string, body: string): WireRequest => ({ method: 'POST', url, headers: {}, body });
const sign = (credentials: ParallelCredentials, request: WireRequest, now: Date, extra: Partial<typeof settings> = {}) =>
  parallel.sign({ request, eventId: 'e', credentials, now, settings: { ...settings, ...extra } });

/** The research file's verifier, as written there (node:crypto, header i checked with key i). */
function verifyParallel(rawBody: string, headers: Record<string, string>, eventsUrl: string, publicKeysB64: string[]): boolean {
  const ts = headers['x-parallel-signature-timestamp'];
  return publicKeysB64.some((pkB64, idx) => {
    const key = createPublicKey({ key: Buffer.from(pkB64, 'base64'), format: 'der', type: 'spki' });
    const v2 = headers[`x-parallel-signature-v2-${idx + 1}`];
    if (v2) return verify(null, Buffer.from(eventsUrl + ts + rawBody), key, Buffer.from(v2, 'base64'));
    const v1 = headers[`x-parallel-signature-${idx + 1}`];
    return !!v1 && verify(null, Buffer.from(rawBody), key, Buffer.from(v1, 'base64'));
  });
}

/** Key pairs made by node:crypto directly, exported as Parallel stores them. */
function nodeKeyPair(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}
const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

describe('parallel sign', () => {
  it("reproduces the research file's test vector byte for byte", () => {
    expect(sign(vectorCredentials, wire(vector.url, vector.body), new Date(vector.timestamp))).toEqual({
      'X-Parallel-Signature-Timestamp': '1746467154000',
      'X-Parallel-Signature-1': vector.v1,
      'X-Parallel-Signature-V2-1': vector.v2,
    });
  });

  it("makes signatures the research file's verifier accepts, for every key", () => {
    const keys = [nodeKeyPair(), nodeKeyPair(), nodeKeyPair()];
    const url = 'https://receiver.example/hooks/parallel?tenant=7';
    const headers = lower(sign({ keys, apiToken: 'abc' }, wire(url, vector.body), new Date('2026-05-04T10:20:30.456Z')));
    expect(verifyParallel(vector.body, headers, url, keys.map((k) => k.publicKey))).toBe(true);
    // The research verifier checks header N with key N: each key alone, at its position, suffices.
    for (const [i, key] of keys.entries()) {
      const others = keys.slice(0, i).map(() => nodeKeyPair().publicKey);
      expect(verifyParallel(vector.body, headers, url, [...others, key.publicKey])).toBe(true);
    }
    expect(verifyParallel(vector.body, headers, url, [nodeKeyPair().publicKey])).toBe(false);
  });

  it('writes the timestamp, then V1 and V2 for each key in key order, as Parallel does', () => {
    const keys = [nodeKeyPair(), nodeKeyPair()];
    expect(Object.keys(sign({ keys, apiToken: 'abc' }, wire(vector.url, vector.body), new Date(vector.timestamp)))).toEqual([
      'X-Parallel-Signature-Timestamp',
      'X-Parallel-Signature-1',
      'X-Parallel-Signature-V2-1',
      'X-Parallel-Signature-2',
      'X-Parallel-Signature-V2-2',
    ]);
  });

  it('signs a fresh timestamp on every attempt: V2 changes with it, the body-only V1 does not', () => {
    const first = sign(vectorCredentials, wire(vector.url, vector.body), new Date(vector.timestamp));
    const retry = sign(vectorCredentials, wire(vector.url, vector.body), new Date(vector.timestamp + 10_000));
    expect(retry['X-Parallel-Signature-Timestamp']).toBe('1746467164000');
    expect(retry['X-Parallel-Signature-V2-1']).not.toBe(first['X-Parallel-Signature-V2-1']);
    expect(retry['X-Parallel-Signature-1']).toBe(first['X-Parallel-Signature-1']);
  });

  it('signs the URL exactly as the target, without normalising it', () => {
    const headers = lower(sign(vectorCredentials, wire(`${vector.url}/`, vector.body), new Date(vector.timestamp)));
    expect(verifyParallel(vector.body, headers, `${vector.url}/`, [vector.publicKey])).toBe(true);
    expect(verifyParallel(vector.body, headers, vector.url, [vector.publicKey])).toBe(false);
  });

  it('leaves out the legacy V1 headers when v1Signatures is off', () => {
    expect(sign(vectorCredentials, wire(vector.url, vector.body), new Date(vector.timestamp), { v1Signatures: false })).toEqual({
      'X-Parallel-Signature-Timestamp': '1746467154000',
      'X-Parallel-Signature-V2-1': vector.v2,
    });
  });
});

describe('parallel encode', () => {
  it("POSTs the compact JSON to the target with Parallel's Content-Type and User-Agent", () => {
    const payload = JSON.parse(vector.body) as Record<string, string>;
    expect(encodeParallel({ payload, target: vector.url })).toEqual({
      method: 'POST',
      url: vector.url,
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'Parallel Webhooks (https://www.onparallel.com)' },
      body: vector.body,
    });
  });
});
