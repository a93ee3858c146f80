/**
 * @module The inspector in a real browser, the other views: a delivery in detail (request and
 * response side by side, every header, the signature explainer, Old/New, copy as curl), replaying
 * as-is and edited, the sink's signature checks, and settings.
 */
import { describe, expect, it } from 'vitest';
import type { Explain } from '../../ui/src/controllers/api-client.ts';
import { useInspector } from './inspector-harness.ts';

const ui = useInspector();

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

  it("shows a Ploomes update's Old and New fields, and each attempt of a failing delivery with its schedule", async () => {
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

  it('edits and resends: the sink gets the edited body, signed as sent, the new header and not the removed one', async () => {
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
    await ui.screenshot('replay-dialog');
    expect(await dialog.locator('.changes').textContent()).toBe('Changed: target, body, 2 header(s)');
    await dialog.locator('button.send').click();
    await page.locator('hb-replay-dialog dialog[open]').waitFor({ state: 'detached' });

    await expect.poll(() => server.bench.store.sink.list({ name: 'edited', limit: 5 }).length).toBe(1);
    const received = server.bench.store.sink.get(server.bench.store.sink.list({ name: 'edited', limit: 1 })[0]!.id)!;
    expect(received.body).toBe(edited);
    expect(received.headers['X-Debug']).toBe('edited in the inspector');
    expect(Object.keys(received.headers).map((h) => h.toLowerCase())).not.toContain('user-agent');
    expect(received.verification).toMatchObject({ ok: true });
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

  it('clears the deliveries only once the user confirms', async () => {
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
  });
});
