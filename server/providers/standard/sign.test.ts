import { describe, expect, it } from 'vitest';
import type { WireRequest } from '../types.ts';
import { keyPairFromSeed } from './key-format.ts';
import { signStandard } from './sign.ts';

// The published vectors: standard-webhooks libraries/javascript/src/webhook.test.ts ("sign function
// works") and libraries/go/webhook_asymmetric_test.go (TestAsymmetricWebhookSign).
const vector = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  signingKey: 'whsk_VEVTVFNJR05JTkdLRVlET05PVFVTRVRISVNGT1JBTlk=',
  msgId: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  now: new Date(1614265330 * 1000),
  body: '{"test": 2432232314}',
  v1: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
  v1a: 'v1a,tQ9V2XOqn7jL/DQenEFpqIugdBVtiMmER5mhSkXBNwM0mkATuDe6KYYUuxqtaiHeYGb7KaaBRdM5WqyeFiL8Ag==',
};
const vectorPair = keyPairFromSeed(Buffer.from(vector.signingKey.slice(5), 'base64'));
const request: WireRequest = { method: 'POST', url: 'http://127.0.0.1:3000/hook', headers: {}, body: vector.body };
const sign = (signatures: ('v1' | 'v1a')[], credentials: Parameters<typeof signStandard>[0]['credentials'] = { secret: vector.secret, ed25519: vectorPair }, now = vector.now) =>
  signStandard({ request, eventId: vector.msgId, credentials, now, settings: { signatures } });

describe('standard sign', () => {
  it('reproduces the published v1 vector', () => {
    expect(sign(['v1'])).toEqual({ 'webhook-id': vector.msgId, 'webhook-timestamp': '1614265330', 'webhook-signature': vector.v1 });
  });

  it('reproduces the published v1a vector', () => {
    expect(sign(['v1a'])['webhook-signature']).toBe(vector.v1a);
  });

  it('sends both schemes, in the order the settings list them', () => {
    expect(sign(['v1', 'v1a'])['webhook-signature']).toBe(`${vector.v1} ${vector.v1a}`);
    expect(sign(['v1a', 'v1'])['webhook-signature']).toBe(`${vector.v1a} ${vector.v1}`);
  });

  it('writes the attempt clock in whole seconds, and keeps the webhook-id of the delivery', () => {
    const headers = sign(['v1'], undefined, new Date(1614265330_999));
    expect(headers['webhook-timestamp']).toBe('1614265330');
    expect(headers['webhook-id']).toBe(vector.msgId);
  });

  it('signs with the previous key set too during a rotation, current first', () => {
    const previous = { secret: vector.secret, ed25519: vectorPair };
    const current = { secret: 'whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX', ed25519: keyPairFromSeed(new Uint8Array(32)), previous };
    const entries = sign(['v1', 'v1a'], current)['webhook-signature']?.split(' ');
    expect(entries).toHaveLength(4);
    expect(entries?.slice(2)).toEqual([vector.v1, vector.v1a]);
    expect(entries?.[0]).not.toBe(vector.v1);
  });

  it('skips v1a for a previous key set that has no key pair', () => {
    const current = { secret: 'whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX', ed25519: vectorPair, previous: { secret: vector.secret } };
    expect(sign(['v1a'], current)['webhook-signature']).toBe(vector.v1a);
  });

  it('refuses v1a without a key pair, saying how to add one', () => {
    expect(() => sign(['v1a'], { secret: vector.secret })).toThrow(/no ed25519 key pair.*whsk_/);
  });

  it('takes other header names for branded senders (Svix without whitelabel_headers)', () => {
    const names = { id: 'svix-id', timestamp: 'svix-timestamp', signature: 'svix-signature' };
    const headers = signStandard({ request, eventId: vector.msgId, credentials: { secret: vector.secret }, now: vector.now, settings: { signatures: ['v1'] }, names });
    expect(headers).toEqual({ 'svix-id': vector.msgId, 'svix-timestamp': '1614265330', 'svix-signature': vector.v1 });
  });
});
