import { describe, expect, it } from 'vitest';
import type { ReceivedRequest } from '../types.ts';
import { ploomes } from './index.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const credentials = { validationKey: 'q3J1dmFsaWRhdGlvbi1rZXktMTIz', userKey: 'ABCDEF' };
const envelope = JSON.stringify({ Action: 'Update', Entity: 'Deals', AccountId: 1, ActionUserId: 2, WebhookId: 3, WebhookCreatorId: 4, New: { Id: 5 }, Old: { Id: 5 } });
const request = (headers: Record<string, string>, body = envelope): ReceivedRequest => ({ method: 'POST', url: '/sink/default', headers, body });
const wire = { method: 'POST' as const, url: 'http://127.0.0.1:3000/hook', headers: {}, body: envelope };
const verify = (req: ReceivedRequest, creds = credentials) => ploomes.verify({ request: req, credentials: creds, now, settings: ploomes.settings.parse({}) });

describe('ploomes sign', () => {
  it('sends the validation key in X-Ploomes-Validation-Key', () => {
    expect(ploomes.sign({ request: wire, eventId: 'e', credentials, now, settings: ploomes.settings.parse({}) })).toEqual({
      'X-Ploomes-Validation-Key': 'q3J1dmFsaWRhdGlvbi1rZXktMTIz',
    });
  });

  it('sends no header when the webhook was registered without a key', () => {
    expect(ploomes.sign({ request: wire, eventId: 'e', credentials: { ...credentials, validationKey: '' }, now, settings: ploomes.settings.parse({}) })).toEqual({});
  });

  it("sends the webhook's own ValidationKey from the settings instead of the credential", () => {
    const settings = ploomes.settings.parse({ validationKey: 'per-webhook-key' });
    expect(ploomes.sign({ request: wire, eventId: 'e', credentials, now, settings })).toEqual({ 'X-Ploomes-Validation-Key': 'per-webhook-key' });
  });

  it('sends no header for a webhook registered without a key, even when the workbench has one', () => {
    expect(ploomes.sign({ request: wire, eventId: 'e', credentials, now, settings: ploomes.settings.parse({ validationKey: '' }) })).toEqual({});
  });
});

describe('ploomes verify', () => {
  it('checks against the key in the settings when one is set, as the signer sends it', () => {
    const settings = ploomes.settings.parse({ validationKey: 'per-webhook-key' });
    const check = (key: string) => ploomes.verify({ request: request({ 'x-ploomes-validation-key': key }), credentials, now, settings });
    expect(check('per-webhook-key')).toEqual({ ok: true, scheme: 'validation-key' });
    expect(check(credentials.validationKey)).toMatchObject({ ok: false });
  });

  it('accepts the right key', () => {
    expect(verify(request({ 'x-ploomes-validation-key': credentials.validationKey }))).toEqual({ ok: true, scheme: 'validation-key' });
  });

  it('reports a missing key on a Ploomes envelope', () => {
    expect(verify(request({}))).toEqual({ ok: false, scheme: 'validation-key', reason: 'X-Ploomes-Validation-Key is missing' });
  });

  it('reports a wrong key of the same length', () => {
    const wrong = `${credentials.validationKey.slice(0, -1)}4`;
    expect(verify(request({ 'x-ploomes-validation-key': wrong }))).toMatchObject({ ok: false, reason: expect.stringMatching(/does not match/) });
  });

  it('reports a wrong key of another length without throwing', () => {
    expect(verify(request({ 'x-ploomes-validation-key': 'short' }))).toMatchObject({ ok: false, reason: expect.stringMatching(/does not match/) });
    expect(verify(request({ 'x-ploomes-validation-key': `${credentials.validationKey}x` }))).toMatchObject({ ok: false });
  });

  it('checks the header even when the body is not a Ploomes envelope', () => {
    expect(verify(request({ 'x-ploomes-validation-key': 'nope' }, 'hello'))).toMatchObject({ ok: false });
  });

  it('accepts a keyless delivery when no key is configured, and flags an unexpected one', () => {
    const keyless = { ...credentials, validationKey: '' };
    expect(verify(request({}), keyless)).toEqual({ ok: true, scheme: 'validation-key' });
    expect(verify(request({ 'x-ploomes-validation-key': 'x' }), keyless)).toMatchObject({ ok: false });
  });

  it.each([
    ['a JSON body of another provider', '{"type":"PROFILE_CREATED","data":{}}'],
    ['text that mentions "Action"', 'not json "Action"'],
    ['an empty body', ''],
  ])('leaves %s to other providers', (_, body) => {
    expect(verify(request({ 'content-type': 'application/json' }, body))).toBeUndefined();
  });

  it('verifies what the workbench itself signs', () => {
    const headers = ploomes.sign({ request: wire, eventId: 'e', credentials, now, settings: ploomes.settings.parse({}) });
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    expect(verify(request(lower))?.ok).toBe(true);
  });
});
