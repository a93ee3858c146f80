import { createHash, createHmac } from 'node:crypto';
import { Signature } from '@hubspot/api-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReceivedRequest, WireRequest } from '../types.ts';
import { hubspot } from './index.ts';

const now = new Date('2026-05-04T10:20:30.456Z');
const credentials = { clientSecret: '7c1d3e5f-2a4b-4c6d-8e0f-1a2b3c4d5e6f', appId: 3412856, accessToken: 'pat-na1-x', developerApiKey: 'k' };
const target = 'https://hooks.example.com/hubspot?tenant=acme&x=1';
const body =
  '[{"eventId":1894412351,"subscriptionId":2451235,"portalId":62515,"appId":54321,"occurredAt":1718000000123,"subscriptionType":"contact.propertyChange","attemptNumber":0,"objectId":123,"propertyName":"email","propertyValue":"jane@example.com","changeSource":"CRM_UI","sourceId":"userId:45678"}]';

const settingsFor = (overrides: Record<string, unknown> = {}) => hubspot.settings.parse(overrides);
function signed(overrides: Record<string, unknown> = {}, signAt = now, creds = credentials) {
  const settings = settingsFor(overrides);
  const encoded = hubspot.encode({ event: 'contact.propertyChange', eventId: '1894412351', payload: JSON.parse(body), target, attempt: 1, settings });
  const auth = hubspot.sign({ request: encoded, eventId: '1894412351', credentials: creds, now: signAt, settings });
  return { ...encoded, headers: { ...encoded.headers, ...auth } };
}
function received(request: WireRequest, change: Partial<ReceivedRequest> = {}): ReceivedRequest {
  const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { method: request.method, url: request.url, headers, body: request.body ?? '', ...change };
}
const verify = (request: ReceivedRequest, at = now, creds = credentials) => hubspot.verify({ request, credentials: creds, now: at, settings: settingsFor() });
const without = (request: ReceivedRequest, ...names: string[]): ReceivedRequest => ({
  ...request,
  headers: Object.fromEntries(Object.entries(request.headers).filter(([k]) => !names.includes(k))),
});

describe('hubspot sign', () => {
  it('sends v3 with its timestamp and the v1 pair by default, computed as the docs describe', () => {
    const request = signed();
    const ts = String(now.getTime());
    expect(request.headers).toMatchObject({
      'X-HubSpot-Signature-Version': 'v1',
      'X-HubSpot-Signature': createHash('sha256').update(credentials.clientSecret + request.body).digest('hex'),
      'X-HubSpot-Signature-v3': createHmac('sha256', credentials.clientSecret).update(`POST${target}${request.body}${ts}`).digest('base64'),
      'X-HubSpot-Request-Timestamp': ts,
    });
  });

  it('drops the v1 pair when includeV1 is off', () => {
    const { headers } = signed({ includeV1: false });
    expect(Object.keys(headers).filter((k) => k.startsWith('X-HubSpot-Sig')).sort()).toEqual(['X-HubSpot-Signature-v3']);
  });

  it.each([
    ['v1', (b: string) => createHash('sha256').update(credentials.clientSecret + b).digest('hex')],
    ['v2', (b: string) => createHash('sha256').update(`${credentials.clientSecret}POST${target}${b}`).digest('hex')],
  ])('sends only X-HubSpot-Signature for %s, with its version and no timestamp', (version, expected) => {
    const request = signed({ signatureVersion: version });
    expect(request.headers['X-HubSpot-Signature-Version']).toBe(version);
    expect(request.headers['X-HubSpot-Signature']).toBe(expected(request.body ?? ''));
    expect(request.headers).not.toHaveProperty('X-HubSpot-Signature-v3');
    expect(request.headers).not.toHaveProperty('X-HubSpot-Request-Timestamp');
  });

  it('signs the URI with the percent-encoded characters HubSpot decodes', () => {
    const settings = settingsFor();
    const url = 'https://hooks.example.com/h?next=%2Fdone';
    const request = { method: 'POST' as const, url, headers: {}, body: '[]' };
    const { 'X-HubSpot-Signature-v3': v3 } = hubspot.sign({ request, eventId: 'e', credentials, now, settings });
    expect(v3).toBe(createHmac('sha256', credentials.clientSecret).update(`POSThttps://hooks.example.com/h?next=/done[]${now.getTime()}`).digest('base64'));
  });
});

describe('the official SDK (Signature.isValid)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
  });
  afterEach(() => vi.useRealTimers());

  const sdk = (request: WireRequest, version: string, signature: string, extra: { requestBody?: string; url?: string } = {}) =>
    Signature.isValid({
      signature,
      clientSecret: credentials.clientSecret,
      requestBody: extra.requestBody ?? request.body ?? '',
      signatureVersion: version,
      url: extra.url ?? request.url,
      method: request.method,
      timestamp: Number(request.headers['X-HubSpot-Request-Timestamp']),
    });

  it.each([
    ['v3', {}, 'X-HubSpot-Signature-v3'],
    ['v1', {}, 'X-HubSpot-Signature'],
    ['v1', { signatureVersion: 'v1' }, 'X-HubSpot-Signature'],
    ['v2', { signatureVersion: 'v2' }, 'X-HubSpot-Signature'],
  ])('accepts the %s signature hookbench sends with settings %j', (version, settings, header) => {
    const request = signed(settings);
    expect(sdk(request, version, request.headers[header] ?? '')).toBe(true);
  });

  it.each([
    ['v3', {}, 'X-HubSpot-Signature-v3'],
    ['v1', { signatureVersion: 'v1' }, 'X-HubSpot-Signature'],
    ['v2', { signatureVersion: 'v2' }, 'X-HubSpot-Signature'],
  ])('rejects a %s signature over another body, and one signed with another secret', (version, settings, header) => {
    const request = signed(settings);
    expect(sdk(request, version, request.headers[header] ?? '', { requestBody: body.replace('jane', 'john') })).toBe(false);
    const forged = signed(settings, now, { ...credentials, clientSecret: 'another-secret' });
    expect(sdk(request, version, forged.headers[header] ?? '')).toBe(false);
  });

  it('rejects a v3 signature for another URL', () => {
    const request = signed();
    expect(sdk(request, 'v3', request.headers['X-HubSpot-Signature-v3'] ?? '', { url: target.replace('acme', 'other') })).toBe(false);
  });

  it('throws on a v3 signature older than 5 minutes, as the SDK does', () => {
    const request = signed({}, new Date(now.getTime() - 5 * 60 * 1000 - 1));
    expect(() => sdk(request, 'v3', request.headers['X-HubSpot-Signature-v3'] ?? '')).toThrow(/Timestamp is invalid/);
  });
});

