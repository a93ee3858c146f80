/**
 * The idloom mock v4 API seen by an integration using plain fetch: Bearer auth, `{data}` pages, the
 * configurable rate limit, and back-office writes that reach a target registered through /api/mocks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startHostileReceiver, type HostileReceiver } from './helpers/hostile-receiver.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

type Json = Record<string, unknown>;
interface Page {
  data: Json[];
  links: { first: string; last: string; prev: string | null; next: string | null };
  meta: { current_page: number; last_page: number; per_page: number; total: number; from: number | null; to: number | null };
}

let server: TestServer | undefined;
let receiver: HostileReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  await server?.dispose();
  server = receiver = undefined;
});

async function start(mock: Json = {}) {
  server = await startTestServer({ providers: { idloom: { settings: { mock } } } });
  const { apiKey, headers } = server.bench.vault.get('idloom') as { apiKey: string; headers: Record<string, string> };
  const base = `${server.url}/mock/idloom`;
  const get = (path: string, key: string | null = apiKey) => fetch(path.startsWith('http') ? path : `${base}${path}`, { headers: key === null ? {} : { Authorization: `Bearer ${key}`, Accept: 'application/json' } });
  const write = (method: string, path: string, body?: unknown) =>
    fetch(`${base}/hookbench${path}`, { method, headers: { 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { server, apiKey, webhookHeaders: headers, base, get, write };
}

describe('idloom mock API', () => {
  it('refuses a request without the API key or with another one, as Laravel words it', async () => {
    const { get } = await start();
    for (const key of [null, 'not-the-key']) {
      const res = await get('/attendees', key);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ message: 'Unauthenticated.' });
    }
    const auth = await get('/other/auth');
    expect(auth.status).toBe(200);
    expect(await auth.json()).toEqual({ data: { account_name: 'hookbench-demo', integration_name: 'hookbench' } });
  });

  it('pages every guest exactly once by following links.next, and each guest belongs to a listed event', async () => {
    const { get } = await start();
    const events = (await (await get('/events?page_size=50')).json()) as Page;
    expect(events.meta.total).toBe(3);
    const eventUids = new Set(events.data.map((e) => e.uid));

    const seen: unknown[] = [];
    let next: string | null = '/attendees?page_size=7&ignore_fields_mapping=1';
    let pages = 0;
    while (next) {
      const page = (await (await get(next)).json()) as Page;
      seen.push(...page.data.map((g) => g.uid));
      expect(page.meta.per_page).toBe(7);
      next = page.links.next;
      pages++;
    }
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
    expect(pages).toBe(Math.ceil(60 / 7));

    const all = (await (await get('/attendees?page_size=1000')).json()) as Page;
    expect(all.data.every((g) => eventUids.has(g.event_uid))).toBe(true);
    const perEvent = (await (await get(`/attendees?event_uid=${String(events.data[0]!.uid)}`)).json()) as Page;
    expect(perEvent.meta.total).toBe(20);
    // A client that pages until `data` comes back empty stops after the last page.
    const past = (await (await get('/attendees?page=99')).json()) as Page;
    expect(past).toMatchObject({ data: [], meta: { current_page: 99, last_page: 1, from: null, to: null, total: 60 } });
    // The version prefix of the real base URL works too.
    expect((await get('/api/v4/events')).status).toBe(200);
  });

  it('answers bad paging and unknown events as validation and not-found errors', async () => {
    const { get } = await start();
    const bad = await get('/attendees?page_size=0');
    expect(bad.status).toBe(422);
    expect(await bad.json()).toEqual({ message: 'The page size field must be at least 1.', errors: { page_size: ['The page size field must be at least 1.'] } });
    expect((await get('/attendees?event_uid=nope')).status).toBe(404);
    expect((await get('/events/fields')).status).toBe(422);
  });

  it('applies the field mapping unless ignore_fields_mapping=1', async () => {
    const { get } = await start({ fieldMapping: { firstname: 'first_name', notes: null } });
    const mapped = ((await (await get('/attendees?page_size=1')).json()) as Page).data[0]!;
    expect(mapped).toHaveProperty('first_name');
    expect(mapped).not.toHaveProperty('firstname');
    expect(mapped).not.toHaveProperty('notes');
    const native = ((await (await get('/attendees?page_size=1&ignore_fields_mapping=1')).json()) as Page).data[0]!;
    expect(native).toHaveProperty('firstname', mapped.first_name);
  });

  it('answers 429 with Retry-After past the configured limit, and serves again once the window is over', async () => {
    const { get } = await start({ rateLimit: { limit: 3, windowSeconds: 1 } });
    const answers: Response[] = [];
    for (let i = 0; i < 4; i++) answers.push(await get('/events'));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(answers.map((r) => r.headers.get('x-ratelimit-remaining'))).toEqual(['2', '1', '0', '0']);
    const refused = answers[3]!;
    expect(await refused.json()).toEqual({ message: 'Too Many Attempts.' });
    expect(refused.headers.get('x-ratelimit-limit')).toBe('3');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const reset = Number(refused.headers.get('x-ratelimit-reset'));
    expect(reset * 1000).toBeGreaterThan(Date.now() - 1000);

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, reset * 1000 - Date.now()) + 50));
    expect((await get('/events')).status).toBe(200);
  });

  it('fires guest.update with the stored record and the webhook headers at a target registered through /api/mocks', async () => {
    const { server, get, write, webhookHeaders } = await start();
    receiver = await startHostileReceiver();
    const sub = await server.api('/api/mocks/idloom/subscriptions', { body: { target: `${receiver.url}/ok`, events: ['guest.update'] } });
    expect(sub.status).toBe(201);

    const guest = ((await (await get('/attendees?page_size=1')).json()) as Page).data[0]!;
    const res = await write('PATCH', `/attendees/${String(guest.uid)}`, { job_title: 'Chief Happiness Officer', free_field59: true });
    expect(res.status).toBe(200);
    const { data, deliveries } = (await res.json()) as { data: Json; deliveries: string[] };
    expect(deliveries).toHaveLength(1);
    const delivery = await server.bench.engine.settled(deliveries[0]!);
    expect(delivery.eventId).toBe(`idloom:guest.update:${String(guest.uid)}:${String(data.updated_at)}`);

    const [request] = await receiver.waitFor(1);
    expect(request!.method).toBe('POST');
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers.authorization).toBe(webhookHeaders.Authorization);
    const body = JSON.parse(request!.body.toString()) as Json;
    const stored = ((await (await get(`/attendees?guest_uid=${String(guest.uid)}`)).json()) as Page).data[0]!;
    expect(body).toEqual(stored);
    expect(body).toEqual(data);
    expect(body).toMatchObject({ uid: guest.uid, job_title: 'Chief Happiness Officer', free_field59: true });
    expect(body.updated_at).not.toBe(guest.updated_at);
  });

  it('creates and deletes guests and events through the back office, each firing its trigger', async () => {
    const { server, get, write } = await start();
    receiver = await startHostileReceiver();
    await server.api('/api/mocks/idloom/subscriptions', { body: { target: `${receiver.url}/ok` } });

    const fired: string[] = [];
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await write(method, path, body);
      const json = (await res.json()) as { data: Json; deliveries?: string[] };
      fired.push(...(json.deliveries ?? []));
      return { status: res.status, data: json.data };
    };

    const created = await call('POST', '/events', { name: 'Hookbench Summit 2026' });
    expect(created.status).toBe(201);
    const event = created.data;
    expect(event).toMatchObject({ name: 'Hookbench Summit 2026', url: 'https://hookbench-demo.idloom.events/hookbench-summit-2026' });

    const registered = await call('POST', '/attendees', { event_uid: event.uid, firstname: 'Ana', email: 'ana@example.com' });
    expect(registered.status).toBe(201);
    const guest = registered.data;
    expect(guest).toMatchObject({ event_uid: event.uid, event_name: 'Hookbench Summit 2026', firstname: 'Ana', email: 'ana@example.com' });

    expect((await call('DELETE', `/events/${String(event.uid)}`)).status).toBe(409);
    expect((await call('DELETE', `/attendees/${String(guest.uid)}`)).status).toBe(200);
    expect((await call('DELETE', `/events/${String(event.uid)}`)).status).toBe(200);
    expect((await call('PATCH', '/attendees/nope', {})).status).toBe(404);
    expect((await call('PATCH', `/events/${String(event.uid)}`, { name: 'x' })).status).toBe(404);

    const deliveries = await Promise.all(fired.map((id) => server.bench.engine.settled(id)));
    expect(deliveries.map((d) => [d.event, d.status])).toEqual([
      ['event.create', 'succeeded'],
      ['guest.create', 'succeeded'],
      ['guest.delete', 'succeeded'],
      ['event.delete', 'succeeded'],
    ]);
    const bodies = (await receiver.waitFor(4)).map((r) => JSON.parse(r.body.toString()) as Json);
    expect(bodies.map((b) => b.uid).sort()).toEqual([event.uid, event.uid, guest.uid, guest.uid].sort());
    expect(((await (await get(`/events?uid=${String(event.uid)}`)).json()) as Page).data).toEqual([]);
  });

  it('refuses back-office writes to read-only or unknown fields, naming each', async () => {
    const { get, write } = await start();
    const guest = ((await (await get('/attendees?page_size=1')).json()) as Page).data[0]!;
    const res = await write('PATCH', `/attendees/${String(guest.uid)}`, { uid: 'x', shoe_size: 42, check_ins: 'many' });
    expect(res.status).toBe(422);
    const { errors } = (await res.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(errors).sort()).toEqual(['check_ins', 'shoe_size', 'uid']);
  });
});
