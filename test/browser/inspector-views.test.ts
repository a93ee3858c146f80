/**
 * @module The inspector in a real browser, the other views: a delivery in detail (request and
 * response side by side, every header, the signature explainer, Old/New, copy as curl, a retrying
 * delivery's schedule, a body raw or folded), light and dark in pixels, keyboard focus, cancelling a
 * scenario, replaying as-is and edited, the sink's signature checks, and settings.
 */
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Explain } from '../../ui/src/controllers/api-client.ts';
import { useInspector } from './inspector-harness.ts';

const ui = useInspector();

/**
 * The RGB of a 1×1 8-bit PNG (Chromium's screenshots: RGB or RGBA). With one pixel every row filter
 * predicts 0, so the inflated data is the filter byte and then the pixel itself.
 */
function rgbOfOnePixelPng(png: Buffer): number[] {
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const colourType = png[25];
  expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], colourType === 2 || colourType === 6]).toEqual([1, 1, 8, true]);
  return [...inflateSync(Buffer.concat(idat)).subarray(1, 4)];
}

async function settledDelivery(input: Parameters<typeof ui.server.bench.engine.submit>[0]) {
  const { delivery } = ui.server.bench.engine.submit(input);
  return ui.server.bench.engine.settled(delivery.id);
}

describe('delivery detail', () => {
  it('shows request and response side by side with every header, and explains the signature', async () => {
    const { page, server } = ui;
    const d = await settledDelivery({ provider: 'standard', event: 'contact.created' });
    await ui.open(`/deliveries/${d.id}`);
    const article = page.locator(`hb-delivery-detail article[data-delivery-id="${d.id}"]`);
    const request = article.locator('hb-http-message.request');
    const response = article.locator('hb-http-message.response');
    await response.locator('[data-status="200"]').waitFor();

    const [left, right] = [await request.boundingBox(), await response.boundingBox()];
    expect(left!.x + left!.width).toBeLessThanOrEqual(right!.x);
    expect(Math.abs(left!.y - right!.y)).toBeLessThan(4);
    const attempt = d.attempts[0]!;
    for (const [name, value] of Object.entries(attempt.request.headers)) expect(await request.locator(`tr[data-header="${name}"] td`).textContent()).toBe(value);
    for (const [name, value] of Object.entries(attempt.response!.headers)) expect(await response.locator(`tr[data-header="${name}"] td`).textContent()).toBe(value);
    expect(await article.locator('hb-attempt-timeline button[data-attempt="1"]').getAttribute('data-error-class')).toBe('delivered');

    await article.locator('[role="tab"][data-tab="signature"]').click();
    const explain = (await (await fetch(`${server.url}/api/deliveries/${d.id}/attempts/1/explain`)).json()) as Explain;
    const explainer = article.locator('hb-signature-explainer');
    const x = explain.explanation;
    // Providers explain themselves one by one; until one does, the explainer says how it authenticates.
    if (x === null) {
      await explainer.locator(`[data-scheme="${explain.auth.scheme}"]`).waitFor();
      expect(await explainer.locator('.summary').textContent()).toBe(explain.auth.description);
      await explainer.locator('.no-explanation').waitFor();
      await ui.screenshot('detail-explainer');
    } else {
      await explainer.locator(`[data-scheme="${x.scheme}"]`).waitFor();
      expect(await explainer.locator('.summary').textContent()).toBe(x.summary);
      for (const h of x.headers) {
        const card = explainer.locator(`section.header[data-header="${h.name}"]`);
        expect(await card.locator('.value').textContent()).toBe(h.value);
        if (h.signedContent !== undefined) expect(await card.locator('pre.signed').textContent()).toBe(h.signedContent);
      }
      expect(await explainer.locator('pre.snippet').textContent()).toBe(x.snippet);
      await ui.screenshot('detail-explainer');
      await explainer.getByRole('button', { name: 'Copy the snippet' }).click();
      await explainer.locator('hb-copy-button[data-copied]').waitFor();
      expect(await ui.clipboard()).toBe(x.snippet);
    }

    await article.locator('hb-copy-button.curl').click();
    await article.locator('hb-copy-button.curl[data-copied]').waitFor();
    const curl = await ui.clipboard();
    expect(curl).toContain(`curl -sS -X POST '${server.url}/sink/default'`);
    expect(curl).toContain(`-H 'webhook-signature: ${attempt.request.headers['webhook-signature']}'`);
    expect(curl).not.toContain(server.bench.vault.verification('standard').secret!);
    await article.locator('hb-copy-button.copy-body').click();
    await article.locator('hb-copy-button.copy-body[data-copied]').waitFor();
    expect(await ui.clipboard()).toBe(attempt.request.body);
  });

  it("shows a Ploomes update's Old and New fields, a HubSpot property's new value, and each attempt of a failing delivery with its schedule", async () => {
    const { page, server } = ui;
    const update = await settledDelivery({ provider: 'ploomes', event: 'Contacts.Update', seed: 3 });
    await ui.open(`/deliveries/${update.id}`);
    await page.locator('hb-delivery-detail [data-tab="changes"]').click();
    const { Old: old, New: now } = update.payload as Record<'Old' | 'New', Record<string, unknown>>;
    const diff = page.locator('hb-change-diff');
    await diff.locator('tr[data-path="Id"].same').waitFor();
    const changed = Object.keys(old).filter((k) => typeof old[k] !== 'object' && old[k] !== now[k]);
    expect(changed.length).toBeGreaterThan(0);
    for (const key of changed) {
      const tr = diff.locator(`tr.changed[data-path="${key}"]`);
      expect([await tr.locator('.old').textContent(), await tr.locator('.new').textContent()]).toEqual([JSON.stringify(old[key]), JSON.stringify(now[key])]);
    }
    // HubSpot sends a property's new value only: the table has no Old column.
    const change = await settledDelivery({ provider: 'hubspot', event: 'contact.propertyChange', seed: 4 });
    await ui.open(`/deliveries/${change.id}`);
    await page.locator(`hb-delivery-detail article[data-delivery-id="${change.id}"] [data-tab="changes"]`).click();
    const [sent] = change.payload as { objectId: number; propertyName: string; propertyValue: unknown }[];
    const row = diff.locator(`tr.changed[data-path="contact ${sent!.objectId} · ${sent!.propertyName}"]`);
    expect(await row.locator('.new').textContent()).toBe(JSON.stringify(sent!.propertyValue));
    expect(await diff.locator('th', { hasText: /^Old$/ }).count()).toBe(0);
    await ui.open(`/deliveries/${update.id}`);
    await page.locator('hb-delivery-detail [data-tab="changes"]').click();

    // Copy as curl leaves the validation key out, as a variable to set.
    await page.locator('hb-delivery-detail hb-copy-button.curl').click();
    await page.locator('hb-delivery-detail hb-copy-button.curl[data-copied]').waitFor();
    const curl = await ui.clipboard();
    expect(curl).toContain(`-H 'X-Ploomes-Validation-Key: '"$HOOKBENCH_PLOOMES_VALIDATIONKEY"`);
    expect(curl).not.toContain(server.bench.vault.verification('ploomes').validationKey!);

    const failing = await settledDelivery({ provider: 'ploomes', event: 'Deals.Win', target: `${server.url}/sink/down?status=503`, faults: { retry: [2000, 4000] }, timeScale: 0.001 });
    await page.locator(`hb-delivery-list [data-delivery-id="${failing.id}"]`).click();
    const timeline = page.locator(`hb-delivery-detail article[data-delivery-id="${failing.id}"] hb-attempt-timeline`);
    await timeline.locator('button[data-attempt="3"]').waitFor();
    expect(await timeline.locator('button[data-attempt]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-error-class')))).toEqual(['server error', 'server error', 'server error']);
    expect(await timeline.locator('[data-wait="2"]').textContent()).toMatch(/provider waits 2 s, played ×0.001/);
    expect(await page.locator('hb-delivery-detail dd.schedule').textContent()).toContain('2 s, 4 s (real) → played ×0.001: 2 ms, 4 ms');
  });
});

