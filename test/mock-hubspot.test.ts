/** HubSpot's mock REST API end to end: plain fetch and the official @hubspot/api-client against /mock/hubspot. */
import { Client, Signature } from '@hubspot/api-client';
import { SubscriptionCreateRequestEventTypeEnum as EventType } from '@hubspot/api-client/lib/codegen/webhooks/models/SubscriptionCreateRequest.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { HubSpotCredentials } from '../server/providers/hubspot/credentials.ts';
import { startHostileReceiver, type HostileReceiver, type HostileRequest } from './helpers/hostile-receiver.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer | undefined;
let receiver: HostileReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  await server?.dispose();
  server = receiver = undefined;
});

interface CrmObject {
  id: string;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}
interface CrmPage {
  results: CrmObject[];
  paging?: { next: { after: string; link: string } };
}

async function start(mockApi: Record<string, number> = {}) {
  server = await startTestServer({ providers: { hubspot: { settings: { mockApi } } } });
  const credentials = server.bench.vault.get('hubspot') as HubSpotCredentials;
  const base = `${server.url}/mock/hubspot`;
  const crm = (path: string, init: { method?: string; body?: unknown; token?: string | null } = {}) =>
    fetch(`${base}/crm/v3/objects${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(init.token === null ? {} : { Authorization: `Bearer ${init.token ?? credentials.accessToken}` }),
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  const webhooks = (path: string, init: { method?: string; body?: unknown; hapikey?: string | null } = {}) => {
    const key = init.hapikey === undefined ? credentials.developerApiKey : init.hapikey;
    return fetch(`${base}/webhooks/v3/${credentials.appId}${path}${key === null ? '' : `?hapikey=${key}`}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: init.body === undefined ? {} : { 'Content-Type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  };
  const sdk = new Client({ accessToken: credentials.accessToken, developerApiKey: credentials.developerApiKey, basePath: base, numberOfApiCallRetries: 0 });
  return { server, credentials, base, crm, webhooks, sdk };
}

/** Waits until every delivery a write reported (X-Hookbench-Deliveries) has settled. */
async function settled(server: TestServer, res: Response): Promise<string[]> {
  const ids = res.headers.get('x-hookbench-deliveries')?.split(',') ?? [];
  await Promise.all(ids.map((id) => server.bench.engine.settled(id)));
  return ids;
}

function v3Valid(request: HostileRequest, url: string, clientSecret: string): boolean {
  return Signature.isValid({
    signatureVersion: 'v3',
    signature: String(request.headers['x-hubspot-signature-v3']),
    clientSecret,
    requestBody: request.body.toString(),
    url,
    method: request.method,
    timestamp: Number(request.headers['x-hubspot-request-timestamp']),
  });
}

describe('hubspot mock: auth and errors', () => {
  it('refuses the CRM API without the private-app token in HubSpot’s 401 format, with a correlation id header', async () => {
    const { crm } = await start();
    for (const token of [null, 'pat-na1-00000000-0000-4000-8000-000000000000']) {
      const res = await crm('/contacts', { token });
      expect(res.status).toBe(401);
      const body = (await res.json()) as Record<string, string>;
      expect(body).toMatchObject({ status: 'error', category: 'INVALID_AUTHENTICATION', message: expect.stringMatching(/^Authentication credentials not found/) });
      expect(res.headers.get('x-hubspot-correlation-id')).toBe(body.correlationId);
    }
  });

  it('refuses the webhooks API without the developer API key, and with a wrong one', async () => {
    const { webhooks } = await start();
    expect(await (await webhooks('/subscriptions', { hapikey: null })).json()).toMatchObject({ status: 'error', category: 'INVALID_AUTHENTICATION' });
    const wrong = await webhooks('/subscriptions', { hapikey: 'not-the-key' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ message: expect.stringMatching(/API key provided is invalid/) });
  });

  it('answers HubSpot’s 404s, the contact e-mail 409 and property validation 400s', async () => {
    const { crm } = await start();
    expect(await (await crm('/contacts/1')).json()).toEqual({ status: 'error', message: 'resource not found', correlationId: expect.any(String) });
    expect(await (await crm('/contacts/abc')).json()).toMatchObject({ category: 'OBJECT_NOT_FOUND', context: { id: ['abc'] } });
    const [first] = ((await (await crm('/contacts?limit=1&properties=email')).json()) as CrmPage).results;
    const taken = await crm('/contacts', { body: { properties: { email: first!.properties.email!.toUpperCase() } } });
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ category: 'CONFLICT', message: `Contact already exists. Existing ID: ${first!.id}` });
    const invalid = await crm(`/contacts/${first!.id}`, { method: 'PATCH', body: { properties: { email: 'nope', hs_object_id: '1' } } });
    expect(invalid.status).toBe(400);
    const body = (await invalid.json()) as { category: string; errors: { code: string }[] };
    expect(body.category).toBe('VALIDATION_ERROR');
    expect(body.errors.map((e) => e.code)).toEqual(['INVALID_EMAIL', 'READ_ONLY_VALUE']);
    expect((await crm('/widgets')).status).toBe(400);
  });
});

