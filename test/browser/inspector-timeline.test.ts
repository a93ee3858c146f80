/**
 * @module The inspector in a real browser, the merged timeline: inbound requests (the sink's and mock
 * API calls) interleaved with deliveries live and paged, the show toggle and filters in the URL,
 * resuming after a reconnection, the keyboard over inbound rows, 10,000 mixed rows; and the detail's
 * per-attempt curl and a burst member's replay.
 */
import { describe, expect, it } from 'vitest';
import { planDeliveries } from '../../server/delivery/plan-deliveries.ts';
import type { NewDelivery } from '../../server/store/delivery-repository.ts';
import { useInspector, type ProbedWindow } from './inspector-harness.ts';

const ui = useInspector();
const list = () => ui.page.locator('hb-delivery-list');
/** The list's rows in DOM order, as "d:<id>" for a delivery and "i:<id>" for an inbound request. */
const rowKeys = () =>
  list()
    .locator('[data-delivery-id], [data-inbound-id]')
    .evaluateAll((els) => els.map((el) => (el.hasAttribute('data-inbound-id') ? `i:${el.getAttribute('data-inbound-id')}` : `d:${el.getAttribute('data-delivery-id')}`)));

/** Sends a request to the server's own sink, as a provider would, and answers with its record's id. */
async function toSink(path: string): Promise<string> {
  const res = await fetch(`${ui.server.url}/sink/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"hello":"sink"}' });
  return ((await res.json()) as { id: string }).id;
}

describe('merged timeline', () => {
  it('shows every delivery and inbound request interleaved as they happen, opens one in the detail pane, and narrows to one kind', async () => {
    const { page, server } = ui;
    const { engine, store } = server.bench;
    const before = await engine.settled(engine.submit({ provider: 'standard', event: 'contact.created' }).delivery.id);
    const [beforeReceived] = store.sink.list({ limit: 1 });
    await ui.open();
    // Both kinds by default: the address says nothing, the toggle says Both.
    await expect.poll(rowKeys).toEqual([`i:${beforeReceived!.id}`, `d:${before.id}`]);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('hb-show-toggle input[value="both"]').isChecked()).toBe(true);

    // Live: a delivery and what the sink received of it, then a request nobody in hookbench sent.
    const live = engine.submit({ provider: 'standard', event: 'contact.created', faults: { signature: 'invalid' } }).delivery;
    await engine.settled(live.id);
    const [liveReceived] = store.sink.list({ limit: 1 });
    const stranger = await toSink('github/push');
    await expect.poll(rowKeys).toEqual([`i:${stranger}`, `i:${liveReceived!.id}`, `d:${live.id}`, `i:${beforeReceived!.id}`, `d:${before.id}`]);

    const inbound = list().locator(`[data-inbound-id="${liveReceived!.id}"]`);
    expect(await inbound.getAttribute('data-direction')).toBe('in');
    expect(await inbound.getAttribute('data-verified')).toBe('false');
    expect(await inbound.locator('.c-request').textContent()).toBe(`←POST /sink/default`);
    expect(await inbound.locator('.c-code').textContent()).toBe(String(liveReceived!.responseStatus));
    expect(await list().locator(`[data-inbound-id="${stranger}"]`).getAttribute('data-verified')).toBe('none');
    expect(await page.locator('hb-filter-bar .count').textContent()).toMatch(/^2 deliveries · 3 inbound$/);
    // Distinct at a glance: inbound rows are tinted, deliveries are not.
    const background = (selector: string) => list().locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background(`[data-inbound-id="${stranger}"]`)).not.toBe(await background(`[data-delivery-id="${live.id}"]`));

    await inbound.click();
    await page.waitForURL((url) => url.pathname === `/deliveries/${liveReceived!.id}` && url.search === '');
    const verdict = page.locator('hb-deliveries-view hb-sink-request-detail .verdict[data-verified="false"]');
    expect(await verdict.locator('.reason').textContent()).toBe(liveReceived!.verification!.reason);
    expect(await list().locator(`[data-inbound-id="${liveReceived!.id}"]`).getAttribute('aria-selected')).toBe('true');
    await ui.screenshot('timeline');
    // Wide enough for the list's own columns: method and path span event and target, the check sits under status.
    await page.locator('hb-nav-bar button', { hasText: 'Hide fire panel' }).click();
    await page.setViewportSize({ width: 1920, height: 900 });
    await ui.screenshot('timeline-wide');

    await page.locator('hb-show-toggle label', { hasText: 'Deliveries' }).click();
    await page.waitForURL((url) => url.searchParams.get('show') === 'deliveries');
    await expect.poll(rowKeys).toEqual([`d:${live.id}`, `d:${before.id}`]);
    await page.locator('hb-show-toggle label', { hasText: 'Inbound' }).click();
    await page.waitForURL((url) => url.searchParams.get('show') === 'inbound');
    await expect.poll(rowKeys).toEqual([`i:${stranger}`, `i:${liveReceived!.id}`, `i:${beforeReceived!.id}`]);
  });

  it('shows mock API calls live, a write below the delivery it emitted and the sink receiving it above, and filters them by provider', async () => {
    const { page, server } = ui;
    const { engine, store } = server.bench;
    const hubspot = await engine.settled(engine.submit({ provider: 'hubspot', event: 'contact.creation', target: `${server.url}/sink/hubspot` }).delivery.id);
    const [hubspotReceived] = store.sink.list({ name: 'hubspot', limit: 1 });
    await ui.open();
    await list().locator(`[data-delivery-id="${hubspot.id}"]`).waitFor();

    const key = server.bench.vault.verification('ploomes').userKey!;
    const ploomes = (path: string, init: { method?: string; body?: unknown } = {}) =>
      fetch(`${server.url}/mock/ploomes${path}`, {
        method: init.method ?? 'GET',
        headers: { 'User-Key': key, ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
        ...(init.body ? { body: JSON.stringify(init.body) } : {}),
      });
    const read = await ploomes('/Contacts?$top=1');
    expect(read.status).toBe(200);
    const contact = ((await read.json()) as { value: { Id: number }[] }).value[0]!;
    const mock = list().locator('[data-name="mock"]');
    await mock.waitFor();
    const [readCall] = store.sink.list({ name: 'mock', limit: 1 });
    expect(await mock.getAttribute('data-inbound-id')).toBe(readCall!.id);
    expect(await mock.locator('.c-request').textContent()).toBe('←GET /mock/ploomes/Contacts?$top=1');
    expect(await mock.locator('.tag').textContent()).toBe('mock API');
    expect(await mock.locator('.c-provider').textContent()).toBe('ploomes');

    // A webhook registered through the API, then a write: the PATCH emits Contacts.Update to the sink.
    const registered = await ploomes('/Webhooks', { method: 'POST', body: { EntityId: 1, ActionId: 2, CallbackUrl: `${server.url}/sink/crm`, ValidationKey: 'k' } });
    expect(registered.status).toBe(200);
    expect((await ploomes(`/Contacts(${contact.Id})`, { method: 'PATCH', body: { Name: 'ACME Renomeada' } })).status).toBe(200);
    await expect.poll(() => store.sink.list({ name: 'crm', limit: 1 }).length).toBe(1);
    const [received] = store.sink.list({ name: 'crm', limit: 1 });
    const emitted = store.deliveries.list({ event: 'Contacts.Update', limit: 1 }).items[0]!;
    const [patch, register] = store.sink.list({ name: 'mock', limit: 2 });
    expect([patch!.method, register!.method]).toEqual(['PATCH', 'POST']);
    await expect
      .poll(rowKeys)
      .toEqual([`i:${received!.id}`, `d:${emitted.id}`, `i:${patch!.id}`, `i:${register!.id}`, `i:${readCall!.id}`, `i:${hubspotReceived!.id}`, `d:${hubspot.id}`]);
    expect(await list().locator(`[data-delivery-id="${emitted.id}"]`).getAttribute('data-event')).toBe('Contacts.Update');
    await ui.screenshot('timeline-mock', { dark: false });

    // Opened, the call shows what the client sent and what the mock answered.
    await list().locator(`[data-inbound-id="${patch!.id}"]`).click();
    await page.waitForURL((url) => url.pathname === `/deliveries/${patch!.id}`);
    const detail = page.locator('hb-deliveries-view hb-sink-request-detail');
    expect(await detail.locator('.verdict[data-verified="none"]').textContent()).toContain(`Mock API call to ploomes's API`);
    expect(await detail.locator('h2').textContent()).toBe(`PATCH /mock/ploomes/Contacts(${contact.Id})`);
    expect(JSON.parse((await detail.locator('hb-json-tree[data-format="pretty"] .tree').textContent()) ?? '')).toEqual({ Name: 'ACME Renomeada' });

    await page.locator('hb-filter-bar select[name="provider"]').selectOption('hubspot');
    await page.waitForURL((url) => url.search === '?provider=hubspot');
    await expect.poll(rowKeys).toEqual([`i:${hubspotReceived!.id}`, `d:${hubspot.id}`]);
  });

  it('reads the show toggle and filters from the URL, asks both APIs with them, hides inbound rows for delivery-only filters, and keeps it all across reload and back', async () => {
    const { page, server } = ui;
    const { engine } = server.bench;
    const win = await engine.settled(engine.submit({ provider: 'ploomes', event: 'Deals.Win', target: `${server.url}/sink/orders` }).delivery.id);
    await engine.settled(engine.submit({ provider: 'hubspot', event: 'contact.creation', target: `${server.url}/sink/orders` }).delivery.id);
    const [ploomesReceived] = server.bench.store.sink.list({ provider: 'ploomes', limit: 1 });
    await toSink('elsewhere');
    const queries: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname === '/api/sink/requests' || url.pathname === '/api/deliveries') queries.push(`${url.pathname}${url.search}`);
    });

    await ui.open('/?provider=ploomes&q=orders&show=inbound');
    await expect.poll(rowKeys).toEqual([`i:${ploomesReceived!.id}`]);
    const bar = page.locator('hb-filter-bar');
    expect(await bar.locator('hb-show-toggle input[value="inbound"]').isChecked()).toBe(true);
    expect(await bar.locator('select[name="provider"]').inputValue()).toBe('ploomes');
    expect(await bar.locator('input[name="q"]').inputValue()).toBe('orders');
    expect(queries).toContain('/api/sink/requests?provider=ploomes&q=orders&limit=200');

    await bar.locator('hb-show-toggle label', { hasText: 'Both' }).click();
    await page.waitForURL((url) => url.search === '?provider=ploomes&q=orders');
    await expect.poll(rowKeys).toEqual([`i:${ploomesReceived!.id}`, `d:${win.id}`]);
    expect(queries).toContain('/api/deliveries?provider=ploomes&q=orders&limit=200');

    await bar.locator('select[name="status"]').selectOption('succeeded');
    await page.waitForURL((url) => url.search === '?provider=ploomes&q=orders&status=succeeded');
    await expect.poll(rowKeys).toEqual([`d:${win.id}`]);
    expect(await bar.locator('.count').textContent()).toBe('1 delivery match · inbound hidden by status');

    await page.reload();
    await page.locator('hb-connection-status[state="live"]').waitFor();
    await expect.poll(rowKeys).toEqual([`d:${win.id}`]);
    expect(await bar.locator('hb-show-toggle input[value="both"]').isChecked()).toBe(true);
    expect(await bar.locator('select[name="status"]').inputValue()).toBe('succeeded');

    await page.goBack();
    await page.waitForURL((url) => url.search === '?provider=ploomes&q=orders');
    await expect.poll(rowKeys).toEqual([`i:${ploomesReceived!.id}`, `d:${win.id}`]);
    await page.goBack();
    await page.waitForURL((url) => url.search === '?provider=ploomes&q=orders&show=inbound');
    await expect.poll(rowKeys).toEqual([`i:${ploomesReceived!.id}`]);
  });

  it('catches up on deliveries, sink requests and mock API calls made while its WebSocket was down, without reloading either list', async () => {
    const { page, server } = ui;
    const { engine, store } = server.bench;
    const loads: string[] = [];
    page.on('request', (r) => {
      const { pathname } = new URL(r.url());
      if (pathname === '/api/sink/requests' || pathname === '/api/deliveries') loads.push(pathname);
    });
    const before = await engine.settled(engine.submit({ provider: 'ploomes', event: 'Deals.Win' }).delivery.id);
    const [beforeReceived] = store.sink.list({ limit: 1 });
    await ui.open();
    await expect.poll(rowKeys).toEqual([`i:${beforeReceived!.id}`, `d:${before.id}`]);
    const loadsOnOpen = loads.length;
    expect(loads).toContain('/api/sink/requests');

    await page.evaluate(() => {
      const probe = (window as unknown as ProbedWindow).hbProbe;
      probe.hold = true;
      probe.sockets.at(-1)?.close();
    });
    await page.locator('hb-connection-status:not([state="live"])').waitFor();
    const missed = await engine.settled(engine.submit({ provider: 'ploomes', event: 'Deals.Lose' }).delivery.id);
    const [missedReceived] = store.sink.list({ limit: 1 });
    const call = await fetch(`${server.url}/mock/ploomes/Deals?$top=1`, { headers: { 'User-Key': server.bench.vault.verification('ploomes').userKey! } });
    expect(call.status).toBe(200);
    const [missedCall] = store.sink.list({ name: 'mock', limit: 1 });
    const stranger = await toSink('elsewhere');
    expect(await rowKeys()).toEqual([`i:${beforeReceived!.id}`, `d:${before.id}`]);

    await page.evaluate(() => {
      (window as unknown as ProbedWindow).hbProbe.hold = false;
    });
    await page.locator('hb-connection-status[state="live"]').waitFor({ timeout: 10_000 });
    await expect
      .poll(rowKeys)
      .toEqual([`i:${stranger}`, `i:${missedCall!.id}`, `i:${missedReceived!.id}`, `d:${missed.id}`, `i:${beforeReceived!.id}`, `d:${before.id}`]);
    await list().locator(`[data-delivery-id="${missed.id}"][data-status="succeeded"]`).waitFor();
    const urls = await page.evaluate(() => (window as unknown as ProbedWindow).hbProbe.urls);
    expect(urls.at(-1)).toMatch(/\/ws\?batch=\d+&since=[1-9]\d*$/);
    // From the message log: no list was loaded again.
    expect(loads).toHaveLength(loadsOnOpen);
  });

  it('moves over inbound rows with j and k, opens one with Enter, and replays only deliveries with r', async () => {
    const { page, server } = ui;
    const { engine, store } = server.bench;
    const first = await engine.settled(engine.submit({ provider: 'ploomes', event: 'Deals.Win' }).delivery.id);
    const second = await engine.settled(engine.submit({ provider: 'ploomes', event: 'Deals.Lose' }).delivery.id);
    const [secondReceived, firstReceived] = store.sink.list({ limit: 2 });
    await ui.open();
    await expect.poll(rowKeys).toEqual([`i:${secondReceived!.id}`, `d:${second.id}`, `i:${firstReceived!.id}`, `d:${first.id}`]);
    const grid = list().locator('[role="grid"]');

    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await expect.poll(() => grid.getAttribute('aria-activedescendant')).toBe(`row-${second.id}`);
    await page.keyboard.press('j');
    await expect.poll(() => grid.getAttribute('aria-activedescendant')).toBe(`row-${firstReceived!.id}`);
    expect(await list().locator(`#row-${firstReceived!.id}`).evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/deliveries/${firstReceived!.id}`);
    await page.locator('hb-deliveries-view hb-sink-request-detail .verdict[data-verified="true"]').waitFor();

    // r on a request nobody here sent: nothing to replay, and the keys after it still work.
    await page.keyboard.press('r');
    await page.keyboard.press('j');
    await expect.poll(() => grid.getAttribute('aria-activedescendant')).toBe(`row-${first.id}`);
    expect(await page.locator('hb-replay-dialog dialog[open]').count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/deliveries/${first.id}`);
    await page.keyboard.press('r');
    await page.locator('hb-replay-dialog dialog[open][aria-modal="true"] button.as-is:focus').waitFor();
  });

  it('scrolls 10,000 deliveries and inbound requests interleaved, paging both lists, rendering only the rows in view', async () => {
    const { page, server } = ui;
    const { bench } = server;
    const [template] = planDeliveries({ ...bench, defaultTimeScale: 1, input: { provider: 'ploomes', event: 'Deals.Win', seed: 1 } }).deliveries;
    const base = Date.parse('2026-01-01T00:00:00.000Z');
    const at = (s: number) => new Date(base + s * 1000).toISOString();
    // Deliveries on even seconds, requests on odd ones: the list alternates all the way down.
    const deliveries: NewDelivery[] = Array.from({ length: 5000 }, (_, i) => ({ ...template!, id: `dlv_bulk${String(i).padStart(5, '0')}`, status: 'succeeded', createdAt: at(2 * i) }));
    bench.store.deliveries.insertMany(deliveries);
    for (let i = 0; i < 5000; i++) {
      bench.store.sink.insert({
        id: `snk_bulk${String(i).padStart(5, '0')}`, name: 'default', method: 'POST', url: `/sink/default/${i}`, headers: {}, body: '{}',
        bodyEncoding: 'utf8', bodyBytes: 2, receivedAt: at(2 * i + 1), responseStatus: i % 9 === 0 ? 500 : 200,
      });
    }

    await ui.open();
    const grid = list().locator('[role="grid"]');
    await list().locator('[data-inbound-id="snk_bulk04999"]').waitFor();
    expect(await grid.getAttribute('aria-rowcount')).toBe('10001');
    expect((await rowKeys()).slice(0, 4)).toEqual(['i:snk_bulk04999', 'd:dlv_bulk04999', 'i:snk_bulk04998', 'd:dlv_bulk04998']);
    expect(await page.locator('hb-filter-bar .count').textContent()).toBe('5,000 deliveries · 5,000 inbound');

    const scroller = list().locator('lit-virtualizer');
    const oldest = list().locator('[data-delivery-id="dlv_bulk00000"]');
    await expect
      .poll(
        async () => {
          await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
          return oldest.isVisible();
        },
        { timeout: 20_000, interval: 100 },
      )
      .toBe(true);
    expect(await oldest.getAttribute('aria-rowindex')).toBe('10001');
    expect(await list().locator('[role="row"]').count()).toBeLessThan(200);
    // The bottom of the list alternates as the top does: the two lists were merged, not appended.
    const bottom = (await rowKeys()).slice(-4);
    expect(bottom).toEqual(['i:snk_bulk00001', 'd:dlv_bulk00001', 'i:snk_bulk00000', 'd:dlv_bulk00000']);
    await ui.screenshot('timeline-10k', { dark: false });
  });
});

