import { describe, expect, it } from 'vitest';
import { prepareAttempt } from '../../delivery/prepare-attempt.ts';
import type { Faults } from '../../delivery/faults.ts';
import { connectif, connectifSettingsSchema } from './index.ts';

const now = new Date('2026-05-04T10:20:30.456Z');
const fixedBytes = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i * 7 + 3) % 256);
const credentials = connectif.credentials.generate(fixedBytes);

function attempt(event: string, { settings = {}, faults = {} }: { settings?: Record<string, unknown>; faults?: Pick<Faults, 'signature'> } = {}) {
  const parsed = connectifSettingsSchema.parse(settings);
  const { eventId, payload } = connectif.generate(event, { seed: 8, now, set: {}, settings: parsed });
  const { request } = prepareAttempt({ provider: connectif, settings: parsed, credentials, event, eventId, payload, target: 'http://127.0.0.1:4400/hook', attempt: 1, now, faults });
  const recorded = { ...request, body: request.body ?? '' };
  return { request: recorded, explanation: connectif.explain?.({ request: recorded, credentials, settings: parsed }) };
}

describe('explainConnectif', () => {
  it.each(['send.cupon-emitido', 'email.subscription'])('lists the static token header of %s, nothing signed, named by its credential', (event) => {
    const { request, explanation } = attempt(event);
    const shown = connectif.credentials.verification(credentials);
    expect(explanation).toMatchObject({ scheme: 'static-headers', headers: [{ name: 'X-Connectif-Token', value: request.headers['X-Connectif-Token'] }], keys: [{ credential: 'X-Connectif-Token' }] });
    expect(shown['X-Connectif-Token']).toBe(request.headers['X-Connectif-Token']);
    expect(explanation?.headers[0]).not.toHaveProperty('signedContent');
  });

  it('has nothing to explain on Email Integration webhooks sent without headers, or when the headers are missing', () => {
    expect(attempt('email.bounce', { settings: { emailIntegration: { headers: false } } }).explanation).toBeUndefined();
    expect(attempt('send.cupon-emitido', { faults: { signature: 'missing' } }).explanation).toBeUndefined();
  });

  it('describes a corrupted header as sent', () => {
    const { request, explanation } = attempt('send.cupon-emitido', { faults: { signature: 'invalid' } });
    expect(explanation?.headers[0]?.value).toBe(request.headers['X-Connectif-Token']);
    expect(explanation?.headers[0]?.value).not.toBe(credentials.headers['X-Connectif-Token']);
  });
});