describe('list and detail, closer', () => {
  it('marks a delivery still retrying with its attempts, shows the retry due on the real and the played schedule, and cancels it', async () => {
    const { page, server } = ui;
    const { engine, store } = server.bench;
    // Two quick failures, then a 10-minute wait played ×0.1: it stays "retrying" for a minute.
    const { delivery } = engine.submit({ provider: 'ploomes', event: 'Deals.Win', target: `${server.url}/sink/down?status=503`, faults: { retry: [10, 600_000] }, timeScale: 0.1 });
    await expect.poll(() => store.deliveries.get(delivery.id)).toMatchObject({ status: 'retrying', attempts: [{}, {}] });
    await ui.open(`/deliveries/${delivery.id}`);

    const row = page.locator(`hb-delivery-list [data-delivery-id="${delivery.id}"]`);
    await row.locator('hb-status-badge').waitFor();
    expect([await row.getAttribute('data-status'), await row.getAttribute('data-attempts')]).toEqual(['retrying', '2']);
    const badge = row.locator('hb-status-badge .badge');
    expect(await badge.textContent()).toBe('retrying×2');
    expect(await badge.getAttribute('title')).toBe('retrying, 2 attempts');
    // Its own colour: the retrying badge is neither the succeeded nor the failed one.
    const colour = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.badge')!).backgroundColor);
    const stored = store.deliveries.get(delivery.id)!;
    const timeline = page.locator(`hb-delivery-detail article[data-delivery-id="${delivery.id}"] hb-attempt-timeline`);
    await timeline.locator('li.due[data-due="3"]').waitFor();
    expect(await timeline.locator('li.wait').last().textContent()).toBe('retry 2: provider waits 10 min, played ×0.1 → 1 min');
    expect(await page.locator('hb-delivery-detail dd.schedule').textContent()).toContain('10 ms, 10 min (real) → played ×0.1: 1 ms, 1 min');
    expect(stored.attempts[1]!.nextRetryDelayMs).toBe(600_000);
    await ui.screenshot('detail-retrying', { dark: false });

    await page.locator('hb-delivery-detail button.cancel').click();
    await page.locator(`hb-delivery-list [data-delivery-id="${delivery.id}"][data-status="failed"]`).waitFor();
    expect(store.deliveries.get(delivery.id)).toMatchObject({ status: 'failed', lastError: 'CANCELLED' });
    const ok = await engine.settled(engine.submit({ provider: 'ploomes', event: 'Deals.Win' }).delivery.id);
    await page.locator(`hb-delivery-list [data-delivery-id="${ok.id}"][data-status="succeeded"]`).waitFor();
    const failedColour = await colour(`hb-delivery-list [data-delivery-id="${delivery.id}"] hb-status-badge`);
    expect(failedColour).not.toBe(await colour(`hb-delivery-list [data-delivery-id="${ok.id}"] hb-status-badge`));
  });

  it('shows a body raw byte for byte or as a tree that folds, with its size on the wire', async () => {
    const { page } = ui;
    const d = await settledDelivery({ provider: 'ploomes', event: 'Deals.Win', seed: 5 });
    const sent = d.attempts[0]!.request.body;
    await ui.open(`/deliveries/${d.id}`);
    const body = page.locator(`hb-delivery-detail article[data-delivery-id="${d.id}"] [role="tabpanel"][data-attempt="1"] hb-http-message.request hb-body-view`);
    const tree = body.locator('hb-json-tree[data-format="pretty"]');
    await tree.waitFor();

    // Its size, against the bytes sent: "N B" or "N KiB" to three digits.
    const [, amount, unit] = /^([\d.]+) (B|KiB)$/.exec((await body.locator('.size').textContent()) ?? '')!;
    const bytes = Buffer.byteLength(sent);
    expect(Number(amount) * (unit === 'KiB' ? 1024 : 1)).toBeCloseTo(bytes, unit === 'KiB' ? -1 : 0);

    // Folded: the object under "New" hides its keys, and says how many there are.
    const newObject = tree.locator(`details:has(> summary > .k:text-is('"New"'))`);
    const newKeys = Object.keys((JSON.parse(sent) as { New: object }).New).length;
    const firstKey = newObject.locator(':scope > .children > *').first();
    expect(await firstKey.isVisible()).toBe(true);
    await newObject.locator('summary').first().click();
    expect(await newObject.getAttribute('aria-expanded')).toBe('false');
    expect(await firstKey.isVisible()).toBe(false);
    expect(await newObject.locator('summary').first().getAttribute('data-count')).toBe(`${newKeys} keys`);
    await newObject.locator('summary').first().click();
    expect(await firstKey.isVisible()).toBe(true);

    await body.getByRole('button', { name: 'Raw' }).click();
    expect(await body.getByRole('button', { name: 'Raw' }).getAttribute('aria-pressed')).toBe('true');
    expect(await body.locator('pre[data-format="raw"]').textContent()).toBe(sent);
    await body.getByRole('button', { name: 'Pretty' }).click();
    expect(JSON.parse((await tree.locator('.tree').textContent()) ?? '')).toEqual(JSON.parse(sent));
  });

  it('follows the system colour scheme, in pixels, with readable text in both, and shows where the keyboard focus is', async () => {
    const { page } = ui;
    await settledDelivery({ provider: 'ploomes', event: 'Deals.Win' });
    await ui.open('/?show=deliveries');
    await page.locator('hb-delivery-list [data-delivery-id]').waitFor();
    /** The colour of one pixel of the page as painted, read back from a screenshot. */
    const pixel = async (x: number, y: number) => rgbOfOnePixelPng(await page.screenshot({ clip: { x, y, width: 1, height: 1 } }));
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    const rgb = (css: string) => css.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
    const contrast = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    // An empty stretch of the list, below its only row, and the event name in that row.
    const list = await page.locator('hb-delivery-list').boundingBox();
    const event = page.locator('hb-delivery-list [data-delivery-id] .c-event');
    const textOnRow = () => event.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el.closest('.row')!).backgroundColor, getComputedStyle(el.closest('[role="grid"]')!).backgroundColor]);
    const scheme = async () => {
      const [text, row, grid] = await textOnRow();
      const background = rgb(row!).length && !/rgba\(0, 0, 0, 0\)/.test(row!) ? row! : grid!;
      return { painted: luminance(await pixel(list!.x + list!.width / 2, list!.y + list!.height - 60)), contrast: contrast(rgb(text!), rgb(background)) };
    };
    const light = await scheme();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => (await scheme()).painted).toBeLessThan(0.05);
    const dark = await scheme();
    expect(light.painted).toBeGreaterThan(0.8);
    expect(light.contrast).toBeGreaterThanOrEqual(4.5);
    expect(dark.contrast).toBeGreaterThanOrEqual(4.5);
    await page.emulateMedia({ colorScheme: 'light' });

    // Tab shows a ring around what has the focus, wherever it lives in the shadow roots.
    const focusRing = () =>
      page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        const style = el ? getComputedStyle(el) : undefined;
        return { tag: el?.tagName.toLowerCase(), outline: style?.outlineStyle, width: parseFloat(style?.outlineWidth ?? '0') };
      });
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab');
      const ring = await focusRing();
      expect(ring.tag, `focus ${i + 1}`).not.toBe('body');
      expect(ring.outline, `focus ${i + 1} on ${ring.tag}`).toBe('solid');
      expect(ring.width).toBeGreaterThanOrEqual(2);
    }
  });

  it('cancels a scenario run from its progress: the steps not yet sent never go', async () => {
    const { page, server } = ui;
    await ui.open();
    const panel = page.locator('hb-scenario-panel');
    await panel.locator('summary').click();
    await panel.locator('select[name="scenario"]').selectOption('ploomes-deal-won');
    // Slowed down ×100: the first step goes now, the next one 500 s later (nothing else goes while the test runs).
    await panel.locator('input[name="time-scale"]').fill('100');
    await panel.getByRole('button', { name: /^Run/ }).click();
    const batch = page.locator('hb-batch-progress section.batch');
    await batch.locator('.settled', { hasText: '1/4' }).waitFor({ timeout: 10_000 });
    expect(await batch.locator('[role="progressbar"]').getAttribute('aria-valuenow')).toBe('1');
    await batch.locator('button.cancel').click();
    await batch.locator('.n-cancelled', { hasText: '3 cancelled' }).waitFor();
    expect(await batch.getAttribute('data-done')).toBe('true');
    const stored = server.bench.store.deliveries.list({ batchId: (await batch.getAttribute('data-batch-id'))!, limit: 10 }).items;
    expect(stored.map((d) => d.lastError ?? d.status).sort()).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED', 'succeeded']);
    // Nothing more reached the sink than the one step that went.
    expect(server.bench.store.sink.list({ provider: 'ploomes', limit: 10 })).toHaveLength(1);
  });
});

