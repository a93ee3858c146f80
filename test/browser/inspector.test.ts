/**
 * @module The inspector in a real browser, firing and the live list: fire and see it live, preview,
 * options, faults, scenarios, the JSON editor, bursts, filters in the URL, 10,000 rows, the keyboard,
 * and resuming after a reconnection. (One file per area would re-import the server and relaunch
 * Chromium each: on a two-CPU runner vitest runs files one after another.)
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { planDeliveries } from '../../server/delivery/plan-deliveries.ts';
import type { NewDelivery } from '../../server/store/delivery-repository.ts';
import { useInspector, type ProbedWindow } from './inspector-harness.ts';

const ui = useInspector();
const row = (id: string) => ui.page.locator(`hb-delivery-list [data-delivery-id="${id}"]`);
const rowIds = () => ui.page.locator('hb-delivery-list [data-delivery-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-delivery-id')));

describe('firing and following', () => {
  it('fires Contacts.Update from the panel, lists it live and shows the attempt in full', async () => {
    const { page, server } = ui;
    await ui.open();
    await page.locator('hb-trigger-panel select[name="provider"]').selectOption('ploomes');
    await page.locator('hb-trigger-panel select[name="event"]').selectOption('Contacts.Update');
    const description = server.bench.registry.get('ploomes').catalogue['Contacts.Update']?.description ?? '';
    expect(await page.locator('hb-trigger-panel .event-description').textContent()).toContain(description);
    await page.evaluate(() => Object.assign(window, { hbNotReloaded: true }));

    await page.locator('hb-trigger-panel button.fire').click();
    const fired = page.locator('hb-delivery-list [data-event="Contacts.Update"]');
    await fired.waitFor();

    expect(await page.evaluate(() => (window as unknown as ProbedWindow).hbNotReloaded)).toBe(true);
    const id = (await fired.getAttribute('data-delivery-id'))!;
    const stored = server.bench.store.deliveries.list({ limit: 5 }).items;
    expect(stored.map((d) => [d.id, d.provider, d.event])).toContainEqual([id, 'ploomes', 'Contacts.Update']);
    await page.locator(`hb-delivery-list [data-delivery-id="${id}"][data-status="succeeded"]`).waitFor();

    await fired.click();
    const panel = page.locator(`hb-delivery-detail article[data-delivery-id="${id}"] [role="tabpanel"][data-attempt="1"]`);
    const request = panel.locator('hb-http-message.request');
    const response = panel.locator('hb-http-message.response');
    await response.locator('[data-status="200"]').waitFor();
    expect(await request.locator('.method').textContent()).toBe('POST');
    expect(await request.locator('.url').textContent()).toBe(`${server.url}/sink/default`);
    const header = (name: string) => request.locator(`tr[data-header="${name}"] td`).textContent();
    // The key is a credential: the settings view shows it, the traffic view names it; the receiver got the real one.
    expect(await header('X-Ploomes-Validation-Key')).toBe('<redacted:ploomes.validationKey>');
    const received = server.bench.store.sink.get(server.bench.store.sink.list({ limit: 1 })[0]!.id)!;
    const sent = Object.entries(received.headers).find(([name]) => name.toLowerCase() === 'x-ploomes-validation-key')?.[1];
    expect(sent).toBe(server.bench.vault.verification('ploomes').validationKey);
    expect(await header('Content-Type')).toBe('application/json; charset=utf-8');
    const body = JSON.parse((await request.locator('hb-json-tree[data-format="pretty"] .tree').textContent()) ?? '');
    expect(body).toMatchObject({ Action: 'Update', Entity: 'Contacts' });
    expect(await response.locator('.status-text').textContent()).toBe('OK');
    expect(await response.locator('.timing').textContent()).toMatch(/^after \d+(\.\d+)? (ms|s)$/);
    expect(page.url()).toBe(`${server.url}/deliveries/${id}`);
  });

  it('previews the chosen event, and fires exactly the previewed bytes with "Use this seed"', async () => {
    const { page, server } = ui;
    await ui.open();
    await page.locator('hb-trigger-panel select[name="provider"]').selectOption('ploomes');
    await page.locator('hb-trigger-panel select[name="event"]').selectOption('Deals.Win');
    await page.locator('hb-trigger-panel input[name="seed"]').fill('7');
    const preview = page.locator('hb-sample-preview');
    await preview.locator('.seed code', { hasText: /^7$/ }).waitFor();
    const shownBody = () => preview.locator('hb-json-tree[data-format="pretty"] .tree').textContent();
    const { sampleEvent } = await import('../../server/delivery/sample-event.ts');
    const expected = sampleEvent(server.bench, { provider: 'ploomes', event: 'Deals.Win', seed: 7 });
    expect(JSON.parse((await shownBody()) ?? '')).toEqual(JSON.parse(expected.request.body));
    expect(expected.request.headers['X-Ploomes-Validation-Key']).toBe(server.bench.vault.verification('ploomes').validationKey);
    expect(await preview.locator('tr[data-header="X-Ploomes-Validation-Key"] td').textContent()).toBe('<redacted:ploomes.validationKey>');

    await preview.getByRole('button', { name: 'Regenerate' }).click();
    await preview.locator('.seed code', { hasNotText: /^7$/ }).waitFor();
    const seed = Number(await preview.locator('.seed code').textContent());
    const regenerated = JSON.parse((await shownBody()) ?? '');
    await preview.getByRole('button', { name: 'Use this seed' }).click();
    expect(await page.locator('hb-trigger-panel input[name="seed"]').inputValue()).toBe(String(seed));
    await page.locator('hb-trigger-panel button.fire').click();
    const fired = page.locator('hb-delivery-list [data-event="Deals.Win"][data-status="succeeded"]');
    await fired.waitFor();
    const delivered = server.bench.store.deliveries.get((await fired.getAttribute('data-delivery-id'))!);
    expect(delivered?.seed).toBe(seed);
    expect(JSON.parse(delivered!.attempts[0]!.request.body)).toEqual(regenerated);
  });

  it("sets a provider's delivery options per delivery: HubSpot signed v1 only, previewed and sent", async () => {
    const { page, server } = ui;
    await ui.open();
    await page.locator('hb-trigger-panel select[name="provider"]').selectOption('hubspot');
    await page.locator('hb-trigger-panel select[name="event"]').selectOption('contact.creation');
    const options = page.locator('hb-delivery-options');
    await options.locator('summary').click();
    await options.locator('select[name="signatureVersion"]').selectOption('v1');
    await expect.poll(() => options.locator('summary').textContent()).toContain('(1 changed)');
    const preview = page.locator('hb-sample-preview');
    await preview.locator('tr[data-header="X-HubSpot-Signature-Version"] td', { hasText: 'v1' }).waitFor();
    expect(await preview.locator('tr[data-header="X-HubSpot-Signature-v3"]').count()).toBe(0);

    await page.locator('hb-trigger-panel button.fire').click();
    const fired = page.locator('hb-delivery-list [data-event="contact.creation"][data-status="succeeded"]');
    await fired.waitFor();
    const delivery = server.bench.store.deliveries.get((await fired.getAttribute('data-delivery-id'))!);
    expect(delivery?.settings).toEqual({ signatureVersion: 'v1' });
    const headers = delivery!.attempts[0]!.request.headers;
    expect(headers['X-HubSpot-Signature-Version']).toBe('v1');
    expect(headers['X-HubSpot-Signature-v3']).toBeUndefined();
    // The sink checked it with the workbench's client secret.
    const [received] = server.bench.store.sink.list({ limit: 1 });
    expect(received).toMatchObject({ provider: 'hubspot', verification: { ok: true } });
  });

  it('fires with faults from the panel, and marks the fault the API refused', async () => {
    const { page, server } = ui;
    await ui.open();
    await page.locator('hb-trigger-panel select[name="provider"]').selectOption('ploomes');
    await page.locator('hb-trigger-panel select[name="event"]').selectOption('Deals.Lose');
    const picker = page.locator('hb-trigger-panel hb-fault-picker');
    await picker.locator('summary').click();
    await picker.locator('select[name="fault-signature"]').selectOption('missing');
    await picker.locator('input[name="fault-duplicate"]').fill('2');
    await picker.locator('input[name="fault-duplicate"]').dispatchEvent('change');
    await page.locator('hb-trigger-panel button.fire').click();
    await expect.poll(() => page.locator('hb-delivery-list [data-event="Deals.Lose"][data-status="succeeded"]').count()).toBe(2);
    const received = server.bench.store.sink.list({ limit: 2 });
    expect(received.map((r) => r.verification)).toEqual([
      { ok: false, scheme: 'validation-key', reason: 'X-Ploomes-Validation-Key is missing' },
      { ok: false, scheme: 'validation-key', reason: 'X-Ploomes-Validation-Key is missing' },
    ]);

    await picker.locator('input[name="fault-burst"]').fill('lots');
    await picker.locator('input[name="fault-burst"]').dispatchEvent('change');
    await page.locator('hb-trigger-panel button.fire').click();
    await page.locator('hb-trigger-panel .error-box', { hasText: 'faults.burst' }).waitFor();
    expect(await picker.locator('input[name="fault-burst"]').getAttribute('aria-invalid')).toBe('true');
  });

  it('plays a scenario from the panel and follows its steps', async () => {
    const { page, server } = ui;
    await ui.open();
    const panel = page.locator('hb-scenario-panel');
    await panel.locator('summary').click();
    await panel.locator('select[name="scenario"]').selectOption('ploomes-deal-won');
    await panel.locator('input[name="time-scale"]').fill('0.001');
    await panel.locator('input[name="scenario-seed"]').fill('12');
    await panel.getByRole('button', { name: /^Run/ }).click();
    await expect.poll(() => panel.locator('li button.step-link[data-status="succeeded"]').count(), { timeout: 10_000 }).toBe(4);
    const stored = server.bench.store.deliveries.list({ limit: 10 }).items;
    expect(stored.filter((d) => d.provider === 'ploomes')).toHaveLength(4);
    expect(new Set(stored.map((d) => d.batchId)).size).toBe(1);
    // Its progress, from the WebSocket: all four settled.
    await page.locator(`hb-batch-progress section[data-batch-id="${stored[0]!.batchId}"][data-done="true"] .settled`, { hasText: '4/4' }).waitFor();
    await panel.locator('li[data-step="3"] button.step-link').click();
    await page.locator('hb-delivery-detail hb-attempt-timeline button[data-attempt="1"]').waitFor();
    expect(page.url()).toMatch(/\/deliveries\/dlv_/);
  });

  it('shows a delivery fired from outside the browser as it happens', async () => {
    const { page, server } = ui;
    await ui.open();
    const { delivery } = server.bench.engine.submit({ provider: 'ploomes', event: 'Deals.Win' });

    await row(delivery.id).waitFor();
    expect(await row(delivery.id).getAttribute('data-event')).toBe('Deals.Win');
    await page.locator(`hb-delivery-list [data-delivery-id="${delivery.id}"][data-status="succeeded"]`).waitFor();
  });

  it('catches up on deliveries made while its WebSocket was down, resuming with ?since', async () => {
    const { page, server } = ui;
    const listLoads: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/deliveries' && r.method() === 'GET') listLoads.push(r.url());
    });
    await ui.open();
    const before = server.bench.engine.submit({ provider: 'ploomes', event: 'Contacts.Create' }).delivery;
    await row(before.id).waitFor();

    await page.evaluate(() => {
      const probe = (window as unknown as ProbedWindow).hbProbe;
      probe.hold = true;
      probe.sockets.at(-1)?.close();
    });
    await page.locator('hb-connection-status:not([state="live"])').waitFor();
    const missed = [
      server.bench.engine.submit({ provider: 'ploomes', event: 'Deals.Win' }).delivery,
      server.bench.engine.submit({ provider: 'ploomes', event: 'Deals.Lose' }).delivery,
    ];
    await Promise.all(missed.map((d) => server.bench.engine.settled(d.id)));
    expect(await page.locator('hb-delivery-list [data-delivery-id]').count()).toBe(1);

    await page.evaluate(() => {
      (window as unknown as ProbedWindow).hbProbe.hold = false;
    });
    await page.locator('hb-connection-status[state="live"]').waitFor({ timeout: 10_000 });
    for (const d of missed) await page.locator(`hb-delivery-list [data-delivery-id="${d.id}"][data-status="succeeded"]`).waitFor();

    const urls = await page.evaluate(() => (window as unknown as ProbedWindow).hbProbe.urls);
    expect(urls[0]).toMatch(/\/ws\?batch=\d+$/);
    expect(urls.at(-1)).toMatch(/\/ws\?batch=\d+&since=[1-9]\d*$/);
    // Caught up from the message log, not by reloading the list.
    expect(listLoads).toHaveLength(1);
  });
});

describe('fire panel', () => {
  it('shows invalid JSON inline and sends nothing until it is fixed; overrides and whole payloads reach the receiver', async () => {
    const { page, server } = ui;
    await ui.open();
    const panel = page.locator('hb-trigger-panel');
    await panel.locator('select[name="provider"]').selectOption('ploomes');
    await panel.locator('select[name="event"]').selectOption('Deals.Win');
    const editor = panel.locator('hb-payload-editor');
    await editor.locator('summary').click();
    await editor.locator('input[name="payload-mode"][value="set"]').check();
    const set = editor.locator('textarea[name="set"]');
    await set.fill('{"New.Title": "ACME deal",}');
    await editor.locator('hb-json-editor [role="alert"]', { hasText: 'Invalid JSON' }).waitFor();
    expect(await set.getAttribute('aria-invalid')).toBe('true');
    expect(await panel.locator('button.fire').isDisabled()).toBe(true);
    await panel.locator('button.fire').click({ force: true });

    await set.fill('{"New.Title": "ACME deal"}');
    await expect.poll(() => panel.locator('button.fire').isDisabled()).toBe(false);
    // The preview follows the overrides.
    await page.locator('hb-sample-preview hb-json-tree .tree', { hasText: '"ACME deal"' }).waitFor();
    await panel.locator('button.fire').click();
    await expect.poll(() => server.bench.store.deliveries.count()).toBe(1);
    const [first] = server.bench.store.deliveries.list({ limit: 1 }).items;
    await server.bench.engine.settled(first!.id);
    expect(server.bench.store.deliveries.get(first!.id)?.set).toEqual({ 'New.Title': 'ACME deal' });
    expect(JSON.parse(server.bench.store.sink.get(server.bench.store.sink.list({ limit: 1 })[0]!.id)!.body).New.Title).toBe('ACME deal');

    await editor.locator('input[name="payload-mode"][value="payload"]').check();
    const whole = editor.locator('textarea[name="payload"]');
    // Starts from the sample, which the user then edits.
    await expect.poll(async () => (await whole.inputValue()).includes('"Action"')).toBe(true);
    const payload = { Action: 'Win', Entity: 'Deals', New: { Id: 42, Title: 'Hand-written' }, Old: { Id: 42 } };
    await whole.fill(JSON.stringify(payload, null, 2));
    await panel.locator('button.fire').click();
    await expect.poll(() => server.bench.store.deliveries.count()).toBe(2);
    const [second] = server.bench.store.deliveries.list({ limit: 1 }).items;
    await server.bench.engine.settled(second!.id);
    expect(JSON.parse(server.bench.store.sink.get(server.bench.store.sink.list({ limit: 1 })[0]!.id)!.body)).toEqual(payload);
  });

  it('follows a burst as it goes out and cancels what has not gone yet', async () => {
    const { page, server } = ui;
    await ui.open();
    const panel = page.locator('hb-trigger-panel');
    await panel.locator('select[name="provider"]').selectOption('ploomes');
    await panel.locator('select[name="event"]').selectOption('Deals.Win');
    await panel.locator('input[name="target"]').fill(`${server.url}/sink/slow?delay=40`);
    await panel.locator('input[name="target"]').dispatchEvent('change');
    await panel.locator('hb-fault-picker summary').click();
    await panel.locator('input[name="fault-burst"]').fill('200@2');
    await panel.locator('input[name="fault-burst"]').dispatchEvent('change');
    await panel.locator('button.fire', { hasText: 'Fire a burst of 200' }).click();

    const batch = page.locator('hb-batch-progress section[data-batch-id]');
    await batch.waitFor();
    const batchId = (await batch.getAttribute('data-batch-id'))!;
    const bar = batch.locator('[role="progressbar"]');
    expect(await bar.getAttribute('aria-valuemax')).toBe('200');
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(4);
    await ui.screenshot('burst-progress', { dark: false });
    await batch.locator('button.cancel').click();
    await page.locator(`hb-batch-progress section[data-batch-id="${batchId}"][data-done="true"]`).waitFor({ timeout: 10_000 });

    const stored = server.bench.store.deliveries.list({ batchId, limit: 500 }).items;
    expect(stored).toHaveLength(200);
    const cancelled = stored.filter((d) => d.lastError === 'CANCELLED').length;
    expect(cancelled).toBeGreaterThan(100);
    expect(await batch.locator('.n-cancelled').textContent()).toBe(`${cancelled} cancelled`);
    expect(await bar.getAttribute('aria-valuenow')).toBe('200');
    // The target is remembered for the next visit.
    expect(await page.evaluate(() => localStorage.getItem('hookbench.target'))).toBe(`${server.url}/sink/slow?delay=40`);
  });
});

describe('live list', () => {
  it('filters on the server, says so in the URL, and keeps the filters across reload and back', async () => {
    const { page, server } = ui;
    const { engine } = server.bench;
    const failing = { target: `${server.url}/sink/down?status=500`, faults: { retry: 'none' as const } };
    const ok = await engine.settled(engine.submit({ provider: 'ploomes', event: 'Deals.Win' }).delivery.id);
    const bad = await engine.settled(engine.submit({ provider: 'ploomes', event: 'Deals.Lose', ...failing }).delivery.id);
    const other = await engine.settled(engine.submit({ provider: 'hubspot', event: 'contact.creation', ...failing }).delivery.id);
    const queries: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname === '/api/deliveries') queries.push(url.search);
    });
    await ui.open();
    await expect.poll(rowIds).toEqual([other.id, bad.id, ok.id]);

    const bar = page.locator('hb-filter-bar');
    await bar.locator('select[name="provider"]').selectOption('ploomes');
    await page.waitForURL((url) => url.search === '?provider=ploomes');
    await expect.poll(rowIds).toEqual([bad.id, ok.id]);
    await bar.locator('select[name="status"]').selectOption('failed');
    await page.waitForURL((url) => url.search === '?provider=ploomes&status=failed');
    await expect.poll(rowIds).toEqual([bad.id]);
    expect(queries).toContain('?provider=ploomes&status=failed&limit=200');
    expect(await bar.locator('.count').textContent()).toContain('1 delivery match');
    expect(await bar.locator('a[download]').getAttribute('href')).toBe('/api/export?format=har&provider=ploomes&status=failed');
    const [download] = await Promise.all([page.waitForEvent('download'), bar.locator('a[download]').click()]);
    const har = JSON.parse(await readFile((await download.path())!, 'utf8')) as { log: { entries: { request: { url: string } }[] } };
    expect(har.log.entries.map((e) => e.request.url)).toEqual([bad.attempts[0]!.request.url]);

    // Live rows honour the filters too.
    const liveBad = engine.submit({ provider: 'ploomes', event: 'Deals.Lose', ...failing }).delivery;
    const liveOther = engine.submit({ provider: 'hubspot', event: 'contact.creation', ...failing }).delivery;
    await Promise.all([engine.settled(liveBad.id), engine.settled(liveOther.id)]);
    await expect.poll(rowIds).toEqual([liveBad.id, bad.id]);

    await page.reload();
    await page.locator('hb-connection-status[state="live"]').waitFor();
    await expect.poll(rowIds).toEqual([liveBad.id, bad.id]);
    expect(await bar.locator('select[name="provider"]').inputValue()).toBe('ploomes');
    expect(await bar.locator('select[name="status"]').inputValue()).toBe('failed');

    await page.goBack();
    await page.waitForURL((url) => url.search === '?provider=ploomes');
    await expect.poll(rowIds).toEqual([liveBad.id, bad.id, ok.id]);

    await bar.locator('input[name="q"]').fill(ok.id.slice(-10));
    await page.waitForURL((url) => url.searchParams.get('q') === ok.id.slice(-10));
    await expect.poll(rowIds).toEqual([ok.id]);
    await ui.screenshot('list-filtered', { dark: false });
  });

  it('loads 10,000 deliveries page by page as it scrolls, rendering only the rows in view', async () => {
    const { page, server } = ui;
    const { bench } = server;
    const [template] = planDeliveries({ ...bench, defaultTimeScale: 1, input: { provider: 'ploomes', event: 'Deals.Win', seed: 1 } }).deliveries;
    const base = Date.parse('2026-01-01T00:00:00.000Z');
    const many: NewDelivery[] = Array.from({ length: 10_000 }, (_, i) => ({
      ...template!,
      id: `dlv_bulk${String(i).padStart(5, '0')}`,
      status: i % 7 === 0 ? 'failed' : 'succeeded',
      createdAt: new Date(base + i * 1000).toISOString(),
    }));
    bench.store.deliveries.insertMany(many);

    await ui.open();
    const list = page.locator('hb-delivery-list');
    await list.locator('[data-delivery-id="dlv_bulk09999"]').waitFor();
    expect(await list.locator('[role="grid"]').getAttribute('aria-rowcount')).toBe('10001');
    expect(await page.locator('hb-filter-bar .count').textContent()).toContain('10,000 deliveries');
    await ui.screenshot('list', { dark: true });

    const scroller = list.locator('lit-virtualizer');
    const oldest = list.locator('[data-delivery-id="dlv_bulk00000"]');
    // Each scroll to the bottom shows placeholders, whose pages load; the last row appears once all have.
    await expect
      .poll(
        async () => {
          await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
          return oldest.isVisible();
        },
        { timeout: 20_000, interval: 100 },
      )
      .toBe(true);
    expect(await list.locator('[role="row"]').count()).toBeLessThan(200);
    expect(await oldest.getAttribute('aria-rowindex')).toBe('10001');
  });

  it('moves with j and k, opens with Enter, replays with r, searches with /', async () => {
    const { page, server } = ui;
    const { engine } = server.bench;
    const ids: string[] = [];
    for (const event of ['Deals.Win', 'Deals.Lose', 'Contacts.Create']) ids.unshift((await engine.settled(engine.submit({ provider: 'ploomes', event }).delivery.id)).id);
    // Deliveries only: the keyboard over inbound rows is inspector-timeline's.
    await ui.open('/?show=deliveries');
    await expect.poll(rowIds).toEqual(ids);
    const grid = page.locator('hb-delivery-list [role="grid"]');

    await page.keyboard.press('j');
    await expect.poll(() => grid.getAttribute('aria-activedescendant')).toBe(`row-${ids[0]}`);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await expect.poll(() => grid.getAttribute('aria-activedescendant')).toBe(`row-${ids[1]}`);
    // The cursor is visible: the focused grid outlines its row.
    const outline = await page.locator(`hb-delivery-list #row-${ids[1]}`).evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');

    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/deliveries/${ids[1]}` && url.search === '?show=deliveries');
    await page.locator(`hb-delivery-detail article[data-delivery-id="${ids[1]}"]`).waitFor();
    expect(await page.locator(`hb-delivery-list [data-delivery-id="${ids[1]}"]`).getAttribute('aria-selected')).toBe('true');

    await page.keyboard.press('r');
    const dialog = page.locator('hb-replay-dialog dialog[open][aria-modal="true"]');
    await dialog.locator('button.as-is:focus').waitFor();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => server.bench.store.deliveries.list({ limit: 1 }).items[0]?.replayOf).toBe(ids[1]);

    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.shadowRoot?.activeElement?.shadowRoot?.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.type('Contacts');
    await page.waitForURL((url) => url.searchParams.get('q') === 'Contacts');
    await page.keyboard.press('Escape');
    await page.locator('hb-filter-bar input[name="q"]').blur();
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.pathname === '/');
  });
});
