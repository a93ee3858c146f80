/**
 * @module The inspector in a real browser, the merged timeline: inbound requests (the sink's and mock
 * API calls) interleaved with deliveries live and paged, the show toggle and filters in the URL,
 * 10,000 mixed rows; and the detail's per-attempt curl and a burst member's replay.
 */
import { describe, expect, it } from 'vitest';
import { planDeliveries } from '../../server/delivery/plan-deliveries.ts';
import type { NewDelivery } from '../../server/store/delivery-repository.ts';
import { useInspector } from './inspector-harness.ts';

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
  it('interleaves inbound requests with deliveries as they happen once Both is chosen, and opens one in the detail pane', async () => {
    const { page, server } = ui;
    const { engine, store } = server.bench;
    const before = await engine.settled(engine.submit({ provider: 'standard', event: 'contact.created' }).delivery.id);
    await ui.open();
    await expect.poll(rowKeys).toEqual([`d:${before.id}`]);

    await page.locator('hb-show-toggle label', { hasText: 'Both' }).click();
    await page.waitForURL((url) => url.search === '?show=both');
    const [beforeReceived] = store.sink.list({ limit: 1 });
    await expect.poll(rowKeys).toEqual([`i:${beforeReceived!.id}`, `d:${before.id}`]);

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
    await page.waitForURL((url) => url.pathname === `/deliveries/${liveReceived!.id}` && url.search === '?show=both');
    const verdict = page.locator('hb-deliveries-view hb-sink-request-detail .verdict[data-verified="false"]');
    expect(await verdict.locator('.reason').textContent()).toBe(liveReceived!.verification!.reason);
    expect(await list().locator(`[data-inbound-id="${liveReceived!.id}"]`).getAttribute('aria-selected')).toBe('true');
    await ui.screenshot('timeline');
    // Wide enough for the list's own columns: method and path span event and target, the check sits under status.
    await page.locator('hb-nav-bar button', { hasText: 'Hide fire panel' }).click();
    await page.setViewportSize({ width: 1920, height: 900 });
    await ui.screenshot('timeline-wide');

    await page.locator('hb-show-toggle label', { hasText: 'Inbound' }).click();
    await page.waitForURL((url) => url.searchParams.get('show') === 'inbound');
    await expect.poll(rowKeys).toEqual([`i:${stranger}`, `i:${liveReceived!.id}`, `i:${beforeReceived!.id}`]);
  });

  it('shows a call to a mock API next to the deliveries, and filters it by provider with them', async () => {
    const { page, server } = ui;
    const { engine } = server.bench;
    const hubspot = await engine.settled(engine.submit({ provider: 'hubspot', event: 'contact.creation', target: `${server.url}/sink/hubspot` }).delivery.id);
    await ui.open('/?show=both');
    await list().locator(`[data-delivery-id="${hubspot.id}"]`).waitFor();

    const key = server.bench.vault.verification('ploomes').userKey!;
    expect((await fetch(`${server.url}/mock/ploomes/Contacts`, { headers: { 'User-Key': key } })).status).toBe(200);
    const mock = list().locator('[data-name="mock"]');
    await mock.waitFor({ timeout: 2000 });
    const [call] = server.bench.store.sink.list({ name: 'mock', limit: 1 });
    expect(await mock.getAttribute('data-inbound-id')).toBe(call!.id);
    expect(await mock.locator('.c-request').textContent()).toBe('←GET /mock/ploomes/Contacts');
    expect(await mock.locator('.tag').textContent()).toBe('mock API');
    expect(await mock.locator('.c-provider').textContent()).toBe('ploomes');
    expect((await rowKeys())[0]).toBe(`i:${call!.id}`);

    await page.locator('hb-filter-bar select[name="provider"]').selectOption('hubspot');
    await page.waitForURL((url) => url.search === '?provider=hubspot&show=both');
    const [received] = server.bench.store.sink.list({ name: 'hubspot', limit: 1 });
    await expect.poll(rowKeys).toEqual([`i:${received!.id}`, `d:${hubspot.id}`]);
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

    await ui.open('/?provider=ploomes&q=orders&show=both');
    await expect.poll(rowKeys).toEqual([`i:${ploomesReceived!.id}`, `d:${win.id}`]);
    const bar = page.locator('hb-filter-bar');
    expect(await bar.locator('hb-show-toggle input[value="both"]').isChecked()).toBe(true);
    expect(await bar.locator('select[name="provider"]').inputValue()).toBe('ploomes');
    expect(await bar.locator('input[name="q"]').inputValue()).toBe('orders');
    expect(queries).toContain('/api/sink/requests?provider=ploomes&q=orders&limit=200');
    expect(queries).toContain('/api/deliveries?provider=ploomes&q=orders&limit=200');

    await bar.locator('select[name="status"]').selectOption('succeeded');
    await page.waitForURL((url) => url.search === '?provider=ploomes&q=orders&status=succeeded&show=both');
    await expect.poll(rowKeys).toEqual([`d:${win.id}`]);
    expect(await bar.locator('.hidden-inbound').textContent()).toBe('inbound hidden by status');

    await page.reload();
    await page.locator('hb-connection-status[state="live"]').waitFor();
    await expect.poll(rowKeys).toEqual([`d:${win.id}`]);
    expect(await bar.locator('hb-show-toggle input[value="both"]').isChecked()).toBe(true);
    expect(await bar.locator('select[name="status"]').inputValue()).toBe('succeeded');

    await page.goBack();
    await page.waitForURL((url) => url.search === '?provider=ploomes&q=orders&show=both');
    await expect.poll(rowKeys).toEqual([`i:${ploomesReceived!.id}`, `d:${win.id}`]);
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

    await ui.open('/?show=both');
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
