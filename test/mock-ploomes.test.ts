/** The Ploomes mock REST API, end to end: a client using plain fetch against a running hookbench. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHostileReceiver, type HostileReceiver } from './helpers/hostile-receiver.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

type Json = Record<string, unknown>;
interface ODataList {
  '@odata.context': string;
  '@odata.count'?: number;
  value: Json[];
}

const apiUserId = 50004711; // the default webhookCreatorId: the user the User-Key belongs to
const restDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?-03:00$/;

let server: TestServer | undefined;
let receiver: HostileReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  await server?.dispose();
  server = receiver = undefined;
});

async function start(settings: Json = {}) {
  server = await startTestServer({ providers: { ploomes: { settings } } });
  return clientOf(server);
}

function clientOf(server: TestServer) {
  const userKey = (server.bench.vault.get('ploomes') as { userKey: string }).userKey;
  const base = `${server.url}/mock/ploomes`;
  const call = (path: string, init: { method?: string; body?: unknown; key?: string | null } = {}) =>
    fetch(`${base}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { ...(init.key === null ? {} : { 'User-Key': init.key ?? userKey }), ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  const list = async (path: string): Promise<ODataList> => {
    const res = await call(path);
    expect(res.status, `${path}: ${res.status}`).toBe(200);
    return (await res.json()) as ODataList;
  };
  return { server, call, list };
}

/** Registers a webhook and answers its Id. */
async function register(call: Awaited<ReturnType<typeof start>>['call'], body: Json): Promise<number> {
  const res = await call('/Webhooks', { body });
  expect(res.status).toBe(200);
  return ((await res.json()) as ODataList).value[0]!.Id as number;
}

const bodyOf = (index: number) => JSON.parse(receiver!.requests[index]!.body.toString()) as Json;
const withoutOffset = (date: unknown) => String(date).replace(/-03:00$/, '');
const customFieldMap = (items: unknown) => Object.fromEntries((items as Json[]).map((i) => [i.FieldKey, Object.entries(i).find(([k]) => k !== 'FieldKey')![1]]));

describe('Ploomes mock: auth and rate limit', () => {
  it('refuses a request without a User-Key, or with a wrong one, with 401', async () => {
    const { call } = await start();
    for (const key of [null, 'WRONG']) {
      const res = await call('/Contacts', { key });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('Unauthorized');
    }
    expect((await call('/Contacts?$top=1')).status).toBe(200);
  });

  it('answers 429 with Retry-After past the configured limit, and serves again once the window is over', async () => {
    const { call } = await start({ mockRateLimit: { limit: 3, windowMs: 1500 } });
    const responses = [];
    for (let i = 0; i < 4; i++) responses.push(await call('/Account'));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    const refused = responses[3]!;
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(2);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('TooManyRequests');

    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect((await call('/Account')).status).toBe(200);
  });
});