describe('delivery detail and replay', () => {
  it("copies as curl the attempt being viewed: HubSpot's second attempt says attemptNumber 1", async () => {
    const { page, server } = ui;
    const { engine } = server.bench;
    const d = await engine.settled(engine.submit({ provider: 'hubspot', event: 'contact.creation', target: `${server.url}/sink/hubspot?fail=1`, faults: { retry: [10] } }).delivery.id);
    expect(d.attempts).toHaveLength(2);
    await ui.open(`/deliveries/${d.id}`);
    const detail = page.locator(`hb-delivery-detail article[data-delivery-id="${d.id}"]`);
    const copiedBody = async () => /--data-binary '(.*)'$/m.exec(await ui.clipboard())?.[1]?.replaceAll(`'\\''`, `'`);
    await detail.locator('[role="tabpanel"][data-attempt="2"]').waitFor();
    await detail.locator('hb-copy-button.curl').click();
    await expect.poll(copiedBody).toBe(d.attempts[1]!.request.body);
    await detail.locator('hb-attempt-timeline button[data-attempt="1"]').click();
    await detail.locator('[role="tabpanel"][data-attempt="1"]').waitFor();
    await detail.locator('hb-copy-button.curl').click();
    await expect.poll(copiedBody).toBe(d.attempts[0]!.request.body);
    const first = await copiedBody();
    expect((JSON.parse(first!) as { attemptNumber: number }[])[0]!.attemptNumber).toBe(0);
  });

  it('replays one member of a burst as that one delivery, and no longer warns that the burst goes again', async () => {
    const { page, server } = ui;
    const { engine, store } = server.bench;
    const { delivery, related } = engine.submit({ provider: 'ploomes', event: 'Deals.Win', faults: { burst: { count: 3, concurrency: 3 }, reorder: true } });
    const members = await Promise.all([delivery.id, ...related].map((id) => engine.settled(id)));
    const member = members[2]!;
    await ui.open(`/deliveries/${member.id}`);
    await page.locator('hb-delivery-detail button.edit').click();
    const dialog = page.locator('hb-replay-dialog dialog[open]');
    await dialog.locator('button.as-is:focus').waitFor();
    expect(await dialog.locator('.note.warn').count()).toBe(0);
    expect(await dialog.locator('input[name="fault-burst"]').inputValue()).toBe('');
    await dialog.locator('button.as-is').click();
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(() => store.deliveries.list({ limit: 10 }).items.filter((d) => d.replayOf === member.id)).toHaveLength(1);
    const [replay] = store.deliveries.list({ limit: 1 }).items;
    expect(replay).toMatchObject({ replayOf: member.id });
    expect(replay!.batchId).toBeUndefined();
    expect(store.deliveries.count()).toBe(4);
  });
});