describe('hubspot mock: CRM objects', () => {
  it('walks every contact exactly once with after cursors and paging links, at most 100 a page', async () => {
    const { crm, credentials } = await start();
    const seen: string[] = [];
    let page = (await (await crm('/contacts?limit=250')).json()) as CrmPage;
    for (;;) {
      expect(page.results.length).toBeLessThanOrEqual(100);
      seen.push(...page.results.map((r) => r.id));
      if (!page.paging) break;
      // Follow the link once (it carries no token), the cursor otherwise: both must agree.
      const next =
        seen.length === 100
          ? await fetch(page.paging.next.link, { headers: { Authorization: `Bearer ${credentials.accessToken}` } })
          : await crm(`/contacts?limit=100&after=${page.paging.next.after}`);
      page = (await next.json()) as CrmPage;
    }
    expect(seen.length).toBe(230);
    expect(new Set(seen).size).toBe(230);
    expect(seen.every((id) => /^\d+$/.test(id))).toBe(true);
  });

  it('serves the official SDK: getAll sees every contact, create/get/update/archive round-trip', async () => {
    const { sdk } = await start();
    const all = await sdk.crm.contacts.getAll(100, undefined, ['email', 'lifecyclestage']);
    expect(all).toHaveLength(230);
    expect(all[0]?.properties).toHaveProperty('lifecyclestage');
    expect(all[0]?.createdAt).toBeInstanceOf(Date);

    const created = await sdk.crm.deals.basicApi.create({ properties: { dealname: 'ACME - Renewal', amount: '1200', closedate: '1767268800000' }, associations: [] });
    expect(created.properties).toMatchObject({ dealname: 'ACME - Renewal', amount: '1200', closedate: '2026-01-01T12:00:00Z', hs_object_id: created.id });
    const updated = await sdk.crm.deals.basicApi.update(created.id, { properties: { dealstage: 'closedwon' } });
    expect(updated.properties.dealstage).toBe('closedwon');
    const read = await sdk.crm.deals.basicApi.getById(created.id, ['dealstage', 'dealname']);
    expect(Object.keys(read.properties).sort()).toEqual(['createdate', 'dealname', 'dealstage', 'hs_lastmodifieddate', 'hs_object_id']);
    await sdk.crm.deals.basicApi.archive(created.id);
    await expect(sdk.crm.deals.basicApi.getById(created.id)).rejects.toMatchObject({ code: 404 });
  });

  it('lists archived records only with archived=true, and reads, updates and archives in batches', async () => {
    const { crm } = await start();
    const [a, b] = ((await (await crm('/tickets?limit=2')).json()) as CrmPage).results;
    const read = await crm('/tickets/batch/read', { body: { inputs: [{ id: a!.id }, { id: '999' }], properties: ['subject'] } });
    expect(read.status).toBe(207);
    expect(await read.json()).toMatchObject({ status: 'COMPLETE', results: [{ id: a!.id }], numErrors: 1, errors: [{ category: 'OBJECT_NOT_FOUND', context: { ids: ['999'] } }] });
    const update = await crm('/tickets/batch/update', { body: { inputs: [{ id: a!.id, properties: { hs_ticket_priority: 'URGENT' } }] } });
    expect(await update.json()).toMatchObject({ results: [{ id: a!.id, properties: { hs_ticket_priority: 'URGENT' } }] });
    expect((await crm('/tickets/batch/archive', { body: { inputs: [{ id: b!.id }] } })).status).toBe(204);
    const archived = (await (await crm('/tickets?archived=true')).json()) as CrmPage;
    expect(archived.results.map((r) => r.id)).toEqual([b!.id]);
    expect(((await (await crm('/tickets?limit=100')).json()) as CrmPage).results).toHaveLength(44);
    const created = await crm('/products/batch/create', { body: { inputs: [{ properties: { name: 'Seat', price: 10 } }, { properties: { name: 'Seat pack', price: 90 } }] } });
    expect(created.status).toBe(201);
    expect(((await created.json()) as CrmPage).results.map((r) => r.properties.price)).toEqual(['10', '90']);
  });

  it('searches with filterGroups, sorts and an offset cursor', async () => {
    const { crm } = await start();
    const search = (body: object) => crm('/deals/search', { body });
    const won = (await (await search({ filterGroups: [{ filters: [{ propertyName: 'dealstage', operator: 'EQ', value: 'closedwon' }] }], sorts: [{ propertyName: 'amount', direction: 'DESCENDING' }], properties: ['amount', 'dealstage'], limit: 5 })).json()) as CrmPage & { total: number };
    expect(won.total).toBeGreaterThan(5);
    expect(won.results.every((r) => r.properties.dealstage === 'closedwon')).toBe(true);
    const amounts = won.results.map((r) => Number(r.properties.amount));
    expect(amounts).toEqual([...amounts].sort((x, y) => y - x));
    const next = (await (await search({ filterGroups: [{ filters: [{ propertyName: 'dealstage', operator: 'EQ', value: 'closedwon' }] }], after: won.paging!.next.after, limit: 200 })).json()) as CrmPage;
    expect(next.results).toHaveLength(won.total - 5);
  });
});