describe('Ploomes mock: OData reads', () => {
  // Reads change nothing: one server for all of them.
  let reader: TestServer;
  let list: ReturnType<typeof clientOf>['list'];
  let call: ReturnType<typeof clientOf>['call'];
  beforeAll(async () => {
    reader = await startTestServer();
    ({ list, call } = clientOf(reader));
  });
  afterAll(() => reader.dispose());

  it('walks every contact exactly once with $top and $skip', async () => {
    const all = await list('/Contacts?$count=true&$select=Id');
    expect(all['@odata.context']).toMatch(/\/mock\/ploomes\/\$metadata#Contacts\(Id\)$/);
    expect(all['@odata.count']).toBe(120);
    const seen: unknown[] = [];
    for (let skip = 0; ; skip += 17) {
      const page = await list(`/Contacts?$select=Id&$top=17&$skip=${skip}`);
      seen.push(...page.value.map((c) => c.Id));
      if (page.value.length < 17) break;
    }
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect(seen).toEqual(all.value.map((c) => c.Id));
    expect((await list('/Contacts?$top=1000')).value).toHaveLength(120); // 300 at most, fewer exist
  });

  it('answers a plain page (read alone from the store) exactly as the same page of the whole collection', async () => {
    for (const query of ['$top=17&$skip=40&$count=true', '$top=5&$skip=118&$expand=Phones', '$skip=200&$count=true']) {
      const plain = await list(`/Contacts?${query}`);
      // A filter every record passes makes the mock read the whole collection.
      const whole = await list(`/Contacts?${query}&$filter=Id gt 0`);
      expect(plain, query).toEqual(whole);
    }
  });

  it('returns REST records: dates with offset, navigation properties only when expanded', async () => {
    const [plain] = (await list('/Contacts?$top=1')).value;
    expect(plain).not.toHaveProperty('Phones');
    expect(plain).not.toHaveProperty('OtherProperties');
    expect(plain!.CreateDate).toMatch(restDate);
    const [expanded] = (await list('/Contacts?$top=1&$expand=Phones,OtherProperties')).value;
    expect(expanded!.Phones).toEqual(expect.arrayContaining([expect.objectContaining({ PhoneNumber: expect.any(String) })]));
    expect(expanded!.OtherProperties).toContainEqual({ FieldKey: 'contact_9332BF6E-3ABE-46BD-9675-3FEDBCDFEA84', StringValue: expect.stringMatching(/^C-\d{6}$/) });
    const [deal] = (await list('/Deals?$top=1&$select=Id,ContactId,ContactName&$expand=Contact($select=Id,Name)')).value;
    expect(deal).toEqual({ Id: expect.any(Number), ContactId: deal!.ContactId, ContactName: deal!.ContactName, Contact: { Id: deal!.ContactId, Name: deal!.ContactName } });
  });

  // The same condition in OData and in JavaScript, the latter run over the full (expanded) list.
  const cases: [string, string, string, (r: Json) => boolean][] = [
    ['Contacts', 'TypeId eq 2 and CompanyId ne null', '$expand=Phones,OtherProperties', (r) => r.TypeId === 2 && r.CompanyId !== null],
    ['Contacts', "contains(tolower(Name),'a') or startswith(Name,'M')", '', (r) => String(r.Name).toLowerCase().includes('a') || String(r.Name).startsWith('M')],
    ['Contacts', 'LastUpdateDate ge 2025-10-01T00:00:00-03:00', '', (r) => Date.parse(String(r.LastUpdateDate)) >= Date.parse('2025-10-01T00:00:00-03:00')],
    ['Contacts', 'Phones/any(p: p/TypeId eq 1)', '$expand=Phones', (r) => (r.Phones as Json[]).some((p) => p.TypeId === 1)],
    [
      'Contacts',
      "OtherProperties/any(o: o/FieldKey eq 'contact_D68A5AD6-BFFD-4903-9F5F-761B5A78C77F' and o/BoolValue eq true)",
      '$expand=OtherProperties',
      (r) => customFieldMap(r.OtherProperties)['contact_D68A5AD6-BFFD-4903-9F5F-761B5A78C77F'] === true,
    ],
    ['Deals', 'Amount gt 50000 and Amount le 150000', '', (r) => (r.Amount as number) > 50000 && (r.Amount as number) <= 150000],
    ['Deals', 'Contact/TypeId eq 1 and OwnerId ne 10025812', '$expand=Contact', (r) => (r.Contact as Json).TypeId === 1 && r.OwnerId !== 10025812],
    ['Tasks', 'Deal/StatusId eq 1 and TypeId in (10012091, 10012092)', '$expand=Deal', (r) => (r.Deal as Json | null)?.StatusId === 1 && [10012091, 10012092].includes(r.TypeId as number)],
    ['Tasks', 'DealId eq null', '', (r) => r.DealId === null],
  ];

  it.each(cases)('/%s?$filter=%s returns exactly the matching records', async (set, filter, expand, predicate) => {
    const all = (await list(`/${set}?${expand}`)).value;
    const expected = all.filter(predicate).map((r) => r.Id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    const got = await list(`/${set}?$filter=${encodeURIComponent(filter)}&$select=Id`);
    expect(got.value.map((r) => r.Id)).toEqual(expected);
  });

  it('orders by a property and through a navigation path, nulls first', async () => {
    const byAmount = (await list('/Deals?$orderby=Amount desc,Id&$select=Id,Amount')).value.map((d) => d.Amount as number);
    expect(byAmount).toEqual([...byAmount].sort((a, b) => b - a));
    const byDealStatus = (await list('/Tasks?$orderby=Deal/StatusId,Id&$select=Id,DealId')).value;
    const firstWithDeal = byDealStatus.findIndex((t) => t.DealId !== null);
    expect(byDealStatus.slice(firstWithDeal).every((t) => t.DealId !== null)).toBe(true);
  });

  it('answers a bad query with 400 and an OData error naming the problem', async () => {
    const res = await call(`/Contacts?$filter=${encodeURIComponent("Nmae eq 'x'")}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'BadRequest', message: expect.stringContaining("could not find a property named 'Nmae' on type 'Contact'") } });
    expect((await call('/Contacts(1)')).status).toBe(404);
    expect((await call('/Nothing')).status).toBe(404);
    expect((await call('/Users', { body: { Name: 'x' } })).status).toBe(405);
  });

  it('serves the action and entity tables as OData lists', async () => {
    expect((await list('/Webhooks@Actions')).value).toEqual([
      { Id: 1, Name: 'Create' },
      { Id: 2, Name: 'Update' },
      { Id: 3, Name: 'Delete' },
      { Id: 4, Name: 'Win' },
      { Id: 5, Name: 'Lose' },
      { Id: 6, Name: 'Reopen' },
      { Id: 7, Name: 'Finish' },
    ]);
    expect((await list('/Fields@Entities')).value).toContainEqual({ Id: 2, Name: 'Deals' });
    expect((await list('/Fields?$filter=EntityId eq 2')).value.map((f) => f.Key)).toContain('deal_BE03A173-00F3-45CF-A0F0-3E924A034A40');
    expect((await list('/Account?$top=1&$select=Id')).value).toEqual([{ Id: 1003921 }]);
  });

  it('serves the action table as configured', async () => {
    const configured = await start({ actionIds: { Win: 5, Lose: 6, Reopen: 7, Finish: 8 } });
    expect((await configured.list('/Webhooks@Actions?$filter=Id ge 5')).value).toEqual([
      { Id: 5, Name: 'Win' },
      { Id: 6, Name: 'Lose' },
      { Id: 7, Name: 'Reopen' },
      { Id: 8, Name: 'Finish' },
    ]);
  });
});

describe('Ploomes mock: a plain page kept between writes', () => {
  it('answers a repeated page with the same bytes and headers, and shows every write, delete and reset at once', async () => {
    const { call } = await start();
    const page = async (path = '/Contacts?$top=3&$count=true') => {
      const res = await call(path);
      expect(res.status).toBe(200);
      return { text: await res.text(), type: res.headers.get('content-type'), odata: res.headers.get('odata-version') };
    };
    const first = await page();
    expect(await page()).toEqual(first);
    // The same headers as an answer built afresh every time (a $filter query is never kept).
    const filtered = await page('/Contacts?$top=3&$filter=Id gt 0');
    expect(first).toMatchObject({ type: filtered.type, odata: filtered.odata });
    // Another query is another answer, not the kept one.
    expect((await page('/Contacts?$top=2')).text).not.toBe(first.text);

    const [contact] = (JSON.parse(first.text) as ODataList).value;
    expect((await call(`/Contacts(${contact!.Id})`, { method: 'PATCH', body: { Name: 'Renomeada Depois' } })).status).toBe(200);
    const renamed = JSON.parse((await page()).text) as ODataList;
    expect(renamed.value[0]).toMatchObject({ Id: contact!.Id, Name: 'Renomeada Depois' });

    expect((await call(`/Contacts(${contact!.Id})`, { method: 'DELETE' })).status).toBeLessThan(300);
    const afterDelete = JSON.parse((await page()).text) as ODataList;
    expect(afterDelete.value.map((c) => c.Id)).not.toContain(contact!.Id);
    expect(afterDelete['@odata.count']).toBe((JSON.parse(first.text) as ODataList)['@odata.count']! - 1);

    // A reset through hookbench's own API: the next call reseeds, and the page is the first one again.
    const reset = await fetch(`${server!.url}/api/mocks/ploomes/reset`, { method: 'POST' });
    expect(reset.status).toBeLessThan(300);
    expect((await page()).text).toBe(first.text);
  });
});

describe('Ploomes mock: writes send the registered webhooks', () => {
  it('delivers a contact PATCH as Contacts.Update with Old = the changed fields, carrying the registration’s ValidationKey', async () => {
    const { call, list, server } = await start();
    receiver = await startHostileReceiver();
    const webhookId = await register(call, { EntityId: 1, ActionId: 2, CallbackUrl: `${receiver.url}/ok`, ValidationKey: 'chave-do-webhook' });
    await register(call, { EntityId: 1, ActionId: 1, CallbackUrl: `${receiver.url}/ok`, ValidationKey: 'other' }); // Create: must not fire

    const [before] = (await list('/Contacts?$top=1&$expand=OtherProperties,Phones')).value;
    const erpCode = 'contact_9332BF6E-3ABE-46BD-9675-3FEDBCDFEA84';
    const res = await call(`/Contacts(${before!.Id})?$expand=OtherProperties`, { method: 'PATCH', body: { Name: 'ACME Renomeada', OtherProperties: [{ FieldKey: erpCode, StringValue: 'C-000001' }] } });
    expect(res.status).toBe(200);
    const [after] = ((await res.json()) as ODataList).value;
    expect(after).toMatchObject({ Id: before!.Id, Name: 'ACME Renomeada', UpdaterId: apiUserId, LastUpdateDate: expect.stringMatching(restDate) });
    expect(customFieldMap(after!.OtherProperties)[erpCode]).toBe('C-000001');

    await receiver.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(request!.headers['x-ploomes-validation-key']).toBe('chave-do-webhook');
    expect(request!.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = bodyOf(0);
    expect(Object.keys(body)).toEqual(['Action', 'Entity', 'AccountId', 'ActionUserId', 'WebhookId', 'WebhookCreatorId', 'New', 'Old']);
    expect(body).toMatchObject({ Action: 'Update', Entity: 'Contacts', AccountId: 1003921, ActionUserId: apiUserId, WebhookId: webhookId, WebhookCreatorId: apiUserId });
    const oldCustomFields = customFieldMap(before!.OtherProperties);
    expect(body.Old).toEqual({
      Id: before!.Id,
      Name: before!.Name,
      ...(before!.UpdaterId === apiUserId ? {} : { UpdaterId: before!.UpdaterId }),
      LastUpdateDate: withoutOffset(before!.LastUpdateDate),
      OtherProperties: oldCustomFields,
    });
    const next = body.New as Json;
    expect(next).toMatchObject({ Id: before!.Id, Name: 'ACME Renomeada', LastUpdateDate: withoutOffset(after!.LastUpdateDate), Phones: before!.Phones });
    expect(next.OtherProperties).toEqual({ ...oldCustomFields, [erpCode]: 'C-000001' });
    expect(next.CreateDate).toBe(withoutOffset(before!.CreateDate));

    // The delivery is the inspector's too, with the body's dedupe key as its event id.
    const [delivery] = server.bench.store.deliveries.list({ limit: 1 }).items;
    expect(delivery).toMatchObject({ provider: 'ploomes', event: 'Contacts.Update', eventId: `ploomes:1003921:Contacts:${before!.Id}:Update:${next.LastUpdateDate}` });
  });

  it('delivers a Win as Deals.Win, and refuses to win a deal twice', async () => {
    const { call, list } = await start();
    receiver = await startHostileReceiver();
    const webhookId = await register(call, { EntityId: 2, ActionId: 4, CallbackUrl: `${receiver.url}/ok`, ValidationKey: 'k' });
    const [deal] = (await list('/Deals?$filter=StatusId eq 1&$top=1')).value;
    const res = await call(`/Deals(${deal!.Id})/Win`, { method: 'POST' });
    expect(res.status).toBe(200);
    const [won] = ((await res.json()) as ODataList).value;
    expect(won).toMatchObject({ StatusId: 2, FinishDate: expect.stringMatching(restDate) });

    await receiver.waitFor(1);
    const body = bodyOf(0);
    expect(body).toMatchObject({ Action: 'Win', Entity: 'Deals', WebhookId: webhookId, New: { Id: deal!.Id, StatusId: 2, FinishDate: withoutOffset(won!.FinishDate) } });
    expect(body.Old).toMatchObject({ Id: deal!.Id, StatusId: 1, FinishDate: null, LastUpdateDate: withoutOffset(deal!.LastUpdateDate) });
    expect(Object.keys(body.Old as Json)).not.toContain('Title');

    const again = await call(`/Deals(${deal!.Id})/Win`, { method: 'POST' });
    expect(again.status).toBe(400);
    expect((await call(`/Contacts(${deal!.ContactId})/Win`, { method: 'POST' })).status).toBe(404);
  });

  it('delivers a POST as Create (Old null) and a DELETE as Delete (New null, Old the whole record), and Finish as Tasks.Finish', async () => {
    const { call, list } = await start();
    receiver = await startHostileReceiver();
    for (const ActionId of [1, 3, 7]) await register(call, { EntityId: 12, ActionId, CallbackUrl: `${receiver.url}/ok` });
    const [contact] = (await list('/Contacts?$top=1&$select=Id,Name')).value;
    const created = await call('/Tasks', { body: { Title: 'Ligar para o cliente', ContactId: contact!.Id, DateTime: '2026-02-01T10:00:00Z' } });
    expect(created.status).toBe(200);
    const [task] = ((await created.json()) as ODataList).value;
    expect(task).toMatchObject({ Title: 'Ligar para o cliente', ContactId: contact!.Id, ContactName: contact!.Name, DateTime: '2026-02-01T07:00:00-03:00', Finished: false, CreatorId: apiUserId });
    expect((await call(`/Tasks(${task!.Id})/Finish`, { method: 'POST' })).status).toBe(200);
    expect((await call(`/Tasks(${task!.Id})`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/Tasks(${task!.Id})`)).status).toBe(404);

    await receiver.waitFor(3);
    const bodies = [0, 1, 2].map(bodyOf).sort((a, b) => ['Create', 'Finish', 'Delete'].indexOf(a.Action as string) - ['Create', 'Finish', 'Delete'].indexOf(b.Action as string));
    expect(bodies.map((b) => b.Action)).toEqual(['Create', 'Finish', 'Delete']);
    expect(bodies[0]).toMatchObject({ Entity: 'Tasks', Old: null, New: { Id: task!.Id, DateTime: '2026-02-01T07:00:00' } });
    expect(bodies[1]).toMatchObject({ New: { Finished: true, FinisherId: apiUserId }, Old: { Id: task!.Id, Finished: false, FinisherId: null, FinishDate: null } });
    expect(bodies[2]).toMatchObject({ New: null, Old: { Id: task!.Id, Title: 'Ligar para o cliente', Finished: true } });
    // No key registered: no header [inferred].
    expect(receiver.requests.every((r) => r.headers['x-ploomes-validation-key'] === undefined)).toBe(true);
  });

  it('finds, changes and deletes webhooks; an inactive or deleted one receives nothing', async () => {
    const { call, list, server } = await start();
    receiver = await startHostileReceiver();
    const callbackUrl = `${receiver.url}/ok`;
    const id = await register(call, { EntityId: 1, ActionId: 2, CallbackUrl: callbackUrl, ValidationKey: 'k' });
    await register(call, { EntityId: 2, ActionId: 2, CallbackUrl: callbackUrl });
    const filter = encodeURIComponent(`CallbackUrl eq '${callbackUrl}' and ActionId eq 2 and EntityId eq 1`);
    expect((await list(`/Webhooks?$filter=${filter}`)).value).toEqual([{ Id: id, EntityId: 1, ActionId: 2, CallbackUrl: callbackUrl, Active: true, ValidationKey: 'k' }]);

    const patched = await call(`/Webhooks(${id})`, { method: 'PATCH', body: { Active: 0 } });
    expect(((await patched.json()) as ODataList).value[0]).toMatchObject({ Id: id, Active: false });
    const [contact] = (await list('/Contacts?$top=1&$select=Id')).value;
    await call(`/Contacts(${contact!.Id})`, { method: 'PATCH', body: { Note: 'sem webhook' } });
    expect(server.bench.store.deliveries.count()).toBe(0);

    expect((await call(`/Webhooks(${id})`, { method: 'DELETE' })).status).toBe(204);
    expect((await list('/Webhooks')).value.map((w) => w.EntityId)).toEqual([2]);
    expect((await call(`/Webhooks(${id})`)).status).toBe(404);
  });

  it('refuses a webhook Ploomes could not have: an unknown pair, or a callback that is not http(s)', async () => {
    const { call } = await start();
    const contactsWin = await call('/Webhooks', { body: { EntityId: 1, ActionId: 4, CallbackUrl: 'http://127.0.0.1:9/x' } });
    expect(contactsWin.status).toBe(400);
    expect(((await contactsWin.json()) as { error: { message: string } }).error.message).toMatch(/no Win webhook for Contacts/);
    expect((await call('/Webhooks', { body: { EntityId: 99, ActionId: 1, CallbackUrl: 'http://127.0.0.1:9/x' } })).status).toBe(400);
    expect((await call('/Webhooks', { body: { EntityId: 1, ActionId: 1, CallbackUrl: 'ftp://x' } })).status).toBe(400);
  });

  it("shows the registration under hookbench's /api/mocks, whose faults apply to its deliveries", async () => {
    const { call, list, server } = await start();
    receiver = await startHostileReceiver();
    const webhookId = await register(call, { EntityId: 1, ActionId: 2, CallbackUrl: `${receiver.url}/ok`, ValidationKey: 'k' });
    const { items } = (await (await server.api('/api/mocks/ploomes/subscriptions')).json()) as { items: Json[] };
    expect(items).toEqual([
      expect.objectContaining({ target: `${receiver.url}/ok`, events: ['Contacts.Update'], active: true, meta: expect.objectContaining({ Id: webhookId, ValidationKey: 'k' }) }),
    ]);
    // That PATCH resets the fields it is not sent to their defaults (events: all, settings: none): send them along.
    const { events, settings } = items[0]!;
    const patched = await server.api(`/api/mocks/ploomes/subscriptions/${items[0]!.id}`, { method: 'PATCH', body: { events, settings, faults: { duplicate: 2 } } });
    expect(patched.status).toBe(200);

    const [contact] = (await list('/Contacts?$top=1&$select=Id')).value;
    await call(`/Contacts(${contact!.Id})`, { method: 'PATCH', body: { Email: 'novo@acme.com.br' } });
    await receiver.waitFor(2);
    expect(receiver.requests[0]!.body.toString()).toBe(receiver.requests[1]!.body.toString());
    expect(receiver.requests.map((r) => r.headers['x-ploomes-validation-key'])).toEqual(['k', 'k']);
    expect(bodyOf(0)).toMatchObject({ Action: 'Update', WebhookId: webhookId, Old: { Id: contact!.Id }, New: { Email: 'novo@acme.com.br' } });
  });
});
