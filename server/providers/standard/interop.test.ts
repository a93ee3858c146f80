/**
 * hookbench's Standard Webhooks deliveries against independent implementations: the official
 * `standardwebhooks` package (v1) and node:crypto's Ed25519 with the raw whpk_ key as a JWK (v1a).
 */
import { createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { corruptAuthHeaders } from '../../delivery/break-request.ts';
import { standard } from './index.ts';

// The package checks the timestamp against the wall clock, so these tests sign with it.
const now = () => new Date();
const credentials = standard.credentials.generate((size) => Uint8Array.from({ length: size }, (_, i) => (i * 37 + 11) % 256));
const both = standard.settings.parse({ signatures: ['v1', 'v1a'] });

function deliver(event: string, settings = standard.settings.parse({}), at = now()) {
  const { eventId, payload } = standard.generate(event, { seed: 42, now: at, set: {}, settings });
  const request = standard.encode({ event, eventId, payload, target: 'http://127.0.0.1:3000/webhooks', attempt: 1, settings });
  const auth = standard.sign({ request, eventId, credentials, now: at, settings });
  return { body: request.body ?? '', auth, headers: { ...request.headers, ...auth } };
}

describe('standard deliveries, checked by the standardwebhooks package', () => {
  it.each([...Object.keys(standard.catalogue), 'anything.you_like'])('%s verifies with new Webhook(secret).verify', (event) => {
    const { body, headers } = deliver(event);
    expect(new Webhook(credentials.secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('verifies when v1a is sent next to v1 (the package skips what it does not know)', () => {
    const { body, headers } = deliver('invoice.paid', both);
    expect(() => new Webhook(credentials.secret).verify(body, headers)).not.toThrow();
  });

  it('refuses what the signature=invalid fault sends', () => {
    const { body, headers, auth } = deliver('user.created');
    expect(() => new Webhook(credentials.secret).verify(body, { ...headers, ...corruptAuthHeaders(auth) })).toThrow(WebhookVerificationError);
  });

  it('refuses a stale delivery (signed an hour ago) as too old', () => {
    const { body, headers } = deliver('user.created', undefined, new Date(Date.now() - 3_600_000));
    expect(() => new Webhook(credentials.secret).verify(body, headers)).toThrow(/too old/);
  });

  it("accepts the package's own signature in hookbench's verifier", () => {
    const at = now();
    const body = '{"type":"ping","timestamp":"2026-01-01T00:00:00.000Z","data":{}}';
    const headers = { 'webhook-id': 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W', 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': new Webhook(credentials.secret).sign('msg_2KWPBgLlAfxdpx2AI54pPJ85f4W', at, body) };
    expect(standard.verify({ request: { method: 'POST', url: '/', headers, body }, credentials, now: at, settings: standard.settings.parse({}) })).toMatchObject({ ok: true });
  });
});

describe('standard v1a deliveries, checked with node:crypto', () => {
  const publicKey = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from((credentials.ed25519?.publicKey ?? '').slice('whpk_'.length), 'base64').toString('base64url') },
    format: 'jwk',
  });

  it('signs "<webhook-id>.<webhook-timestamp>.<body>" with Ed25519, verifiable with the whpk_ key alone', () => {
    const { body, auth } = deliver('order.shipped', standard.settings.parse({ signatures: ['v1a'] }));
    const [version, signature = ''] = (auth['webhook-signature'] ?? '').split(',');
    expect(version).toBe('v1a');
    const content = Buffer.from(`${auth['webhook-id']}.${auth['webhook-timestamp']}.${body}`);
    expect(cryptoVerify(null, content, publicKey, Buffer.from(signature, 'base64'))).toBe(true);
    expect(cryptoVerify(null, Buffer.concat([content, Buffer.from(' ')]), publicKey, Buffer.from(signature, 'base64'))).toBe(false);
  });
});
