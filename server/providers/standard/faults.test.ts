/** What the engine's signature faults do to a Standard Webhooks delivery, as the built-in sink sees it. */
import { describe, expect, it } from 'vitest';
import { prepareAttempt } from '../../delivery/prepare-attempt.ts';
import type { Faults } from '../../delivery/faults.ts';
import { standard } from './index.ts';

const now = new Date('2026-05-04T10:20:30.456Z');
const credentials = standard.credentials.generate((size) => Uint8Array.from({ length: size }, (_, i) => (i * 7 + 3) % 256));

function received(signature: Faults['signature'] | undefined, settingsInput: unknown = {}) {
  const settings = standard.settings.parse(settingsInput);
  const { eventId, payload } = standard.generate('invoice.paid', { seed: 3, now, set: {}, settings });
  const { request } = prepareAttempt({
    provider: standard, settings, credentials, event: 'invoice.paid', eventId, payload,
    target: 'http://127.0.0.1:4400/sink/default', attempt: 1, now, faults: signature ? { signature } : {},
  });
  const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return standard.verify({ request: { method: request.method, url: request.url, headers, body: request.body ?? '' }, credentials, now, settings });
}

describe.each([[['v1']], [['v1a']], [['v1', 'v1a']]])('standard with signatures %j', (signatures) => {
  it('is accepted when nothing is broken', () => {
    expect(received(undefined, { signatures })).toMatchObject({ ok: true });
  });

  it.each([
    ['invalid', /no webhook-signature entry/],
    ['stale', /3600 s \(1 h\) old/],
    ['wrong-secret', /no webhook-signature entry/],
  ] as const)('is refused with signature=%s', (fault, reason) => {
    expect(received(fault, { signatures })).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
  });

  it('is not recognised with signature=missing (no webhook-* header is left)', () => {
    expect(received('missing', { signatures })).toBeUndefined();
  });
});