describe('hubspot mock: rate limits', () => {
  it('answers 429 TEN_SECONDLY_ROLLING past the limit with the X-HubSpot-RateLimit headers, and recovers after the interval', async () => {
    const { crm } = await start({ requestsPerInterval: 3, intervalMs: 1000 });
    // Seeding happens on the first call, refused or not: done before the window opens.
    expect((await crm('/companies', { token: null })).status).toBe(401);
    const answers: Response[] = [];
    for (let i = 0; i < 4; i++) answers.push(await crm('/companies?limit=1'));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(answers.map((r) => r.headers.get('x-hubspot-ratelimit-remaining'))).toEqual(['2', '1', '0', '0']);
    const refused = answers[3]!;
    expect(Object.fromEntries(['interval-milliseconds', 'max', 'daily', 'daily-remaining'].map((h) => [h, refused.headers.get(`x-hubspot-ratelimit-${h}`)]))).toEqual({
      'interval-milliseconds': '1000',
      max: '3',
      daily: '250000',
      'daily-remaining': '249996',
    });
    const body = (await refused.json()) as Record<string, string>;
    expect(body).toMatchObject({ status: 'error', message: 'You have reached your ten_secondly_rolling limit.', errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' });
    expect(body.correlationId).toBe(refused.headers.get('x-hubspot-correlation-id'));
    await new Promise((resolve) => setTimeout(resolve, 1050));
    expect((await crm('/companies?limit=1')).status).toBe(200);
  });

  it('answers 429 DAILY once the daily limit is used up', async () => {
    const { crm } = await start({ dailyLimit: 2 });
    await crm('/products');
    expect((await crm('/products')).headers.get('x-hubspot-ratelimit-daily-remaining')).toBe('0');
    const refused = await crm('/products');
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ message: 'You have reached your daily limit.', errorType: 'RATE_LIMIT', policyName: 'DAILY', requestId: expect.any(String) });
  });

  it('gives the official SDK a 429 whose policyName its retry decorator waits on', async () => {
    const { sdk } = await start({ requestsPerInterval: 1, intervalMs: 10_000 });
    await sdk.crm.products.basicApi.getPage(1);
    // The SDK retries TEN_SECONDLY_ROLLING after 10 s × the attempt; with retries off it shows the body.
    await expect(sdk.crm.products.basicApi.getPage(1)).rejects.toMatchObject({ code: 429, body: { policyName: 'TEN_SECONDLY_ROLLING', errorType: 'RATE_LIMIT' } });
  });
});

