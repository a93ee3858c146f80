/**
 * The Connectif mock API seen by an integration using plain fetch: `apiKey id:secret` auth, Connectif's
 * error body and X-RateLimit-* headers, the import list's links, CSV imports that create contacts,
 * purchases, products, exports, and contact writes that fire the Email Integration webhooks at a target
 * registered through /api/mocks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startHostileReceiver, type HostileReceiver } from './helpers/hostile-receiver.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

type Json = Record<string, unknown>;

let server: TestServer | undefined;
let receiver: HostileReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  await server?.dispose();
  server = receiver = undefined;
});

async function start(mock: Json = {}) {
  server = await startTestServer({ providers: { connectif: { settings: { mock } } } });
  const { apiKey, headers } = server.bench.vault.get('connectif') as { apiKey: string; headers: Record<string, string> };
  const base = `${server.url}/mock/connectif`;
  const call = (path: string, init: { method?: string; body?: unknown; key?: string | null; form?: FormData } = {}) => {
    const key = init.key === undefined ? apiKey : init.key;
    const auth: Record<string, string> = key === null ? {} : { Authorization: `apiKey ${key}` };
    const body = init.form ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
    const type: Record<string, string> = init.body === undefined ? {} : { 'Content-Type': 'application/json' };
    return fetch(path.startsWith('http') ? path : `${base}${path}`, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers: { ...auth, ...type }, ...(body === undefined ? {} : { body }) });
  };
  return { server, apiKey, webhookHeaders: headers, call };
}

async function poll(call: (path: string) => Promise<Response>, path: string, done: (json: Json) => boolean, seen: string[] = []): Promise<Json> {
  for (let i = 0; i < 100; i++) {
    const json = (await (await call(path)).json()) as Json;
    seen.push(String(json.status));
    if (done(json)) return json;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${path} never finished`);
}

const csvForm = (csv: string, fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'contactos.csv');
  return form;
};

describe('Connectif mock API', () => {
  it('answers 401 in Connectif\'s error shape without the key or with another one, and 403 outside the key\'s scopes', async () => {
    const { call, apiKey } = await start({ scopes: ['contacts:read'] });
    for (const key of [null, `${apiKey.split(':')[0]}:wrong-secret`]) {
      const res = await call('/contacts/ana@gmail.com', { key });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ status: 401, title: 'Unauthorized', code: expect.stringMatching(/^E\d{4}$/) });
      expect(res.headers.get('x-ratelimit-limit')).toBe('100');
    }
    const forbidden = await call('/contacts/ana@gmail.com', { method: 'PATCH', body: { _name: 'Ana' } });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ status: 403, title: 'Forbidden', detail: expect.stringContaining('contacts:write') });
  });

  it('holds the contacts of the webhooks: contact N is the person of `--seed N`', async () => {
    const { server, call } = await start();
    const sample = (await (await server.api('/api/providers/connectif/events/email.subscription/sample?seed=3')).json()) as { payload: { email: string } };
    const res = await call(`/contacts/${encodeURIComponent(sample.payload.email)}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ _email: sample.payload.email, _name: expect.any(String), _newsletterSubscriptionStatus: expect.stringMatching(/^(subscribed|unsubscribed|none)$/) });
    const missing = await call('/contacts/nadie@example.com');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ status: 404, title: 'Not Found', code: 'E0201' });
  });

  it('pages the import list by links.next, every import exactly once, newest first', async () => {
    const { call } = await start({ imports: 7 });
    const seen: string[] = [];
    let next: string | undefined = '/imports?limit=3';
    let pages = 0;
    while (next) {
      const page = (await (await call(next)).json()) as { links: { next?: string; prev?: string }; results: Json[] };
      expect(page.results.length).toBeLessThanOrEqual(3);
      if (pages > 0) expect(page.links.prev).toBeDefined();
      seen.push(...page.results.map((r) => String(r.createdAt)));
      next = page.links.next;
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(7);
    expect([...seen].sort().reverse()).toEqual(seen);
    const ids = new Set<unknown>();
    for (const page of [0, 3, 6]) for (const r of ((await (await call(`/imports?limit=3&skip=${page}`)).json()) as { results: Json[] }).results) ids.add(r.id);
    expect(ids.size).toBe(7);
  });

  it('answers 429 "Requests rate limit reached." past the limit with X-RateLimit-* headers, and serves again after the window', async () => {
    const { call } = await start({ rateLimit: { limit: 3, windowSeconds: 1 } });
    const answers: Response[] = [];
    for (let i = 0; i < 4; i++) answers.push(await call('/imports'));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(answers.map((r) => r.headers.get('x-ratelimit-remaining'))).toEqual(['2', '1', '0', '0']);
    expect(answers.every((r) => r.headers.get('x-ratelimit-limit') === '3')).toBe(true);
    const refused = answers[3]!;
    expect(await refused.json()).toEqual({ status: 429, title: 'Too Many Requests', detail: 'Requests rate limit reached.', code: 'E0429' });
    const reset = Number(refused.headers.get('x-ratelimit-reset'));
    expect(reset).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000));
    expect(reset).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 1);

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, reset * 1000 - Date.now()) + 50));
    const again = await call('/imports');
    expect(again.status).toBe(200);
    expect(again.headers.get('x-ratelimit-remaining')).toBe('2');
  });

  it('fires email.subscription and email.unsubscription (GET ?email=&ip=) with the webhook headers when a patch changes the newsletter status', async () => {
    const { server, call, webhookHeaders } = await start();
    receiver = await startHostileReceiver();
    const sub = await server.api('/api/mocks/connectif/subscriptions', { body: { target: `${receiver.url}/ok`, events: ['email.subscription', 'email.unsubscription'] } });
    expect(sub.status).toBe(201);

    const email = 'lucia.garcia@example.es';
    const subscribed = await call(`/contacts/${email}`, { method: 'PATCH', body: { _name: 'Lucía', _newsletterSubscriptionStatus: 'subscribed', socio: true } });
    expect(subscribed.status).toBe(200);
    expect(await subscribed.json()).toMatchObject({ _email: email, _name: 'Lucía', _newsletterSubscriptionStatus: 'subscribed', socio: true, _points: 0 });
    const firstIds = subscribed.headers.get('x-hookbench-deliveries')!.split(',');
    // Same status again: nothing to tell.
    const same = await call(`/contacts/email/${email}`, { method: 'PATCH', body: { _externalId: 'CLI-1', _newsletterSubscriptionStatus: 'subscribed' } });
    expect(same.headers.get('x-hookbench-deliveries')).toBeNull();
    const unsubscribed = await call(`/contacts/${email}`, { method: 'PATCH', body: { _newsletterSubscriptionStatus: 'unsubscribed' } });
    const secondIds = unsubscribed.headers.get('x-hookbench-deliveries')!.split(',');

    const deliveries = await Promise.all([...firstIds, ...secondIds].map((id) => server.bench.engine.settled(id)));
    for (const d of deliveries) expect(d.eventId).toMatch(new RegExp(`^connectif:${d.event.replace('.', '\\.')}:${email.replace(/[.+]/g, '\\$&')}:[0-9a-f]{16}$`));
    expect(deliveries.map((d) => [d.event, d.status])).toEqual([
      ['email.subscription', 'succeeded'],
      ['email.unsubscription', 'succeeded'],
    ]);
    const requests = await receiver.waitFor(2);
    for (const request of requests) {
      expect(request.method).toBe('GET');
      const url = new URL(request.path, 'http://x');
      expect(Object.fromEntries(url.searchParams)).toEqual({ email, ip: '' });
      for (const [name, value] of Object.entries(webhookHeaders)) expect(request.headers[name.toLowerCase()]).toBe(value);
    }
    expect(await (await call(`/contacts/${email}`)).json()).toMatchObject({ _externalId: 'CLI-1', _newsletterSubscriptionStatus: 'unsubscribed' });
  });

  it('imports a CSV of contacts: queued, then inProgress, then finished with counts; the contacts can then be read', async () => {
    const { server, call } = await start({ jobs: { queuedSeconds: 0.15, inProgressSeconds: 0.15 } });
    receiver = await startHostileReceiver();
    await server.api('/api/mocks/connectif/subscriptions', { body: { target: `${receiver.url}/ok`, events: ['email.subscription'] } });
    const csv = [
      '_email;_name;_surname;_points;_newsletterSubscriptionStatus;ciudad',
      'marta.lopez@gmail.com;Marta;López Ruiz;120;subscribed;Sevilla',
      '"jorge.perez@hotmail.es";"Jorge";"Pérez; Gil";7;none;Bilbao',
      'no-es-un-email;Nadie;;;;',
      'pablo.sanz@yahoo.es;Pablo;Sanz;muchos;none;Madrid',
    ].join('\r\n');

    const created = await call('/imports/', { form: csvForm(csv, { type: 'contacts', delimiter: ';', overrideExisting: 'true' }) });
    expect(created.status).toBe(201);
    const job = (await created.json()) as Json;
    expect(job).toMatchObject({ type: 'contacts', status: 'queued', origin: 'api', total: 4, options: { delimiter: ';', overrideExisting: true, updateOnlyEmptyFields: false } });

    const statuses: string[] = [];
    const finished = await poll(call, `/imports/${String(job.id)}`, (j) => j.status === 'finished', statuses);
    expect(statuses).toContain('inProgress');
    expect(finished).toMatchObject({ status: 'finished', success: 2, errors: 2, startedAt: expect.any(String), finishedAt: expect.any(String) });
    const report = await (await fetch(String(finished.errorReportFileUrl))).text();
    expect(report.split('\r\n').filter(Boolean).map((l) => l.split(';')[0])).toEqual(['line', '4', '5']);

    expect(await (await call('/contacts/marta.lopez@gmail.com')).json()).toMatchObject({ _name: 'Marta', _surname: 'López Ruiz', _points: 120, ciudad: 'Sevilla', _newsletterSubscriptionStatus: 'subscribed' });
    expect(await (await call('/contacts/jorge.perez@hotmail.es')).json()).toMatchObject({ _surname: 'Pérez; Gil', _points: 7 });
    expect((await call('/contacts/pablo.sanz@yahoo.es')).status).toBe(404);
    const [hook] = await receiver.waitFor(1);
    expect(new URL(hook!.path, 'http://x').searchParams.get('email')).toBe('marta.lopez@gmail.com');
  });

  it('refuses imports that are not multipart, lack a key column or mix their options', async () => {
    const { call } = await start();
    expect((await call('/imports/', { body: { type: 'contacts' } })).status).toBe(415);
    const noEmail = await call('/imports/', { form: csvForm('_name\nAna\n', { type: 'contacts' }) });
    expect(noEmail.status).toBe(422);
    expect(await noEmail.json()).toMatchObject({ status: 422, validationErrors: [{ path: 'file', reason: expect.stringContaining('_email') }] });
    const mixed = await call('/imports/', { form: csvForm('code\nX\n', { type: 'coupons', updateOnlyEmptyFields: 'true' }) });
    expect(((await mixed.json()) as { validationErrors: { path: string }[] }).validationErrors.map((e) => e.path).sort()).toEqual(['couponSetId', 'updateOnlyEmptyFields']);
  });

  it('records a purchase of existing products by an existing contact, and refuses the rest as Connectif does', async () => {
    const { server, call } = await start();
    const sample = (await (await server.api('/api/providers/connectif/events/email.subscription/sample?seed=1')).json()) as { payload: { email: string } };
    const product = (await (await call('/products/product-id/CAL-20321')).json()) as Json;
    expect(product).toMatchObject({ productId: 'CAL-20321', name: 'Zapatillas de running Aire 3', id: expect.stringMatching(/^[0-9a-f]{24}$/) });
    const line = { productId: 'CAL-20321', name: String(product.name), unitPrice: Number(product.unitPrice), quantity: 2, price: Number(product.unitPrice) * 2 };
    const purchase = { cartId: 'cart-1', contactEmail: sample.payload.email, products: [line], purchaseDate: '2026-02-01T10:00:00.000Z', purchaseId: 'PED-2026-000001', totalPrice: line.price, totalQuantity: 2 };

    const created = await call('/purchases/?triggerPurchaseEvent=false', { body: purchase });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ ...purchase, id: expect.any(String), contactId: expect.any(String), products: [{ id: product.id, productId: 'CAL-20321' }] });
    expect(await (await call('/purchases/purchase-id/PED-2026-000001')).json()).toMatchObject({ purchaseId: 'PED-2026-000001' });
    expect((await call('/purchases/', { body: purchase })).status).toBe(409);

    const unknown = await call('/purchases/', { body: { ...purchase, purchaseId: 'PED-2', contactEmail: 'nadie@example.com', products: [{ ...line, productId: 'NOPE-1' }] } });
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as { validationErrors: { path: string }[] }).validationErrors.map((e) => e.path)).toEqual(['contactEmail', 'products.0.productId']);
    const foreign = await call('/purchases/', { body: { ...purchase, purchaseId: 'PED-3', products: [{ ...line, imageUrl: 'https://cdn.otra-tienda.com/x.jpg' }] } });
    expect(foreign.status).toBe(400);
    expect(await foreign.json()).toEqual({
      status: 400,
      title: 'Bad Request',
      detail: 'Product CAL-20321 had URL from non authorized domain.',
      code: 'E0103',
      productsId: ['CAL-20321'],
      allowedDomains: ['https://tienda.example.com'],
    });
  });

  it('upserts a product by the shop\'s id and reads it back by either id', async () => {
    const { call } = await start();
    const missing = await call('/products/product-id/NEW-1', { method: 'PATCH', body: { name: 'Abanico de madera' } });
    expect(missing.status).toBe(422);
    const created = await call('/products/product-id/NEW-1', { method: 'PATCH', body: { name: 'Abanico de madera', unitPrice: 12.95, productDetailUrl: 'https://tienda.example.com/abanico' } });
    expect(created.status).toBe(200);
    const product = (await created.json()) as Json;
    expect(product).toMatchObject({ productId: 'NEW-1', availability: 'instock', unitPrice: 12.95 });
    await call('/products/product-id/NEW-1', { method: 'PATCH', body: { unitPrice: 9.95 } });
    expect(await (await call(`/products/${String(product.id)}`)).json()).toMatchObject({ productId: 'NEW-1', unitPrice: 9.95, name: 'Abanico de madera' });
  });

  it('exports the contacts to a CSV linked by fileUrl once finished', async () => {
    const { call } = await start({ contacts: 5, jobs: { queuedSeconds: 0, inProgressSeconds: 0.05 } });
    const created = await call('/exports', { body: { exportType: 'contacts', delimiter: ';' } });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const finished = await poll(call, `/exports/${id}`, (j) => j.status === 'finished');
    expect(finished).toMatchObject({ total: 5, progress: 100 });
    const lines = (await (await fetch(String(finished.fileUrl))).text()).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(6);
    expect(lines[0]!.startsWith('_email;_name;_surname')).toBe(true);
  });
});
