import { describe, expect, it } from 'vitest';
import { prepareAttempt } from '../../delivery/prepare-attempt.ts';
import type { Faults } from '../../delivery/faults.ts';
import { idloom } from './index.ts';
import type { IdloomCredentials } from './credentials.ts';

const now = new Date('2026-05-04T10:20:30.456Z');
const fixedBytes = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i * 7 + 3) % 256);
const generated = idloom.credentials.generate(fixedBytes);

function attempt({ credentials = generated, settings = {}, faults = {} }: { credentials?: IdloomCredentials; settings?: Record<string, unknown>; faults?: Pick<Faults, 'signature'> } = {}) {
  const parsed = idloom.settings.parse(settings);
  const event = 'guest.update';
  const { eventId, payload } = idloom.generate(event, { seed: 6, now, set: {}, settings: parsed });
  const { request } = prepareAttempt({ provider: idloom, settings: parsed, credentials, event, eventId, payload, target: 'http://127.0.0.1:4400/hook', attempt: 1, now, faults });
  const recorded = { ...request, body: request.body ?? '' };
  return { request: recorded, explanation: idloom.explain?.({ request: recorded, credentials, settings: parsed }) };
}

describe('explainIdloom', () => {
  it('lists the webhook headers sent, with nothing signed, each named by the credential that holds its value', () => {
    const { request, explanation } = attempt();
    expect(explanation).toMatchObject({ scheme: 'static-headers', headers: [{ name: 'Authorization', value: request.headers.Authorization }], keys: [{ credential: 'Authorization' }] });
    expect(explanation?.headers[0]).not.toHaveProperty('signedContent');
    expect(idloom.credentials.verification(generated).Authorization).toBe(request.headers.Authorization);
  });

  it('explains every secret header, a GET without body included, and names one called apiKey as verification() does', () => {
    const credentials = { headers: { 'X-Token': 'tok-1', apiKey: 'key-2' }, apiKey: 'rest-api-key' };
    const { request, explanation } = attempt({ credentials, settings: { method: 'GET' } });
    expect(request.body).toBe('');
    expect(explanation?.headers.map((h) => [h.name, h.value])).toEqual([['X-Token', 'tok-1'], ['apiKey', 'key-2']]);
    expect(explanation?.keys.map((k) => k.credential)).toEqual(['X-Token', 'headers.apiKey']);
    const shown = idloom.credentials.verification(credentials);
    for (const key of explanation?.keys ?? []) expect(Object.keys(shown)).toContain(key.credential);
  });

  it('leaves out the plain custom headers of the settings: they are not authentication', () => {
    const { request, explanation } = attempt({ settings: { headers: { 'X-Source': 'idloom' } } });
    expect(request.headers['X-Source']).toBe('idloom');
    expect(explanation?.headers.map((h) => h.name)).toEqual(['Authorization']);
  });

  it('describes a corrupted header as sent', () => {
    const { request, explanation } = attempt({ faults: { signature: 'invalid' } });
    expect(explanation?.headers[0]?.value).toBe(request.headers.Authorization);
    expect(explanation?.headers[0]?.value).not.toBe(generated.headers.Authorization);
  });

  it('has nothing to explain when the headers are missing', () => {
    expect(attempt({ faults: { signature: 'missing' } }).explanation).toBeUndefined();
  });
});
