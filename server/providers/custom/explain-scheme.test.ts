import { createHmac, createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { configSchema } from '../../config/config-schema.ts';
import { prepareAttempt } from '../../delivery/prepare-attempt.ts';
import type { Faults } from '../../delivery/faults.ts';
import { configureProviders } from '../provider-config.ts';
import type { Provider, SignatureExplanation } from '../types.ts';

const now = new Date('2026-04-01T10:00:00.000Z');
const target = 'http://127.0.0.1:3000/hook?next=%2Fdone';
const fixedBytes = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i * 7 + 3) % 256);
const dir = mkdtempSync(join(tmpdir(), 'hb-custom-explain-'));
writeFileSync(join(dir, 'payment.json'), JSON.stringify({ id: 'pay_{{string.alphanumeric(12)}}', amount: 250, at: '{{clock.now}}' }));

function providerSigning(signing: unknown, extra: Record<string, unknown> = {}): Provider {
  const config = configSchema.parse({
    customProviders: [{ id: 'acme-pay', events: { 'payment.succeeded': { description: 'A payment went through', fixture: 'payment.json' } }, signing, ...extra }],
  });
  return configureProviders({ custom: { entries: config.customProviders ?? [], configFile: join(dir, 'hookbench.config.json') } }).registry.get('acme-pay');
}

function attempt(provider: Provider, faults: Pick<Faults, 'signature'> = {}) {
  const credentials = provider.credentials.generate(fixedBytes);
  const { eventId, payload } = provider.generate('payment.succeeded', { seed: 5, now, set: {}, settings: {} });
  const { request } = prepareAttempt({ provider, settings: {}, credentials, event: 'payment.succeeded', eventId, payload, target, attempt: 1, now, faults });
  const recorded = { ...request, body: request.body ?? '' };
  const explanation = provider.explain?.({ request: recorded, credentials, settings: {} });
  return { request: recorded, eventId, shown: provider.credentials.verification(credentials), explanation };
}

const header = (explanation: SignatureExplanation | undefined, name: string) => explanation?.headers.find((h) => h.name === name);

/** The snippet as a receiver would paste it: written to a file, imported, called with the clock at `now`. */
async function snippetAccepts(snippet: string, request: ReturnType<typeof attempt>['request'], keys: Record<string, string>): Promise<boolean> {
  const file = join(mkdtempSync(join(dir, 'snippet-')), 'snippet.ts');
  writeFileSync(file, snippet);
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, (req: unknown, keys: Record<string, string>) => boolean>;
  expect(Object.keys(module)).toEqual(['isFromAcmePay']);
  const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
  vi.setSystemTime(now);
  return module.isFromAcmePay?.({ method: request.method, url: request.url, headers, rawBody: request.body }, keys) ?? false;
}

