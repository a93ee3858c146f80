/**
 * Parallel's mock REST API from the outside, as an integration would use it: plain fetch against
 * /mock/parallel/api/v1 with the workbench's API token, and webhooks checked at a real receiver with
 * node:crypto (Ed25519 over URL + timestamp + body), independently of hookbench's signer.
 */
import { createPublicKey, verify } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ParallelCredentials } from '../server/providers/parallel/credentials.ts';
import { startHostileReceiver, type HostileReceiver, type HostileRequest } from './helpers/hostile-receiver.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer | undefined;
let receiver: HostileReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  await server?.dispose();
  server = receiver = undefined;
});

interface Client {
  call(path: string, init?: { method?: string; body?: unknown; token?: string | null }): Promise<Response>;
  json<T = Record<string, unknown>>(path: string, init?: { method?: string; body?: unknown }): Promise<T>;
  credentials: ParallelCredentials;
}

async function start(settings: Record<string, unknown> = {}): Promise<Client> {
  server = await startTestServer({ providers: { parallel: { settings } } });
  receiver = await startHostileReceiver();
  const credentials = server.bench.vault.get('parallel') as ParallelCredentials;
  const base = `${server.url}/mock/parallel`;
  const call: Client['call'] = (path, { method, body, token = credentials.apiToken } = {}) =>
    fetch(`${base}${path}`, {
      method: method ?? (body === undefined ? 'GET' : 'POST'),
      headers: { ...(token === null ? {} : { Authorization: `Bearer ${token}` }), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const json: Client['json'] = async (path, init) => {
    const res = await call(path, init);
    expect(res.ok, `${path} answered ${res.status}: ${await res.clone().text()}`).toBe(true);
    return res.json() as never;
  };
  return { call, json, credentials };
}

/** Parallel's V2 check, written from the research notes (§1.4), not from hookbench's verifier. */
function verifiesV2(request: HostileRequest, eventsUrl: string, publicKey: string): boolean {
  const timestamp = String(request.headers['x-parallel-signature-timestamp']);
  const signature = String(request.headers['x-parallel-signature-v2-1']);
  const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
  return verify(null, Buffer.from(eventsUrl + timestamp + request.body.toString('utf8')), key, Buffer.from(signature, 'base64'));
}

const bodyOf = (r: HostileRequest) => JSON.parse(r.body.toString('utf8')) as { id: string; profileId?: string; petitionId?: string; type: string; data: Record<string, unknown>; createdAt: string };

describe('Parallel mock: authentication', () => {
  it('refuses a call without a Bearer token, or with a malformed or wrong one, with Parallel’s 401 body', async () => {
    const client = await start();
    const missing = await client.call('/api/v1/profiles?limit=10', { token: null });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ code: 'Unauthorized', message: 'API token is missing' });
    expect(await (await client.call('/api/v1/profiles?limit=10', { token: 'not-alnum!' })).json()).toEqual({ code: 'Unauthorized', message: 'API token is missing' });
    const wrong = await client.call('/api/v1/profiles?limit=10', { token: 'abc123' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ code: 'Unauthorized', message: 'API token is invalid' });
    expect(await client.json('/api/v1/me')).toMatchObject({ id: '4EpJtbARxz', organization: { id: expect.any(String) } });
    // Calls are recorded for the inspector, the token kept out of the record.
    const calls = server!.bench.store.sink.list({ name: 'mock', limit: 10 });
    expect(calls.map((call) => call.responseStatus)).toContain(401);
    expect(JSON.stringify(calls.map((call) => server!.bench.store.sink.get(call.id)))).not.toContain(client.credentials.apiToken);
  });
});

describe('Parallel mock: data and paging', () => {
  it('walks every profile exactly once with offset/limit, as {totalCount, items}', async () => {
    const client = await start();
    const seen: string[] = [];
    let total = Infinity;
    for (let offset = 0; offset < total; offset += 7) {
      const page = await client.json<{ totalCount: number; items: { id: string; values: Record<string, unknown> }[] }>(`/api/v1/profiles?offset=${offset}&limit=7`);
      total = page.totalCount;
      seen.push(...page.items.map((p) => p.id));
    }
    expect(total).toBeGreaterThan(20);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const one = await client.json<{ id: string; status: string; values: Record<string, unknown> }>(`/api/v1/profiles/${seen[0]}`);
    expect(one.id).toBe(seen[0]);
    expect(Object.keys(one.values)).toContain('p_first_name');
  });

  it('pages parallels as {items, totalCount} and answers Parallel’s errors for a missing limit and an unknown id', async () => {
    const client = await start();
    const page = await client.json<{ items: { id: string; fromTemplateId: string }[]; totalCount: number }>('/api/v1/petitions?limit=100');
    expect(page.items).toHaveLength(page.totalCount);
    expect(Object.keys(page)).toEqual(['items', 'totalCount']);
    const noLimit = await client.call('/api/v1/petitions');
    expect(noLimit.status).toBe(422);
    expect(await noLimit.json()).toEqual({ code: 'InvalidParameter', message: 'Invalid query parameter "limit" with value <missing parameter>: Parameter is missing but it is required' });
    const unknown = await client.call('/api/v1/profiles/2X3uPTSX2EK9dhTqj');
    expect(unknown.status).toBe(403);
    expect(await unknown.json()).toEqual({ code: 'ForbiddenError', message: "You don't have access to this resource" });
  });
});

describe('Parallel mock: rate limit', () => {
  it('answers 429 TooManyRequests with X-RateLimit-Exceeded and Retry-After past the limit, and serves again after the window', async () => {
    const client = await start({ mockRateLimit: { limit: 3, windowMs: 1000 } });
    const first = await Promise.all([0, 1, 2].map(() => client.call('/api/v1/me')));
    expect(first.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(first.map((r) => r.headers.get('x-ratelimit-remaining')).sort()).toEqual(['0', '1', '2']);
    expect(first[0]?.headers.get('ratelimit-policy')).toBe('3;w=1');

    const refused = await client.call('/api/v1/me');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('x-ratelimit-exceeded')).toBe('true');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('ratelimit')).toMatch(/^limit=3, remaining=0, reset=\d+$/);
    expect(await refused.json()).toEqual({ code: 'TooManyRequests', message: 'Too many requests, please try again later' });

    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await client.call('/api/v1/me');
    expect(again.status).toBe(200);
    expect(again.headers.get('x-ratelimit-remaining')).toBe('2');
  });
});

