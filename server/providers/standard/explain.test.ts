import { createHmac, createPublicKey, verify } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareAttempt } from '../../delivery/prepare-attempt.ts';
import type { Faults } from '../../delivery/faults.ts';
import { standard, type StandardCredentials } from './index.ts';

const now = new Date('2026-05-04T10:20:30.456Z');
const fixedBytes = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i * 7 + 3) % 256);
const otherBytes = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i * 13 + 101) % 256);
const current = standard.credentials.generate(fixedBytes);
const rotated = standard.credentials.rotate?.(current, otherBytes) ?? current;

function attempt({ credentials = current, signatures = ['v1'], faults = {} }: { credentials?: StandardCredentials; signatures?: string[]; faults?: Pick<Faults, 'signature'> } = {}) {
  const settings = standard.settings.parse({ signatures });
  const event = 'invoice.paid';
  const { eventId, payload } = standard.generate(event, { seed: 3, now, set: {}, settings });
  const { request } = prepareAttempt({ provider: standard, settings, credentials, event, eventId, payload, target: 'http://127.0.0.1:4400/hook', attempt: 1, now, faults });
  const recorded = { ...request, body: request.body ?? '' };
  return { request: recorded, eventId, explanation: standard.explain?.({ request: recorded, credentials, settings }) };
}

// Independent of the code under test: the spec's v1 and v1a, with node:crypto.
const v1 = (secret: string, content: string) => createHmac('sha256', Buffer.from(secret.replace(/^whsec_/, ''), 'base64')).update(content).digest('base64');
function v1aValid(publicKey: string, content: string, signature: string): boolean {
  const x = Buffer.from(publicKey.replace(/^whpk_/, ''), 'base64').toString('base64url');
  return verify(null, Buffer.from(content), createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' }), Buffer.from(signature, 'base64'));
}
const entries = (value: string | undefined) => (value ?? '').split(' ').map((e) => e.split(',') as [string, string]);

afterEach(() => vi.useRealTimers());

describe('explainStandard', () => {
  it('rebuilds "<webhook-id>.<webhook-timestamp>.<body>" from the headers; v1 is the HMAC under the whsec_ bytes', () => {
    const { request, eventId, explanation } = attempt();
    const ts = String(Math.floor(now.getTime() / 1000));
    expect(explanation?.scheme).toBe('standard-webhooks-v1');
    expect(explanation?.headers.map((h) => [h.name, h.value])).toEqual([
      ['webhook-id', eventId],
      ['webhook-timestamp', ts],
      ['webhook-signature', request.headers['webhook-signature']],
    ]);
    const signature = explanation?.headers[2];
    expect(signature?.signedContent).toBe(`${eventId}.${ts}.${request.body}`);
    const shown = standard.credentials.verification(current);
    expect(explanation?.keys).toEqual([{ label: 'secret', credential: 'secret' }]);
    expect(entries(signature?.value)).toEqual([['v1', v1(shown.secret ?? '', signature?.signedContent ?? '')]]);
  });

  it('describes what the standardwebhooks library accepts', () => {
    const { request } = attempt();
    vi.setSystemTime(now);
    expect(() => new Webhook(current.secret).verify(request.body, request.headers)).not.toThrow();
  });

  it('names v1a entries after the whpk_ public key that verifies them', () => {
    const { explanation } = attempt({ signatures: ['v1a'] });
    expect(explanation?.scheme).toBe('standard-webhooks-v1a');
    expect(explanation?.keys).toEqual([{ label: 'public key', credential: 'publicKey' }]);
    const signature = explanation?.headers.find((h) => h.name === 'webhook-signature');
    const [[version, value] = ['', '']] = entries(signature?.value);
    expect(version).toBe('v1a');
    expect(v1aValid(standard.credentials.verification(current).publicKey ?? '', signature?.signedContent ?? '', value)).toBe(true);
  });

  it('after a rotation, names current and previous keys in the order their entries were sent', () => {
    const { explanation } = attempt({ credentials: rotated, signatures: ['v1', 'v1a'] });
    const shown = standard.credentials.verification(rotated);
    expect(explanation?.scheme).toBe('standard-webhooks-v1+v1a');
    expect(explanation?.keys.map((k) => k.credential)).toEqual(['secret', 'publicKey', 'previousSecret', 'previousPublicKey']);
    const signature = explanation?.headers.find((h) => h.name === 'webhook-signature');
    const content = signature?.signedContent ?? '';
    const [a, b, c, d] = entries(signature?.value);
    expect(a).toEqual(['v1', v1(shown.secret ?? '', content)]);
    expect(v1aValid(shown.publicKey ?? '', content, b?.[1] ?? '')).toBe(true);
    expect(c).toEqual(['v1', v1(shown.previousSecret ?? '', content)]);
    expect(v1aValid(shown.previousPublicKey ?? '', content, d?.[1] ?? '')).toBe(true);
    expect(signature?.computedAs).toMatch(/previous secret/);
  });

  it('describes corrupted signatures as sent', () => {
    const { request, explanation } = attempt({ faults: { signature: 'invalid' } });
    const signature = explanation?.headers.find((h) => h.name === 'webhook-signature');
    expect(signature?.value).toBe(request.headers['webhook-signature']);
    expect(entries(signature?.value)[0]?.[1]).not.toBe(v1(current.secret, signature?.signedContent ?? ''));
  });

  it('finds the headers whatever their case', () => {
    const { request } = attempt();
    const upper = { ...request, headers: Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.startsWith('webhook-') ? k.toUpperCase() : k, v])) };
    const explanation = standard.explain?.({ request: upper, credentials: current, settings: standard.settings.parse({}) });
    expect(explanation?.headers.map((h) => h.name)).toEqual(['WEBHOOK-ID', 'WEBHOOK-TIMESTAMP', 'WEBHOOK-SIGNATURE']);
    expect(explanation?.headers[2]?.signedContent).toBe(`${request.headers['webhook-id']}.${request.headers['webhook-timestamp']}.${request.body}`);
  });

  it('has nothing to explain when the headers are missing', () => {
    expect(attempt({ faults: { signature: 'missing' } }).explanation).toBeUndefined();
  });
});