describe('replay', () => {
  it('replays a delivery as it was, and opens the replay', async () => {
    const { page, server } = ui;
    const original = await settledDelivery({ provider: 'ploomes', event: 'Deals.Win' });
    await ui.open(`/deliveries/${original.id}`);
    await page.locator('hb-delivery-detail button.replay').click();
    await page.waitForURL((url) => url.pathname.startsWith('/deliveries/') && !url.pathname.endsWith(original.id));
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
    await page.locator(`hb-delivery-list [data-delivery-id="${id}"][data-status="succeeded"]`).waitFor();
    const replayed = server.bench.store.deliveries.get(id)!;
    expect(replayed).toMatchObject({ replayOf: original.id, provider: 'ploomes', event: 'Deals.Win', eventId: original.eventId });
    expect(replayed.payload).toEqual(original.payload);
  });

  it('edits and resends: the sink gets the edited body, signed as sent, the new header and not the removed one, as often as the fault says', async () => {
    const { page, server } = ui;
    const original = await settledDelivery({ provider: 'standard', event: 'contact.created' });
    await ui.open(`/deliveries/${original.id}`);
    await page.locator('hb-delivery-detail button.edit').click();
    const dialog = page.locator('hb-replay-dialog dialog[open]');
    await dialog.locator('button.as-is:focus').waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');

    await dialog.locator('input[name="replay-target"]').fill(`${server.url}/sink/edited`);
    const body = dialog.locator('textarea[name="replay-body"]');
    const edited = (await body.inputValue()).replace('"contact.created"', '"contact.edited-by-hand"');
    await body.fill(edited);
    await dialog.getByRole('button', { name: 'Remove User-Agent' }).click();
    await dialog.locator('button.add').click();
    await dialog.locator('[data-header-row]').last().locator('input[name="header-name"]').fill('X-Debug');
    await dialog.locator('[data-header-row]').last().locator('input[name="header-value"]').fill('edited in the inspector');
    // A fault too: the edited delivery goes out twice.
    const picker = dialog.locator('hb-fault-picker');
    await picker.locator('summary').click();
    await picker.locator('input[name="fault-duplicate"]').fill('2');
    await picker.locator('input[name="fault-duplicate"]').dispatchEvent('change');
    await ui.screenshot('replay-dialog');
    expect(await dialog.locator('.changes').textContent()).toBe('Changed: target, faults, body, 2 header(s)');
    await dialog.locator('button.send').click();
    await page.locator('hb-replay-dialog dialog[open]').waitFor({ state: 'detached' });

    await expect.poll(() => server.bench.store.sink.list({ name: 'edited', limit: 5 }).length).toBe(2);
    for (const { id } of server.bench.store.sink.list({ name: 'edited', limit: 2 })) {
      const received = server.bench.store.sink.get(id)!;
      expect(received.body).toBe(edited);
      expect(received.headers['X-Debug']).toBe('edited in the inspector');
      expect(Object.keys(received.headers).map((h) => h.toLowerCase())).not.toContain('user-agent');
      expect(received.verification).toMatchObject({ ok: true });
    }
    const replay = server.bench.store.deliveries.list({ target: `${server.url}/sink/edited`, limit: 1 }).items[0]!;
    expect(server.bench.store.deliveries.get(replay.id)?.edits).toEqual({ body: edited, headers: { 'User-Agent': null, 'X-Debug': 'edited in the inspector' } });
  });
});