describe('Parallel mock: subscriptions', () => {
  it('registers a subscription after the URL challenge, which POSTs {} to the URL', async () => {
    const client = await start();
    const eventsUrl = `${receiver!.url}/ok`;
    const res = await client.call('/api/v1/subscriptions', { body: { type: 'PROFILE', eventsUrl, eventTypes: ['PROFILE_CREATED'], name: ' CRM sync ' } });
    expect(res.status).toBe(201);
    const created = (await res.json()) as Record<string, unknown>;
    expect(created).toEqual({ id: expect.any(String), type: 'PROFILE', name: 'CRM sync', eventsUrl, isEnabled: true, eventTypes: ['PROFILE_CREATED'], fromProfileTypeId: null });
    expect(receiver!.requests).toHaveLength(1);
    expect(receiver!.requests[0]).toMatchObject({ method: 'POST', path: '/ok' });
    expect(receiver!.requests[0]?.body.toString()).toBe('{}');
    expect(await client.json('/api/v1/subscriptions')).toEqual([created]);
  });

  it('refuses a URL that fails the challenge with Parallel’s 400 and registers nothing; ?challenge=false skips the challenge', async () => {
    const client = await start();
    const eventsUrl = `${receiver!.url}/status/500`;
    const res = await client.call('/api/v1/subscriptions', { body: { type: 'PETITION', eventsUrl, eventTypes: null } });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 'BadRequestError', message: 'Your URL does not seem to accept POST requests.' });
    expect(receiver!.requests.map((r) => r.body.toString())).toEqual(['{}']);
    expect(await client.json('/api/v1/subscriptions')).toEqual([]);
    expect(await server!.api('/api/mocks/parallel/subscriptions').then((r) => r.json())).toEqual({ items: [] });

    const skipped = await client.call('/api/v1/subscriptions?challenge=false', { body: { type: 'PETITION', eventsUrl } });
    expect(skipped.status).toBe(201);
    expect(receiver!.requests).toHaveLength(1);
  });

  it('delivers PROFILE_CREATED and PROFILE_CLOSED to the registered URL, signed with the workbench key', async () => {
    const client = await start();
    const eventsUrl = `${receiver!.url}/ok/parallel`;
    await client.json('/api/v1/subscriptions', { body: { type: 'PROFILE', eventsUrl, eventTypes: ['PROFILE_CREATED', 'PROFILE_CLOSED'] } });
    const [type] = (await client.json<{ items: { id: string }[] }>('/api/v1/profile-types?limit=10')).items;
    const profile = await client.json<{ id: string; name: string; status: string }>('/api/v1/profiles', {
      body: { profileTypeId: type!.id, values: { p_first_name: 'Lucía', p_last_name: 'Pérez Gil', p_risk: 'LOW' } },
    });
    expect(profile).toMatchObject({ name: 'Lucía Pérez Gil', status: 'OPEN' });
    await client.json(`/api/v1/profiles/${profile.id}/close`, { method: 'POST' });

    const delivered = await receiver!.waitFor(3);
    const [created, closed] = ['PROFILE_CREATED', 'PROFILE_CLOSED'].map((type) => delivered.find((r) => r.path === '/ok/parallel' && bodyOf(r).type === type));
    const me = await client.json<{ id: string }>('/api/v1/me');
    for (const [request, expected] of [
      [created!, 'PROFILE_CREATED'],
      [closed!, 'PROFILE_CLOSED'],
    ] as const) {
      const body = bodyOf(request);
      expect(Object.keys(body)).toEqual(['id', 'profileId', 'type', 'data', 'createdAt']);
      expect(body).toMatchObject({ profileId: profile.id, type: expected });
      expect(verifiesV2(request, eventsUrl, client.credentials.keys[0]!.publicKey)).toBe(true);
    }
    expect(bodyOf(created!).data).toEqual({ userId: me.id, integrationId: null });
    expect(bodyOf(closed!).data).toEqual({ userId: me.id });
    expect(bodyOf(created!).id).not.toBe(bodyOf(closed!).id);
    expect((await client.json<{ status: string }>(`/api/v1/profiles/${profile.id}`)).status).toBe('CLOSED');
    // The inspector names each delivery by the id receivers dedupe on: the body's.
    const recorded = server!.bench.store.deliveries.list({ limit: 10, provider: 'parallel' }).items;
    for (const request of [created!, closed!]) expect(recorded.map((d) => d.eventId)).toContain(String(bodyOf(request).id));
  });

  it('applies the faults set on the subscription in hookbench, and stops delivering once it is deleted', async () => {
    const client = await start();
    const eventsUrl = `${receiver!.url}/ok/faulty`;
    const created = await client.json<{ id: string }>('/api/v1/subscriptions', { body: { type: 'PROFILE', eventsUrl, eventTypes: ['PROFILE_FIELD_VALUE_UPDATED'] } });
    const { items } = (await server!.api('/api/mocks/parallel/subscriptions').then((r) => r.json())) as { items: { id: string; events: string[]; meta: { id: string } }[] };
    const own = items.find((s) => s.meta.id === created.id)!;
    expect(own.events).toEqual(['PROFILE_FIELD_VALUE_UPDATED']);
    // `events` is repeated: the PATCH schema's defaults would otherwise reset it to null (all events).
    const patch = { faults: { duplicate: 2, signature: 'invalid' }, events: own.events };
    expect((await server!.api(`/api/mocks/parallel/subscriptions/${own.id}`, { method: 'PATCH', body: patch })).status).toBe(200);

    const { items: profiles } = await client.json<{ items: { id: string; status: string }[] }>('/api/v1/profiles?limit=100&status=OPEN');
    await client.json(`/api/v1/profiles/${profiles[0]!.id}`, { method: 'PUT', body: { values: { p_occupation: 'Notaria' } } });
    const [, first, second] = await receiver!.waitFor(3);
    expect(first!.body.equals(second!.body)).toBe(true);
    expect(bodyOf(first!)).toMatchObject({ type: 'PROFILE_FIELD_VALUE_UPDATED', profileId: profiles[0]!.id, data: { alias: 'p_occupation' } });
    expect(verifiesV2(first!, eventsUrl, client.credentials.keys[0]!.publicKey)).toBe(false);

    expect((await client.call(`/api/v1/subscriptions/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(await client.json('/api/v1/subscriptions')).toEqual([]);
    // A second subscription is the witness: once its delivery is in, the deleted one had its chance.
    const witnessUrl = `${receiver!.url}/ok/witness`;
    await client.json('/api/v1/subscriptions?challenge=false', { body: { type: 'PROFILE', eventsUrl: witnessUrl, eventTypes: ['PROFILE_FIELD_VALUE_UPDATED'] } });
    await client.json(`/api/v1/profiles/${profiles[0]!.id}`, { method: 'PUT', body: { values: { p_occupation: 'Abogada' } } });
    await receiver!.waitFor(4);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receiver!.requests.map((r) => r.path)).toEqual(['/ok/faulty', '/ok/faulty', '/ok/faulty', '/ok/witness']);
  });

  it('creates a parallel from a template and delivers PETITION_CREATED with its petitionId to a PETITION subscription', async () => {
    const client = await start();
    const eventsUrl = `${receiver!.url}/ok/petitions`;
    await client.json('/api/v1/subscriptions', { body: { type: 'PETITION', eventsUrl, eventTypes: ['PETITION_CREATED', 'PETITION_CLOSED'] } });
    const [template] = (await client.json<{ items: { id: string }[] }>('/api/v1/templates?limit=1')).items;
    const petition = await client.json<{ id: string; status: string; fromTemplateId: string }>('/api/v1/petitions', { body: { templateId: template!.id, name: 'KYC Lucía' } });
    expect(petition).toMatchObject({ status: 'DRAFT', fromTemplateId: template!.id });
    await client.json(`/api/v1/petitions/${petition.id}/close`, { method: 'POST' });
    const delivered = await receiver!.waitFor(3);
    const [created, closed] = ['PETITION_CREATED', 'PETITION_CLOSED'].map((type) => delivered.find((r) => r.path === '/ok/petitions' && bodyOf(r).type === type));
    expect(Object.keys(bodyOf(created!))).toEqual(['id', 'petitionId', 'type', 'data', 'createdAt']);
    expect(bodyOf(created!)).toMatchObject({ petitionId: petition.id, type: 'PETITION_CREATED' });
    expect(bodyOf(closed!)).toMatchObject({ petitionId: petition.id, type: 'PETITION_CLOSED' });
  });
});
