import { generateKeyPairSync, sign as nodeSign, createPrivateKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ReceivedRequest } from '../types.ts';
import type { ParallelCredentials } from './credentials.ts';
import { parallel } from './index.ts';

const url = 'http://127.0.0.1:4400/sink/default/hook?x=1';
const body = '{"id":"4LXfhJbyUPJfvTBsrX8VbiH6A","profileId":"2X3uPTSX2EK9dhTqj","type":"PROFILE_CLOSED","data":{"userId":"4EpJtbARxz"},"createdAt":"2026-05-04T10:20:30.456Z"}';
const now = new Date('2026-05-04T10:20:31.000Z');
const ts = String(now.getTime() - 500);
const ua = 'Parallel Webhooks (https://www.onparallel.com)';

function nodeKeyPair(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}
const [keyA, keyB, keyC] = [nodeKeyPair(), nodeKeyPair(), nodeKeyPair()] as const;
const credentials = (...keys: { privateKey: string; publicKey: string }[]): ParallelCredentials => ({ keys, apiToken: 'abc' });
/** Ed25519 straight from node:crypto, so these expectations do not lean on the signer under test. */
const ed = (privateKey: string, message: string) =>
  nodeSign(null, Buffer.from(message), createPrivateKey({ key: Buffer.from(privateKey, 'base64'), format: 'der', type: 'pkcs8' })).toString('base64');

/** Headers as the sink sees them, signed by `keys` in that order. */
function signedHeaders(keys: { privateKey: string }[], options: { ts?: string; url?: string; v1?: boolean; v2?: boolean } = {}): Record<string, string> {
  const t = options.ts ?? ts;
  const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': ua, 'x-parallel-signature-timestamp': t };
  keys.forEach((k, i) => {
    if (options.v1 !== false) headers[`x-parallel-signature-${i + 1}`] = ed(k.privateKey, body);
    if (options.v2 !== false) headers[`x-parallel-signature-v2-${i + 1}`] = ed(k.privateKey, (options.url ?? url) + t + body);
  });
  return headers;
}
const request = (headers: Record<string, string>, b = body): ReceivedRequest => ({ method: 'POST', url, headers, body: b });
const verify = (req: ReceivedRequest, creds = credentials(keyA), extra: Record<string, unknown> = {}) =>
  parallel.verify({ request: req, credentials: creds, now, settings: parallel.settings.parse(extra) });

describe('parallel verify', () => {
  it('accepts a V2 signature over URL + timestamp + body', () => {
    expect(verify(request(signedHeaders([keyA])))).toEqual({ ok: true, scheme: 'ed25519-v2' });
  });

  it('tries every header against every key, so key order does not matter', () => {
    expect(verify(request(signedHeaders([keyB, keyA])), credentials(keyA, keyC))).toEqual({ ok: true, scheme: 'ed25519-v2' });
  });

  it('falls back to the body-only V1 signature when no V2 header came', () => {
    expect(verify(request(signedHeaders([keyA], { v2: false })))).toEqual({ ok: true, scheme: 'ed25519-v1' });
  });

  it.each([
    ['no Parallel header at all', { 'content-type': 'application/json' }],
    ['another provider', { 'x-ploomes-validation-key': 'k', 'user-agent': 'Ploomes' }],
  ])('leaves a request with %s to other providers', (_, headers) => {
    expect(verify(request(headers))).toBeUndefined();
  });

  it("recognises Parallel by its User-Agent alone and says the timestamp is missing", () => {
    expect(verify(request({ 'user-agent': ua }))).toEqual({ ok: false, scheme: 'ed25519', reason: expect.stringMatching(/^X-Parallel-Signature-Timestamp is missing/) });
  });

  it('says when the timestamp is not in milliseconds', () => {
    const headers = { ...signedHeaders([keyA]), 'x-parallel-signature-timestamp': '2026-05-04T10:20:30Z' };
    expect(verify(request(headers))).toMatchObject({ ok: false, reason: expect.stringMatching(/is not a timestamp in milliseconds/) });
  });

  it('says when no signature header came', () => {
    expect(verify(request({ 'user-agent': ua, 'x-parallel-signature-timestamp': ts }))).toMatchObject({
      ok: false,
      scheme: 'ed25519',
      reason: expect.stringMatching(/^no X-Parallel-Signature-V2-1 or X-Parallel-Signature-1 header/),
    });
  });

  it('names the header and the key when the signature was made with another key', () => {
    expect(verify(request(signedHeaders([keyB])))).toMatchObject({ ok: false, reason: expect.stringMatching(/^X-Parallel-Signature-V2-1 does not match public key 1, signed over URL/) });
    expect(verify(request(signedHeaders([keyB])), credentials(keyA, keyC))).toMatchObject({ reason: expect.stringMatching(/does not match any of the 2 public keys/) });
  });

  it('refuses a changed body', () => {
    expect(verify(request(signedHeaders([keyA]), body.replace('PROFILE_CLOSED', 'PROFILE_REOPENED')))).toMatchObject({ ok: false, reason: expect.stringMatching(/does not match public key 1/) });
  });

  it('does not fall back to V1 when V2 fails, and says the URL or timestamp differ', () => {
    const otherUrl = signedHeaders([keyA], { url: 'https://receiver.example/hook' });
    expect(verify(request(otherUrl))).toMatchObject({ ok: false, reason: expect.stringMatching(/but X-Parallel-Signature-1 \(body only\) does: .*another URL than http:\/\/127\.0\.0\.1:4400/) });
    const changedTimestamp = { ...signedHeaders([keyA]), 'x-parallel-signature-timestamp': String(Number(ts) + 1) };
    expect(verify(request(changedTimestamp))).toMatchObject({ ok: false, reason: expect.stringMatching(/timestamp header was changed/) });
  });

  it('refuses a signature altered only in its last character, which a lenient base64 decoder would read unchanged', () => {
    const headers = signedHeaders([keyA], { v1: false });
    const sig = headers['x-parallel-signature-v2-1'] as string; // 86 characters and "==": the last one carries 2 bits
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const sameBits = `${sig.slice(0, 85)}${alphabet[alphabet.indexOf(sig.charAt(85)) ^ 1]}==`;
    expect(Buffer.from(sameBits, 'base64').equals(Buffer.from(sig, 'base64'))).toBe(true);
    expect(verify(request({ ...headers, 'x-parallel-signature-v2-1': sameBits }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/X-Parallel-Signature-V2-1 is not the base64 of a 64-byte Ed25519 signature/),
    });
  });

  it.each([
    ['an hour old', now.getTime() - 3_600_000, /is 3600 s old; the sink accepts 300 s/],
    ['ten minutes ahead', now.getTime() + 600_000, /is 600 s in the future/],
  ])('refuses a well-signed timestamp %s', (_, when, reason) => {
    expect(verify(request(signedHeaders([keyA], { ts: String(when) })))).toMatchObject({ ok: false, scheme: 'ed25519', reason: expect.stringMatching(reason) });
  });

  it('accepts any age when timestampToleranceSeconds is null, as Parallel publishes no window', () => {
    const old = signedHeaders([keyA], { ts: String(now.getTime() - 86_400_000) });
    expect(verify(request(old), credentials(keyA), { timestampToleranceSeconds: null })).toMatchObject({ ok: true });
  });
});