describe('sink view', () => {
  it('lists what the sink received with its signature check, and spells out a failed one', async () => {
    const { page, server } = ui;
    const { engine } = server.bench;
    await engine.settled(engine.submit({ provider: 'standard', event: 'contact.created' }).delivery.id);
    await ui.open('/inbound');
    await page.locator('hb-sink-list [data-verified="true"]').waitFor();
    // A bad signature arrives while the view is open.
    await engine.settled(engine.submit({ provider: 'standard', event: 'contact.created', faults: { signature: 'invalid' } }).delivery.id);
    const failed = page.locator('hb-sink-list [data-verified="false"]');
    await failed.waitFor();
    const [stored] = server.bench.store.sink.list({ limit: 1 });
    expect(stored?.verification?.ok).toBe(false);
    expect(await failed.getAttribute('data-sink-id')).toBe(stored!.id);
    expect(await page.locator('hb-sink-view .count').textContent()).toContain('1 failed verification');

    await failed.click();
    await page.waitForURL(`**/inbound/${stored!.id}`);
    const verdict = page.locator('hb-sink-request-detail .verdict[data-verified="false"]');
    expect(await verdict.locator('.reason').textContent()).toBe(stored!.verification!.reason);
    const full = server.bench.store.sink.get(stored!.id)!;
    for (const [name, value] of Object.entries(full.headers)) expect(await page.locator(`hb-sink-request-detail tr[data-header="${name}"] td`).textContent()).toBe(value);
    await ui.screenshot('sink');
  });
});

