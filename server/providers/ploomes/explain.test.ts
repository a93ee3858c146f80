import { describe, expect, it } from 'vitest';
import { prepareAttempt } from '../../delivery/prepare-attempt.ts';
import type { Faults } from '../../delivery/faults.ts';
import { ploomes } from './index.ts';
import type { PloomesCredentials } from './credentials.ts';

const now = new Date('2026-05-04T10:20:30.456Z');
const fixedBytes = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i * 7 + 3) % 256);
const credentials = ploomes.credentials.generate(fixedBytes);
const settings = ploomes.settings.parse({});

function attempt(faults: Pick<Faults, 'signature'> = {}, creds: PloomesCredentials = credentials, parsed = settings) {
  const event = 'Deals.Win';
  const { eventId, payload } = ploomes.generate(event, { seed: 4, now, set: {}, settings });
  const { request } = prepareAttempt({ provider: ploomes, settings: parsed, credentials: creds, event, eventId, payload, target: 'http://127.0.0.1:4400/hook', attempt: 1, now, faults });
  return { ...request, body: request.body ?? '' };
}

describe('explainPloomes', () => {
  it('names the validation key header as sent, its value, and the credential that checks it', () => {
    const request = attempt();
    const explanation = ploomes.explain?.({ request, credentials, settings });
    expect(explanation).toMatchObject({
      scheme: 'validation-key',
      headers: [{ name: 'X-Ploomes-Validation-Key', value: credentials.validationKey }],
      keys: [{ label: 'validation key', credential: 'validationKey' }],
    });
    // A key echoed as is signs nothing.
    expect(explanation?.headers[0]).not.toHaveProperty('signedContent');
    expect(ploomes.credentials.verification(credentials)[explanation?.keys[0]?.credential ?? '']).toBe(request.headers['X-Ploomes-Validation-Key']);
    expect(explanation?.snippet).toContain("req.headers['x-ploomes-validation-key']");
  });

  it('finds the header whatever its case', () => {
    const { 'X-Ploomes-Validation-Key': key = '', ...rest } = attempt().headers;
    const request = { ...attempt(), headers: { ...rest, 'x-ploomes-VALIDATION-key': key } };
    expect(ploomes.explain?.({ request, credentials, settings })?.headers).toEqual([{ name: 'x-ploomes-VALIDATION-key', value: key, computedAs: expect.any(String) }]);
  });

  it('describes a corrupted key as it was sent, without judging it', () => {
    const request = attempt({ signature: 'invalid' });
    const value = request.headers['X-Ploomes-Validation-Key'];
    expect(value).not.toBe(credentials.validationKey);
    expect(ploomes.explain?.({ request, credentials, settings })?.headers[0]?.value).toBe(value);
  });

  it("names no credential when the webhook carries its own key from the settings", () => {
    const own = ploomes.settings.parse({ validationKey: 'registered-key-1' });
    const explanation = ploomes.explain?.({ request: attempt({}, credentials, own), credentials, settings: own });
    expect(explanation?.headers[0]?.value).toBe('registered-key-1');
    expect(explanation?.keys).toEqual([]);
    expect(explanation?.summary).toMatch(/settings\.validationKey/);
  });

  it.each([
    ['a signature=missing attempt', attempt({ signature: 'missing' })],
    ['a webhook registered without a validation key', attempt({}, { ...credentials, validationKey: '' })],
  ])('has nothing to explain for %s', (_, request) => {
    expect(ploomes.explain?.({ request, credentials, settings })).toBeUndefined();
  });
});
