import { createHmac, createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../config/config-schema.ts';
import { prepareAttempt } from '../../delivery/prepare-attempt.ts';
import { HookbenchError } from '../../errors.ts';
import type { Provider, WireRequest } from '../types.ts';
import { configureProviders } from '../provider-config.ts';

const now = new Date('2026-04-01T10:00:00.000Z');
const fixture = { id: 'pay_{{string.alphanumeric(12)}}', amount: '{{number.int({"min":100,"max":100})}}', customer: { name: '{{person.fullName}}' }, at: '{{clock.now}}' };

function setup(signing: unknown, extra: Record<string, unknown> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'hb-custom-'));
  writeFileSync(join(dir, 'payment.json'), JSON.stringify(fixture));
  const configFile = join(dir, 'hookbench.config.json');
  const config = configSchema.parse({
    customProviders: [{ id: 'acme', name: 'ACME Pay', events: { 'payment.succeeded': { description: 'A payment went through', fixture: 'payment.json' } }, signing, ...extra }],
  });
  const { registry } = configureProviders({ custom: { entries: config.customProviders ?? [], configFile } });
  return { provider: registry.get('acme'), dir };
}

function wire(provider: Provider, faults: Parameters<typeof prepareAttempt>[0]['faults'] = {}, at = now) {
  const credentials = provider.credentials.generate((n) => new Uint8Array(n).fill(7));
  const { eventId, payload } = provider.generate('payment.succeeded', { seed: 5, now, set: {}, settings: {} });
  const { request } = prepareAttempt({ provider, settings: {}, credentials, event: 'payment.succeeded', eventId, payload, target: 'http://127.0.0.1:3000/hook', attempt: 1, now: at, faults });
  return { request, credentials: credentials as Record<string, string>, eventId, payload };
}

const lower = (request: WireRequest) => ({ method: request.method, url: request.url, body: request.body ?? '', headers: Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v])) });

describe('a user-defined provider', () => {
  it('fills its fixture with seeded faker data, dated from the data clock, and takes its event id from the payload', () => {
    const { provider } = setup({ scheme: 'none' }, { eventIdPath: 'id' });
    const a = provider.generate('payment.succeeded', { seed: 5, now, set: { amount: 250 }, settings: {} });
    const b = provider.generate('payment.succeeded', { seed: 5, now, set: { amount: 250 }, settings: {} });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.payload).toMatchObject({ amount: 250, at: now.toISOString() });
    expect(a.eventId).toBe((a.payload as { id: string }).id);
    expect(provider.catalogue['payment.succeeded']).toEqual({ description: 'A payment went through', group: 'ACME Pay' });
  });

  it('signs Stripe-style "t=…,v1=…" HMACs that an independent check accepts', () => {
    const { provider } = setup({ scheme: 'hmac', header: 'Acme-Signature', headerTemplate: 't={timestamp},v1={signature}', signedContent: '{timestamp}.{body}' });
    const { request, credentials } = wire(provider);
    const header = request.headers['Acme-Signature']!;
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header) ?? [];
    expect(Number(t)).toBe(now.getTime() / 1000);
    expect(v1).toBe(createHmac('sha256', credentials.secret!).update(`${t}.${request.body}`).digest('hex'));
    expect(provider.verify({ request: lower(request), credentials, now, settings: {} })).toEqual({ ok: true, scheme: 'hmac' });
    const stale = wire(provider, { signature: 'stale' }).request;
    expect(provider.verify({ request: lower(stale), credentials, now, settings: {} })).toMatchObject({ ok: false, reason: expect.stringMatching(/more than 300 s/) });
  });

  it('signs GitHub-style "sha256=…" headers over the body', () => {
    const { provider } = setup({ scheme: 'hmac', header: 'X-Hub-Signature-256', headerTemplate: 'sha256={signature}' });
    const { request, credentials } = wire(provider);
    expect(request.headers['X-Hub-Signature-256']).toBe(`sha256=${createHmac('sha256', credentials.secret!).update(request.body!).digest('hex')}`);
    const forged = wire(provider, { signature: 'invalid' }).request;
    expect(provider.verify({ request: lower(forged), credentials, now, settings: {} })).toMatchObject({ ok: false });
  });

  it('signs base64 SHA-1 HMACs with a separate timestamp and id header', () => {
    const { provider } = setup({ scheme: 'hmac', algorithm: 'sha1', encoding: 'base64', header: 'X-Sig', timestampHeader: 'X-Ts', timestampUnit: 'ms', idHeader: 'X-Id', signedContent: '{id}:{timestamp}:{body}' });
    const { request, credentials, eventId } = wire(provider);
    expect(request.headers['X-Id']).toBe(eventId);
    expect(request.headers['X-Ts']).toBe(String(now.getTime()));
    expect(request.headers['X-Sig']).toBe(createHmac('sha1', credentials.secret!).update(`${eventId}:${now.getTime()}:${request.body}`).digest('base64'));
    expect(provider.verify({ request: lower(request), credentials, now, settings: {} })).toMatchObject({ ok: true });
  });

  it('signs Ed25519 over url and body, verifiable with the public key it shows', () => {
    const { provider } = setup({ scheme: 'ed25519', header: 'X-Ed-Signature', signedContent: '{url}{body}' });
    const { request, credentials } = wire(provider);
    const publicKey = createPublicKey({ key: Buffer.from(provider.credentials.verification(credentials).publicKey!, 'base64'), format: 'der', type: 'spki' });
    expect(cryptoVerify(null, Buffer.from(`${request.url}${request.body}`), publicKey, Buffer.from(request.headers['X-Ed-Signature']!, 'base64'))).toBe(true);
    expect(provider.verify({ request: lower(request), credentials, now, settings: {} })).toMatchObject({ ok: true });
  });

  it('sends a static secret header and checks it', () => {
    const { provider } = setup({ scheme: 'static-header', header: 'Authorization', template: 'Bearer {secret}' });
    const { request, credentials } = wire(provider);
    expect(request.headers.Authorization).toBe(`Bearer ${credentials.secret}`);
    expect(provider.sensitiveHeaders).toEqual(['authorization']);
    expect(provider.verify({ request: lower(wire(provider, { signature: 'invalid' }).request), credentials, now, settings: {} })).toMatchObject({ ok: false });
  });

  it('sends GET deliveries with the payload in the query', () => {
    const { provider } = setup({ scheme: 'none' }, { method: 'GET' });
    const { request } = wire(provider);
    const url = new URL(request.url);
    expect(request.body).toBeUndefined();
    expect(url.searchParams.get('amount')).toBe('100');
    expect(JSON.parse(url.searchParams.get('customer')!)).toHaveProperty('name');
  });
});