describe('settings', () => {
  it('copies a credential, regenerates after a confirmation, and remembers the defaults', async () => {
    const { page, server } = ui;
    await ui.open('/settings');
    const card = page.locator('hb-settings-view article[data-provider="ploomes"]');
    const before = server.bench.vault.verification('ploomes').validationKey!;
    await card.locator('dd[data-credential="validationKey"]', { hasText: before }).waitFor();
    await ui.screenshot('settings');

    await card.getByRole('button', { name: 'Copy validationKey' }).click();
    await card.locator('hb-copy-button[data-copied]').waitFor();
    expect(await ui.clipboard()).toBe(before);

    await card.locator('button.regenerate').click();
    const confirm = card.locator('hb-confirm-dialog dialog[open][role="alertdialog"][aria-modal="true"]');
    await confirm.locator('button.cancel:focus').waitFor();
    await confirm.locator('button.confirm').click();
    await confirm.waitFor({ state: 'detached' });
    const after = server.bench.vault.verification('ploomes').validationKey!;
    expect(after).not.toBe(before);
    await card.locator('dd[data-credential="validationKey"]', { hasText: after }).waitFor();

    const settings = page.locator('hb-settings-view');
    await settings.locator('input[name="time-scale"]').fill('0.01');
    await settings.locator('input[name="time-scale"]').dispatchEvent('change');
    await settings.locator('input[name="default-target"]').fill(`${server.url}/sink/mine`);
    await settings.locator('input[name="default-target"]').dispatchEvent('change');
    await page.reload();
    await page.locator('hb-connection-status[state="live"]').waitFor();
    expect(await settings.locator('input[name="time-scale"]').inputValue()).toBe('0.01');
    // Fire uses them.
    await page.locator('hb-nav-bar a[data-view="deliveries"]').click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(await page.locator('hb-trigger-panel input[name="target"]').inputValue()).toBe(`${server.url}/sink/mine`);
    await page.locator('hb-trigger-panel button.fire').click();
    await expect.poll(() => server.bench.store.deliveries.list({ limit: 1 }).items[0]).toMatchObject({ target: `${server.url}/sink/mine`, timeScale: 0.01 });
  });

  it('clears the deliveries only once the user confirms, then the sink requests, and the live list empties', async () => {
    const { page, server } = ui;
    const { engine } = server.bench;
    await engine.settled(engine.submit({ provider: 'ploomes', event: 'Deals.Win' }).delivery.id);
    await ui.open('/settings');
    const settings = page.locator('hb-settings-view');
    await settings.locator('button.clear-deliveries').click();
    const confirm = settings.locator('hb-confirm-dialog dialog[open]');
    await confirm.locator('button.cancel').click();
    await confirm.waitFor({ state: 'detached' });
    expect(server.bench.store.deliveries.count()).toBe(1);

    await settings.locator('button.clear-deliveries').click();
    await confirm.locator('button.confirm').click();
    await confirm.waitFor({ state: 'detached' });
    expect(server.bench.store.deliveries.count()).toBe(0);
    await page.locator('hb-nav-bar a[data-view="deliveries"] .count', { hasText: /^0$/ }).waitFor();

    // What the sink received stays in the live list until it is cleared too.
    await page.locator('hb-nav-bar a[data-view="deliveries"]').click();
    const rows = page.locator('hb-delivery-list [data-delivery-id], hb-delivery-list [data-inbound-id]');
    await expect.poll(() => rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-inbound-id') ?? 'delivery'))).toEqual([server.bench.store.sink.list({ limit: 1 })[0]!.id]);
    await page.locator('hb-nav-bar a[data-view="settings"]').click();
    await settings.locator('button.clear-sink').click();
    await confirm.locator('button.confirm').click();
    await confirm.waitFor({ state: 'detached' });
    expect(server.bench.store.sink.list({ limit: 1 })).toEqual([]);
    await page.locator('hb-nav-bar a[data-view="deliveries"]').click();
    await page.locator('hb-delivery-list .empty', { hasText: 'No deliveries yet' }).waitFor();
    expect(await rows.count()).toBe(0);
  });
});