afterEach(() => vi.useRealTimers());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('explaining a user-defined provider', () => {
  it('rebuilds a Stripe-style "t=…,v1=…" HMAC over "{timestamp}.{body}" with the timestamp from the header', async () => {
    const provider = providerSigning({ scheme: 'hmac', header: 'Acme-Signature', headerTemplate: 't={timestamp},v1={signature}', signedContent: '{timestamp}.{body}' });
    const { request, shown, explanation } = attempt(provider);
    const signature = header(explanation, 'Acme-Signature');
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature?.value ?? '') ?? [];
    expect(t).toBe(String(now.getTime() / 1000));
    expect(signature?.signedContent).toBe(`${t}.${request.body}`);
    expect(v1).toBe(createHmac('sha256', shown.secret ?? '').update(signature?.signedContent ?? '').digest('hex'));
    expect(explanation).toMatchObject({ scheme: 'hmac-sha256', keys: [{ label: 'secret', credential: 'secret' }] });
    expect(signature?.computedAs).toBe('t={timestamp},v1=hex(HMAC-SHA256(secret, "{timestamp}.{body}"))');
    expect(await snippetAccepts(explanation?.snippet ?? '', request, shown)).toBe(true);
    expect(await snippetAccepts(explanation?.snippet ?? '', attempt(provider, { signature: 'invalid' }).request, shown)).toBe(false);
  });

  it('takes id and timestamp from their own headers for a base64 SHA-1 HMAC over "{id}:{timestamp}:{body}"', async () => {
    const provider = providerSigning({ scheme: 'hmac', algorithm: 'sha1', encoding: 'base64', header: 'X-Sig', timestampHeader: 'X-Ts', timestampUnit: 'ms', idHeader: 'X-Id', signedContent: '{id}:{timestamp}:{body}' });
    const { request, eventId, shown, explanation } = attempt(provider);
    expect(explanation?.headers.map((h) => h.name)).toEqual(['X-Sig', 'X-Ts', 'X-Id']);
    const signature = header(explanation, 'X-Sig');
    expect(signature?.signedContent).toBe(`${eventId}:${now.getTime()}:${request.body}`);
    expect(signature?.value).toBe(createHmac('sha1', shown.secret ?? '').update(signature?.signedContent ?? '').digest('base64'));
    expect(explanation?.summary).toMatch(/300 s/);
    expect(await snippetAccepts(explanation?.snippet ?? '', request, shown)).toBe(true);
  });

  it('rebuilds an Ed25519 signature over "{method} {url}{body}" that the public key verifies', async () => {
    const provider = providerSigning({ scheme: 'ed25519', encoding: 'hex', header: 'X-Ed-Signature', signedContent: '{method} {url}{body}' });
    const { request, shown, explanation } = attempt(provider);
    const signature = header(explanation, 'X-Ed-Signature');
    expect(signature?.signedContent).toBe(`POST ${target}${request.body}`);
    const publicKey = createPublicKey({ key: Buffer.from(shown.publicKey ?? '', 'base64'), format: 'der', type: 'spki' });
    expect(verify(null, Buffer.from(signature?.signedContent ?? ''), publicKey, Buffer.from(signature?.value ?? '', 'hex'))).toBe(true);
    expect(explanation).toMatchObject({ scheme: 'ed25519', keys: [{ label: 'public key', credential: 'publicKey' }] });
    expect(await snippetAccepts(explanation?.snippet ?? '', request, shown)).toBe(true);
    expect(await snippetAccepts(explanation?.snippet ?? '', attempt(provider, { signature: 'invalid' }).request, shown)).toBe(false);
  });

  it('shows a static secret header as sent, with nothing signed', async () => {
    const provider = providerSigning({ scheme: 'static-header', header: 'Authorization', template: 'Bearer {secret}' });
    const { request, shown, explanation } = attempt(provider);
    expect(explanation).toMatchObject({ scheme: 'static-header', headers: [{ name: 'Authorization', value: `Bearer ${shown.secret}`, computedAs: 'Bearer <secret>' }], keys: [{ credential: 'secret' }] });
    expect(explanation?.headers[0]).not.toHaveProperty('signedContent');
    expect(await snippetAccepts(explanation?.snippet ?? '', request, shown)).toBe(true);
    expect(await snippetAccepts(explanation?.snippet ?? '', attempt(provider, { signature: 'invalid' }).request, shown)).toBe(false);
  });

  it('explains Standard Webhooks with the standard provider’s explainer', async () => {
    const provider = providerSigning({ scheme: 'standard-webhooks', signatures: ['v1', 'v1a'] });
    const { request, eventId, shown, explanation } = attempt(provider);
    expect(explanation?.scheme).toBe('standard-webhooks-v1+v1a');
    const signature = header(explanation, 'webhook-signature');
    expect(signature?.signedContent).toBe(`${eventId}.${request.headers['webhook-timestamp']}.${request.body}`);
    vi.setSystemTime(now);
    expect(() => new Webhook(shown.secret ?? '').verify(request.body, request.headers)).not.toThrow();
    expect(explanation?.keys.map((k) => k.credential)).toEqual(['secret', 'publicKey']);
    expect(await snippetAccepts(explanation?.snippet ?? '', request, shown)).toBe(true);
  });

  it.each([
    ['hmac', { scheme: 'hmac', header: 'X-Sig', timestampHeader: 'X-Ts', signedContent: '{timestamp}.{body}' }],
    ['static-header', { scheme: 'static-header', header: 'X-Key' }],
    ['standard-webhooks', { scheme: 'standard-webhooks' }],
  ])('%s: describes corrupted values as sent, and has nothing to explain when they are missing', (_, signing) => {
    const provider = providerSigning(signing);
    const corrupted = attempt(provider, { signature: 'invalid' });
    expect(corrupted.explanation?.headers.length).toBeGreaterThan(0);
    for (const h of corrupted.explanation?.headers ?? []) expect(h.value).toBe(corrupted.request.headers[h.name]);
    expect(attempt(provider, { signature: 'missing' }).explanation).toBeUndefined();
  });

  it('has no explainer when the scheme is none', () => {
    expect(providerSigning({ scheme: 'none' }).explain).toBeUndefined();
  });
});