describe('bad user-defined providers are refused at start-up, naming file and path', () => {
  const load = (entry: unknown, files: Record<string, string> = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'hb-custom-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const configFile = join(dir, 'hookbench.config.json');
    const parsed = configSchema.safeParse({ customProviders: [entry] });
    if (!parsed.success) return { error: parsed.error.issues[0], configFile };
    try {
      configureProviders({ custom: { entries: parsed.data.customProviders ?? [], configFile } });
      return { configFile };
    } catch (e) {
      return { thrown: e, configFile };
    }
  };
  const base = { id: 'acme', events: { 'a.b': { description: 'x', fixture: 'a.json' } }, signing: { scheme: 'none' } };

  it.each([
    [{ ...base, signing: { scheme: 'hmac' } }, ['customProviders', 0, 'signing', 'header']],
    [{ ...base, signing: { scheme: 'hmac', header: 'X-S', signedContent: '{timestamp}.{body}' } }, ['customProviders', 0, 'signing', 'timestampHeader']],
    [{ ...base, signing: { scheme: 'rot13' } }, ['customProviders', 0, 'signing', 'scheme']],
    [{ ...base, id: 'ACME' }, ['customProviders', 0, 'id']],
    [{ ...base, retry: 'soon' }, ['customProviders', 0, 'retry']],
  ])('config %j is invalid at %j', (entry, path) => {
    const { error } = load(entry);
    expect(error?.path).toEqual(path);
  });

  it('names a missing fixture file', () => {
    const { thrown, configFile } = load(base);
    expect(thrown).toBeInstanceOf(HookbenchError);
    expect((thrown as Error).message).toContain(`${configFile} at customProviders.0.events.a.b.fixture: cannot read fixture`);
  });

  it('names a fixture that is not JSON, and one with a bad placeholder', () => {
    expect((load(base, { 'a.json': '{ nope' }).thrown as Error).message).toMatch(/a\.json \(customProviders\.0\.events\.a\.b\.fixture\) is not valid JSON/);
    expect((load(base, { 'a.json': '{"x":"{{person.teleport}}"}' }).thrown as Error).message).toMatch(/a\.json at \$\.x: unknown placeholder/);
  });

  it('refuses an id a built-in provider already has', () => {
    const { thrown } = load({ ...base, id: 'ploomes' }, { 'a.json': '{}' });
    expect((thrown as HookbenchError).code).toBe('INVALID_CONFIG');
    expect((thrown as Error).message).toMatch(/customProviders\.0\.id: "ploomes" is a built-in provider/);
  });
});

describe('a user-defined provider on Standard Webhooks', () => {
  it('signs with the standard scheme, and the official library verifies it', async () => {
    const { Webhook } = await import('standardwebhooks');
    const { provider } = setup({ scheme: 'standard-webhooks' });
    const { request, credentials } = wire(provider, {}, new Date());
    const secret = (credentials as unknown as { secret: string }).secret;
    const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
    expect(new Webhook(secret).verify(request.body!, headers)).toEqual(JSON.parse(request.body!));
    expect(provider.verify({ request: lower(wire(provider, { signature: 'invalid' }, new Date()).request), credentials, now: new Date(), settings: {} })).toMatchObject({ ok: false });
  });
});
