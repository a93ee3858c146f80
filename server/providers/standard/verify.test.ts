import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ReceivedRequest } from '../types.ts';
import { keyPairFromSeed } from './key-format.ts';
import { signStandard } from './sign.ts';
import { verifyStandard } from './verify.ts';

const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const pair = keyPairFromSeed(Buffer.from('TESTSIGNINGKEYDONOTUSETHISFORANY'));
const credentials = { secret, ed25519: pair };
const now = new Date('2026-05-04T10:20:30.456Z');
const ts = String(Math.floor(now.getTime() / 1000));
const msgId = 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W';
const body = '{"type":"contact.created","timestamp":"2022-11-03T20:26:10.344522Z","data":{"id":"1f81eb52-5198-4599-803e-771906343485"}}';
// Computed with node:crypto, independently of the code under test.
const v1 = `v1,${createHmac('sha256', Buffer.from(secret.slice(6), 'base64')).update(`${msgId}.${ts}.${body}`).digest('base64')}`;

const request = (headers: Record<string, string>, text = body): ReceivedRequest => ({ method: 'POST', url: '/sink/default', headers, body: text });
const valid = { 'webhook-id': msgId, 'webhook-timestamp': ts, 'webhook-signature': v1 };
const verify = (headers: Record<string, string>, text = body, creds: Parameters<typeof verifyStandard>[0]['credentials'] = credentials, at = now) =>
  verifyStandard({ request: request(headers, text), credentials: creds, now: at });
const signed = (signatures: ('v1' | 'v1a')[], creds = credentials) =>
  signStandard({ request: { method: 'POST', url: '/', headers: {}, body }, eventId: msgId, credentials: creds, now, settings: { signatures } });

describe('standard verify', () => {
  it('accepts a v1 signature computed independently', () => {
    expect(verify(valid)).toEqual({ ok: true, scheme: 'standard-webhooks-v1' });
  });

  it('accepts a v1a signature, and either entry when both are sent', () => {
    expect(verify(signed(['v1a']))).toEqual({ ok: true, scheme: 'standard-webhooks-v1a' });
    expect(verify({ ...signed(['v1', 'v1a']), 'webhook-signature': `v1,bm9wZQ== ${signed(['v1a'])['webhook-signature']}` })).toMatchObject({ ok: true });
  });

  it('skips unknown versions and wrong entries until one matches, as the libraries do', () => {
    const entries = ['v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=', 'v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=', v1].join(' ');
    expect(verify({ ...valid, 'webhook-signature': entries })).toMatchObject({ ok: true });
  });

  it('accepts a signature made with the previous secret during a rotation', () => {
    const rotated = { secret: 'whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX', previous: { secret } };
    expect(verify(valid, body, rotated)).toMatchObject({ ok: true });
  });

  it('leaves a request without any webhook-* header to other providers', () => {
    expect(verify({ 'content-type': 'application/json' })).toBeUndefined();
  });

  it.each(['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const)('names a missing %s', (name) => {
    const { [name]: _gone, ...rest } = valid;
    expect(verify(rest)).toEqual({ ok: false, scheme: 'standard-webhooks', reason: expect.stringMatching(new RegExp(`^${name} is missing`)) });
  });

  it.each([
    ['a timestamp that is not a number', 'hello', /not a Unix time in whole seconds/],
    ['a timestamp in milliseconds', String(now.getTime()), /looks like milliseconds/],
    ['a timestamp an hour old (a replay)', String(Number(ts) - 3600), /3600 s \(1 h\) old; receivers refuse more than 5 min/],
    ['a timestamp 301 s old', String(Number(ts) - 301), /301 s old/],
    ['a timestamp 10 min in the future', String(Number(ts) + 600), /600 s in the future/],
  ])('refuses %s', (_, timestamp, reason) => {
    expect(verify({ ...valid, 'webhook-timestamp': timestamp })).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
  });

  it('accepts a timestamp exactly 5 min old or ahead', () => {
    const at = (offset: number) => new Date(now.getTime() + offset * 1000);
    expect(verify(valid, body, credentials, at(300))).toMatchObject({ ok: true });
    expect(verify(valid, body, credentials, at(-300))).toMatchObject({ ok: true });
  });

  it.each([
    ['an altered body', valid, `${body} `],
    ['an altered webhook-id', { ...valid, 'webhook-id': `${msgId.slice(0, -1)}X` }, body],
    ['an altered signature', { ...valid, 'webhook-signature': `${v1.slice(0, 10)}${v1[10] === 'A' ? 'B' : 'A'}${v1.slice(11)}` }, body],
    ['a signature with another secret', { ...valid, 'webhook-signature': signed(['v1'], { secret: 'whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX', ed25519: pair })['webhook-signature'] ?? '' }, body],
    ['an empty v1 entry', { ...valid, 'webhook-signature': 'v1,' }, body],
  ])('refuses %s, saying what the signature covers', (_, headers, text) => {
    expect(verify(headers, text)).toMatchObject({ ok: false, reason: expect.stringMatching(/no webhook-signature entry \(1 v1\) matches.*<webhook-id>\.<webhook-timestamp>\.<raw body>/) });
  });

  it('refuses a v1a signature whose base64 padding bits were altered (same bytes, not canonical)', () => {
    const good = signed(['v1a'])['webhook-signature'] ?? '';
    const sig = good.slice(4, -2);
    const last = sig.at(-1) ?? 'A';
    // The last character before "==" carries 2 data bits and 4 padding bits: flip a padding bit.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const flipped = alphabet[alphabet.indexOf(last) ^ 1] ?? 'A';
    const altered = `v1a,${sig.slice(0, -1)}${flipped}==`;
    expect(Buffer.from(altered.slice(4), 'base64').equals(Buffer.from(good.slice(4), 'base64'))).toBe(true);
    expect(verify({ ...valid, 'webhook-signature': altered })).toMatchObject({ ok: false });
  });

  it('refuses a header without any v1 or v1a entry', () => {
    expect(verify({ ...valid, 'webhook-signature': 'v2,abc' })).toMatchObject({ ok: false, reason: expect.stringMatching(/no v1 or v1a entry/) });
  });

  it('says when v1a entries cannot be checked because there is no public key', () => {
    expect(verify(signed(['v1a']), body, { secret })).toMatchObject({ ok: false, reason: expect.stringMatching(/no whpk_ public key/) });
  });

  it('reads the branded names it is given', () => {
    const names = { id: 'svix-id', timestamp: 'svix-timestamp', signature: 'svix-signature' };
    const headers = { 'svix-id': msgId, 'svix-timestamp': ts, 'svix-signature': v1 };
    expect(verifyStandard({ request: request(headers), credentials, now, names })).toMatchObject({ ok: true });
    expect(verifyStandard({ request: request(valid), credentials, now, names })).toBeUndefined();
  });
});
