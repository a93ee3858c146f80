import { createHash, createHmac } from 'node:crypto';
import { Signature } from '@hubspot/api-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareAttempt } from '../../delivery/prepare-attempt.ts';
import type { Faults } from '../../delivery/faults.ts';
import { hubspot } from './index.ts';

const now = new Date('2026-05-04T10:20:30.456Z');
// HubSpot's v3 URI decodes %2F and %3F; %20 stays encoded.
const target = 'https://hooks.example.com/hubspot?next=%2Fdone%3Fok&q=a%20b';
const decodedTarget = 'https://hooks.example.com/hubspot?next=/done?ok&q=a%20b';
const fixedBytes = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i * 7 + 3) % 256);
const credentials = hubspot.credentials.generate(fixedBytes);
const clientSecret = hubspot.credentials.verification(credentials).clientSecret ?? '';

function attempt(settings: Record<string, unknown> = {}, faults: Pick<Faults, 'signature'> = {}) {
  const parsed = hubspot.settings.parse(settings);
  const event = 'contact.propertyChange';
  const { eventId, payload } = hubspot.generate(event, { seed: 2, now, set: {}, settings: parsed });
  const { request } = prepareAttempt({ provider: hubspot, settings: parsed, credentials, event, eventId, payload, target, attempt: 2, now, faults });
  const recorded = { ...request, body: request.body ?? '' };
  return { request: recorded, explanation: hubspot.explain?.({ request: recorded, credentials, settings: parsed }) };
}

const headerOf = (explanation: ReturnType<typeof attempt>['explanation'], name: string) => explanation?.headers.find((h) => h.name === name);
afterEach(() => vi.useRealTimers());

describe('explainHubSpot', () => {
  it('rebuilds v3 as method + decoded URI + body + the request timestamp, an HMAC under the client secret', () => {
    const { request, explanation } = attempt();
    const ts = request.headers['X-HubSpot-Request-Timestamp'];
    expect(explanation?.scheme).toBe('hubspot-v3');
    const v3 = headerOf(explanation, 'X-HubSpot-Signature-v3');
    expect(v3?.signedContent).toBe(`POST${decodedTarget}${request.body}${ts}`);
    expect(v3?.value).toBe(createHmac('sha256', clientSecret).update(v3?.signedContent ?? '').digest('base64'));
    expect(explanation?.keys).toEqual([{ label: 'client secret', credential: 'clientSecret' }]);
    expect(headerOf(explanation, 'X-HubSpot-Request-Timestamp')).toEqual({ name: 'X-HubSpot-Request-Timestamp', value: String(now.getTime()), computedAs: expect.any(String) });
  });

  it("signs what HubSpot's own SDK accepts", () => {
    const { request, explanation } = attempt();
    vi.setSystemTime(now);
    const valid = Signature.isValid({
      signatureVersion: 'v3',
      signature: headerOf(explanation, 'X-HubSpot-Signature-v3')?.value ?? '',
      clientSecret,
      requestBody: request.body,
      method: request.method,
      url: decodedTarget,
      timestamp: Number(request.headers['X-HubSpot-Request-Timestamp']),
    });
    expect(valid).toBe(true);
  });

  it('explains the v1 digest sent next to v3 as sha256 of the client secret then the body', () => {
    const { request, explanation } = attempt();
    const v1 = headerOf(explanation, 'X-HubSpot-Signature');
    expect(v1?.signedContent).toBe(request.body);
    expect(v1?.value).toBe(createHash('sha256').update(clientSecret + (v1?.signedContent ?? '')).digest('hex'));
    expect(explanation?.summary).toMatch(/v1 digest as well/);
  });

  it.each([
    ['v1', (body: string) => body],
    ['v2', (body: string) => `POST${target}${body}`],
  ])('explains a %s-only request by its version header, the URL as sent', (version, content) => {
    const { request, explanation } = attempt({ signatureVersion: version });
    expect(explanation?.scheme).toBe(`hubspot-${version}`);
    expect(explanation?.headers.map((h) => h.name)).toEqual(['X-HubSpot-Signature']);
    const header = explanation?.headers[0];
    expect(header?.signedContent).toBe(content(request.body));
    expect(header?.value).toBe(createHash('sha256').update(clientSecret + content(request.body)).digest('hex'));
    expect(explanation?.summary).toMatch(/no replay window/);
  });

  it('describes corrupted signatures as sent', () => {
    const { request, explanation } = attempt({}, { signature: 'invalid' });
    expect(explanation?.headers.length).toBe(3);
    for (const header of explanation?.headers ?? []) expect(header.value).toBe(request.headers[header.name]);
    const v3 = headerOf(explanation, 'X-HubSpot-Signature-v3');
    expect(v3?.value).not.toBe(createHmac('sha256', clientSecret).update(v3?.signedContent ?? '').digest('base64'));
  });

  it('has nothing to explain when the signatures are missing, though X-HubSpot-Signature-Version stays', () => {
    const { request, explanation } = attempt({}, { signature: 'missing' });
    expect(request.headers['X-HubSpot-Signature-Version']).toBe('v1');
    expect(explanation).toBeUndefined();
  });
});