describe('hubspot verify', () => {
  it.each([
    ['v3 with the v1 pair', {}, 'hubspot-v3'],
    ['v3 alone', { includeV1: false }, 'hubspot-v3'],
    ['v1', { signatureVersion: 'v1' }, 'hubspot-v1'],
    ['v2', { signatureVersion: 'v2' }, 'hubspot-v2'],
  ])('accepts %s', (_, settings, scheme) => {
    expect(verify(received(signed(settings)))).toEqual({ ok: true, scheme });
  });

  it('accepts a v3 request exactly 5 minutes old and refuses one a millisecond older, naming its age', () => {
    const request = received(signed());
    expect(verify(request, new Date(now.getTime() + 300_000))?.ok).toBe(true);
    expect(verify(request, new Date(now.getTime() + 300_001))).toEqual({
      ok: false,
      scheme: 'hubspot-v3',
      reason: expect.stringMatching(/is 300 s old: .*older than 5 minutes/),
    });
  });

  it('refuses a stale v3 request even though its v1 digest is right', () => {
    expect(verify(received(signed({}, new Date(now.getTime() - 3_600_000))))?.reason).toMatch(/3600 s old/);
  });

  it('refuses v3 without its timestamp', () => {
    expect(verify(without(received(signed()), 'x-hubspot-request-timestamp'))).toMatchObject({ ok: false, reason: expect.stringMatching(/X-HubSpot-Request-Timestamp is missing/) });
  });

  it('refuses a timestamp that is not milliseconds', () => {
    const request = received(signed());
    request.headers['x-hubspot-request-timestamp'] = '2026-05-04T10:20:30Z';
    expect(verify(request)?.reason).toMatch(/not milliseconds since the epoch/);
  });

  it.each([
    ['the body', { body: body.replace('jane', 'john') }],
    ['the URL', { url: target.replace('acme', 'other') }],
    ['the method', { method: 'PUT' }],
  ])('refuses a v3 signature when %s differs, naming what was signed', (_, change) => {
    expect(verify(received(signed(), change))).toEqual({ ok: false, scheme: 'hubspot-v3', reason: expect.stringMatching(/X-HubSpot-Signature-v3 does not match .*client secret/) });
  });

  it('refuses v3 signed with another secret', () => {
    expect(verify(received(signed({}, now, { ...credentials, clientSecret: 'other' })))?.ok).toBe(false);
  });

  it('refuses a wrong v1 or v2 digest, naming the version', () => {
    expect(verify(received(signed({ signatureVersion: 'v1' }), { body: `${body} ` }))).toMatchObject({ ok: false, scheme: 'hubspot-v1', reason: expect.stringMatching(/sha256\(client secret \+ body\)/) });
    expect(verify(received(signed({ signatureVersion: 'v2' }), { url: `${target}&y=2` }))).toMatchObject({ ok: false, scheme: 'hubspot-v2', reason: expect.stringMatching(/v2/) });
  });

  it('checks a signature without a version header as v1, as the SDK does', () => {
    expect(verify(without(received(signed({ signatureVersion: 'v1' })), 'x-hubspot-signature-version'))).toEqual({ ok: true, scheme: 'hubspot-v1' });
  });

  it('refuses an unknown signature version', () => {
    const request = received(signed({ signatureVersion: 'v1' }));
    request.headers['x-hubspot-signature-version'] = 'v0';
    expect(verify(request)).toMatchObject({ ok: false, reason: expect.stringMatching(/"v0"; HubSpot sends v1 or v2/) });
  });

  it('refuses a HubSpot delivery with no signature at all', () => {
    const bare = without(received(signed()), 'x-hubspot-signature', 'x-hubspot-signature-v3', 'x-hubspot-request-timestamp');
    expect(verify(bare)).toEqual({ ok: false, scheme: 'hubspot-signature', reason: expect.stringMatching(/both missing/) });
    expect(verify(without(bare, 'x-hubspot-signature-version', 'user-agent'))?.ok).toBe(false);
  });

  it.each([
    ['a Ploomes envelope', { 'content-type': 'application/json' }, '{"Action":"Update","Entity":"Deals","New":{},"Old":{}}'],
    ['a Standard Webhooks request', { 'webhook-id': 'msg_1', 'webhook-signature': 'v1,abc' }, '{"type":"x"}'],
    ['an empty body', {}, ''],
    ['an array that is not HubSpot events', {}, '[{"id":1}]'],
  ])('leaves %s to other providers', (_, headers, text) => {
    expect(verify({ method: 'POST', url: target, headers, body: text })).toBeUndefined();
  });
});