describe('hubspot mock: webhooks driven by the API', () => {
  async function subscribed(mockApi: Record<string, number> = {}) {
    const started = await start(mockApi);
    receiver = await startHostileReceiver();
    const targetUrl = `${receiver.url}/ok`;
    const { sdk, credentials } = started;
    const settings = await sdk.webhooks.settingsApi.configure(credentials.appId, { targetUrl, throttling: { maxConcurrentRequests: 10 } });
    expect(settings).toMatchObject({ targetUrl, throttling: { maxConcurrentRequests: 10 } });
    const subscription = await sdk.webhooks.subscriptionsApi.create(credentials.appId, { eventType: EventType.ContactPropertyChange, propertyName: 'firstname', active: true });
    return { ...started, targetUrl, subscription };
  }

  it('registers settings and an active subscription; a contact PATCH sends contact.propertyChange signed v3 as the SDK verifies', async () => {
    const { server, crm, credentials, targetUrl, subscription } = await subscribed();
    const registrations = (await (await server.api('/api/mocks/hubspot/subscriptions')).json()) as { items: { target: string; events: string[]; active: boolean }[] };
    expect(registrations.items).toEqual([expect.objectContaining({ target: targetUrl, events: ['contact.propertyChange'], active: true })]);

    const [contact] = ((await (await crm('/contacts?limit=1')).json()) as CrmPage).results;
    const res = await crm(`/contacts/${contact!.id}`, { method: 'PATCH', body: { properties: { firstname: 'Zed', lastname: 'Unsubscribed' } } });
    expect(res.status).toBe(200);
    const [deliveryId] = await settled(server, res);

    const [request] = receiver!.requests;
    const events = JSON.parse(request!.body.toString()) as Record<string, unknown>[];
    // Named by the first event's eventId, as generated deliveries are.
    expect(server.bench.store.deliveries.get(deliveryId!)?.eventId).toBe(String(events[0]?.eventId));
    expect(events).toEqual([
      {
        eventId: expect.any(Number),
        subscriptionId: Number(subscription.id),
        portalId: 48213575,
        appId: credentials.appId,
        occurredAt: expect.any(Number),
        subscriptionType: 'contact.propertyChange',
        attemptNumber: 0,
        objectId: Number(contact!.id),
        propertyName: 'firstname',
        propertyValue: 'Zed',
        changeSource: 'INTEGRATION',
      },
    ]);
    expect(v3Valid(request!, targetUrl, credentials.clientSecret)).toBe(true);
    expect(Signature.isValid({ signatureVersion: 'v1', signature: String(request!.headers['x-hubspot-signature']), clientSecret: credentials.clientSecret, requestBody: request!.body.toString() })).toBe(true);
  });

  it('sends nothing for unchanged values or properties without a subscription', async () => {
    const { server, crm } = await subscribed();
    const [contact] = ((await (await crm('/contacts?limit=1&properties=firstname')).json()) as CrmPage).results;
    const same = await crm(`/contacts/${contact!.id}`, { method: 'PATCH', body: { properties: { firstname: contact!.properties.firstname } } });
    const other = await crm(`/contacts/${contact!.id}`, { method: 'PATCH', body: { properties: { jobtitle: 'CTO' } } });
    expect([await settled(server, same), await settled(server, other)]).toEqual([[], []]);
    expect(receiver!.requests).toHaveLength(0);
  });

  it('sends contact.creation and contact.deletion once their subscriptions are activated (inactive by default)', async () => {
    const { server, crm, webhooks } = await subscribed();
    const creation = (await (await webhooks('/subscriptions', { body: { eventType: 'contact.creation' } })).json()) as { id: string; active: boolean };
    expect(creation.active).toBe(false);
    expect(await settled(server, await crm('/contacts', { body: { properties: { email: 'first@example.com' } } }))).toEqual([]);

    await webhooks(`/subscriptions/${creation.id}`, { method: 'PATCH', body: { active: true } });
    await webhooks('/subscriptions', { body: { eventType: 'contact.deletion', active: true } });
    const created = await crm('/contacts', { body: { properties: { email: 'second@example.com' } } });
    const { id } = (await created.clone().json()) as CrmObject;
    await settled(server, created);
    await settled(server, await crm(`/contacts/${id}`, { method: 'DELETE' }));
    const events = receiver!.requests.map((r) => (JSON.parse(r.body.toString()) as Record<string, unknown>[])[0]);
    expect(events).toEqual([
      expect.objectContaining({ subscriptionType: 'contact.creation', objectId: Number(id), changeFlag: 'CREATED', subscriptionId: Number(creation.id) }),
      expect.objectContaining({ subscriptionType: 'contact.deletion', objectId: Number(id) }),
    ]);
  });

  it('applies the faults set on the registration at /api/mocks/hubspot/subscriptions/:id', async () => {
    const { server, crm, webhooks, credentials, targetUrl } = await subscribed();
    const { items } = (await (await server.api('/api/mocks/hubspot/subscriptions')).json()) as { items: { id: string }[] };
    const patched = await server.api(`/api/mocks/hubspot/subscriptions/${items[0]!.id}`, { method: 'PATCH', body: { faults: { duplicate: 2, signature: 'invalid' } } });
    expect(patched.status).toBe(200);

    const [contact] = ((await (await crm('/contacts?limit=1')).json()) as CrmPage).results;
    const res = await crm(`/contacts/${contact!.id}`, { method: 'PATCH', body: { properties: { firstname: 'Faulty' } } });
    expect(await settled(server, res)).toHaveLength(2);
    expect(receiver!.requests).toHaveLength(2);
    expect(receiver!.requests.map((r) => r.body.toString())).toEqual([receiver!.requests[0]!.body.toString(), receiver!.requests[0]!.body.toString()]);
    expect(receiver!.requests.map((r) => v3Valid(r, targetUrl, credentials.clientSecret))).toEqual([false, false]);

    // A later sync (another subscription of the same type) keeps the faults.
    await webhooks('/subscriptions', { body: { eventType: 'contact.propertyChange', propertyName: 'lastname', active: true } });
    const after = (await (await server.api('/api/mocks/hubspot/subscriptions')).json()) as { items: { faults: object }[] };
    expect(after.items[0]?.faults).toEqual({ duplicate: 2, signature: 'invalid' });
  });

  it('stops delivering when the settings are deleted, and validates subscriptions as HubSpot does', async () => {
    const { server, crm, webhooks } = await subscribed();
    expect((await webhooks('/subscriptions', { body: { eventType: 'deal.propertyChange' } })).status).toBe(400);
    expect((await webhooks('/subscriptions', { body: { eventType: 'contact.propertyChange', propertyName: 'firstname' } })).status).toBe(409);
    expect((await webhooks('/subscriptions', { body: { eventType: 'contact.teleport' } })).status).toBe(400);

    expect((await webhooks('/settings', { method: 'DELETE' })).status).toBe(204);
    expect((await webhooks('/settings')).status).toBe(404);
    const [contact] = ((await (await crm('/contacts?limit=1')).json()) as CrmPage).results;
    expect(await settled(server, await crm(`/contacts/${contact!.id}`, { method: 'PATCH', body: { properties: { firstname: 'Nobody' } } }))).toEqual([]);
    const listed = (await (await webhooks('/subscriptions')).json()) as { results: { eventType: string; propertyName?: string; active: boolean }[] };
    expect(listed.results).toEqual([expect.objectContaining({ eventType: 'contact.propertyChange', propertyName: 'firstname', active: true })]);
  });
});
