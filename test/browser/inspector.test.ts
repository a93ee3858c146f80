/** @module The inspector in a real browser: hookbench in-process, the built UI, headless Chromium via playwright-core. */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/start-server.ts';

const chromiumPath = '/usr/bin/chromium';
const screenshots = 'test-results/screenshots';

/** What the init script below leaves on `window`; the app itself knows nothing of it. */
interface WsProbe {
  urls: string[];
  sockets: WebSocket[];
  /** While true, new sockets go to a path hookbench refuses, as if it were unreachable. */
  hold: boolean;
}
type ProbedWindow = Window & { hbProbe: WsProbe; hbNotReloaded?: true };

/** Runs in the page before its scripts: records every WebSocket it opens, and can hold reconnections off. */
function installWsProbe(): void {
  const probe: WsProbe = { urls: [], sockets: [], hold: false };
  const Native = window.WebSocket;
  class ProbedWebSocket extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(probe.hold ? `${location.origin.replace(/^http/, 'ws')}/held-off-by-test` : url, protocols);
      probe.urls.push(String(url));
      probe.sockets.push(this);
    }
  }
  Object.assign(window, { WebSocket: ProbedWebSocket, hbProbe: probe });
}

let browser: Browser;
let server: RunningServer;
let dir: string;
let page: Page;
let pageErrors: Error[];

beforeAll(async () => {
  if (!existsSync(chromiumPath)) throw new Error(`the browser tests need Chromium at ${chromiumPath}: apt-get install -y chromium`);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hookbench-browser-'));
  server = await startServer({ port: 0, dbPath: join(dir, 'hb.db'), uiDir: inject('uiDir') });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(5000);
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e));
  await page.addInitScript(installWsProbe);
});

afterEach(async () => {
  await page?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
  expect(pageErrors.map((e) => e.message)).toEqual([]);
});

async function openInspector(): Promise<void> {
  await page.goto(server.url);
  await page.locator('hb-connection-status[state="live"]').waitFor();
}

const row = (id: string) => page.locator(`hb-delivery-list button[data-delivery-id="${id}"]`);

describe('inspector', () => {
  it('fires Contacts.Update from the panel, lists it live and shows the attempt in full', async () => {
    await openInspector();
    await page.locator('hb-trigger-panel select[name="provider"]').selectOption('ploomes');
    await page.locator('hb-trigger-panel select[name="event"]').selectOption('Contacts.Update');
    const description = server.bench.registry.get('ploomes').catalogue['Contacts.Update']?.description ?? '';
    expect(await page.locator('hb-trigger-panel .event-description').textContent()).toContain(description);
    await page.evaluate(() => Object.assign(window, { hbNotReloaded: true }));

    await page.locator('hb-trigger-panel button.fire').click();
    const fired = page.locator('hb-delivery-list button[data-event="Contacts.Update"]');
    await fired.waitFor({ timeout: 1000 });

    expect(await page.evaluate(() => (window as unknown as ProbedWindow).hbNotReloaded)).toBe(true);
    const id = await fired.getAttribute('data-delivery-id');
    const stored = server.bench.store.deliveries.list({ limit: 5 }).items;
    expect(stored.map((d) => [d.id, d.provider, d.event])).toContainEqual([id, 'ploomes', 'Contacts.Update']);
    await page.locator(`hb-delivery-list button[data-delivery-id="${id}"][data-status="succeeded"]`).waitFor();
    await page.screenshot({ path: `${screenshots}/inspector-main.png` });

    await fired.click();
    const attempt = page.locator(`hb-delivery-detail [data-delivery-id="${id}"] hb-attempt-view details[data-attempt="1"]`);
    await attempt.locator('.response [data-status="200"]').waitFor();
    const request = attempt.locator('section.request');
    expect(await request.locator('.method').textContent()).toBe('POST');
    expect(await request.locator('.url').textContent()).toBe(`${server.url}/sink/default`);
    const header = (name: string) => request.locator(`tr[data-header="${name}"] td`).textContent();
    expect(await header('X-Ploomes-Validation-Key')).toBe(server.bench.vault.verification('ploomes').validationKey);
    expect(await header('Content-Type')).toBe('application/json; charset=utf-8');
    const body = await request.locator('hb-body-view pre[data-format="pretty"]').textContent();
    expect(body).toMatch(/^ {2,}"Action": "Update",?$/m);

    const response = attempt.locator('section.response');
    expect(await response.locator('.status-text').textContent()).toBe('OK');
    expect(await response.locator('.duration').textContent()).toMatch(/^\d+(\.\d+)? (ms|s)$/);
    await page.screenshot({ path: `${screenshots}/inspector-detail.png` });
  });

  it('previews the chosen event, and fires exactly the previewed bytes with "Use this seed"', async () => {
    await openInspector();
    await page.locator('hb-trigger-panel select[name="provider"]').selectOption('ploomes');
    await page.locator('hb-trigger-panel select[name="event"]').selectOption('Deals.Win');
    await page.locator('hb-trigger-panel input[name="seed"]').fill('7');
    const preview = page.locator('hb-sample-preview');
    await preview.locator('.seed code', { hasText: /^7$/ }).waitFor();
    const shown = JSON.parse((await preview.locator('hb-body-view pre[data-format="pretty"]').textContent()) ?? '');
    const { sampleEvent } = await import('../../server/delivery/sample-event.ts');
    const expected = sampleEvent(server.bench, { provider: 'ploomes', event: 'Deals.Win', seed: 7 });
    expect(shown).toEqual(JSON.parse(expected.request.body));
    expect(await preview.locator('tr[data-header="X-Ploomes-Validation-Key"] td').textContent()).toBe(server.bench.vault.verification('ploomes').validationKey);
    await page.screenshot({ path: `${screenshots}/inspector-sample.png` });

    await preview.getByRole('button', { name: 'Regenerate' }).click();
    await preview.locator('.seed code', { hasNotText: /^7$/ }).waitFor();
    const seed = Number(await preview.locator('.seed code').textContent());
    const regenerated = JSON.parse((await preview.locator('hb-body-view pre[data-format="pretty"]').textContent()) ?? '');
    await preview.getByRole('button', { name: 'Use this seed' }).click();
    expect(await page.locator('hb-trigger-panel input[name="seed"]').inputValue()).toBe(String(seed));
    await page.locator('hb-trigger-panel button.fire').click();
    const fired = page.locator('hb-delivery-list button[data-event="Deals.Win"][data-status="succeeded"]');
    await fired.waitFor();
    const delivered = server.bench.store.deliveries.get((await fired.getAttribute('data-delivery-id'))!);
    expect(delivered?.seed).toBe(seed);
    expect(JSON.parse(delivered!.attempts[0]!.request.body)).toEqual(regenerated);
  });

  it("sets a provider's delivery options per delivery: HubSpot signed v1 only, previewed and sent", async () => {
    await openInspector();
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
    const fired = page.locator('hb-delivery-list button[data-event="contact.creation"][data-status="succeeded"]');
    await fired.waitFor();
    const delivery = server.bench.store.deliveries.get((await fired.getAttribute('data-delivery-id'))!);
    expect(delivery?.settings).toEqual({ signatureVersion: 'v1' });
    const headers = delivery!.attempts[0]!.request.headers;
    expect(headers['X-HubSpot-Signature-Version']).toBe('v1');
    expect(headers['X-HubSpot-Signature-v3']).toBeUndefined();
    // The sink checked it with the workbench's client secret.
    const [received] = server.bench.store.sink.list({ limit: 1 });
    expect(received).toMatchObject({ provider: 'hubspot', verification: { ok: true } });
    await page.screenshot({ path: `${screenshots}/inspector-options.png` });
  });

  it('fires with faults from the panel, and marks the fault the API refused', async () => {
    await openInspector();
    await page.locator('hb-trigger-panel select[name="provider"]').selectOption('ploomes');
    await page.locator('hb-trigger-panel select[name="event"]').selectOption('Deals.Lose');
    const picker = page.locator('hb-fault-picker');
    await picker.locator('summary').click();
    await picker.locator('select[name="fault-signature"]').selectOption('missing');
    await picker.locator('input[name="fault-duplicate"]').fill('2');
    await picker.locator('input[name="fault-duplicate"]').dispatchEvent('change');
    await page.locator('hb-trigger-panel button.fire').click();
    await expect.poll(() => page.locator('hb-delivery-list button[data-event="Deals.Lose"][data-status="succeeded"]').count()).toBe(2);
    const received = server.bench.store.sink.list({ limit: 2 });
    expect(received.map((r) => r.verification)).toEqual([
      { ok: false, scheme: 'validation-key', reason: 'X-Ploomes-Validation-Key is missing' },
      { ok: false, scheme: 'validation-key', reason: 'X-Ploomes-Validation-Key is missing' },
    ]);

    await picker.locator('input[name="fault-burst"]').fill('lots');
    await picker.locator('input[name="fault-burst"]').dispatchEvent('change');
    await page.locator('hb-trigger-panel button.fire').click();
    await page.locator('hb-trigger-panel .error', { hasText: 'faults.burst' }).waitFor();
    expect(await picker.locator('input[name="fault-burst"]').getAttribute('aria-invalid')).toBe('true');
  });

  it('plays a scenario from the panel and follows its steps', async () => {
    await openInspector();
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
    await panel.locator('li[data-step="3"] button.step-link').click();
    await page.locator('hb-delivery-detail hb-attempt-view details[data-attempt="1"]').waitFor();
    expect(page.url()).toMatch(/\/deliveries\/dlv_/);
  });

  it('shows a delivery fired from outside the browser as it happens', async () => {
    await openInspector();
    const { delivery } = server.bench.engine.submit({ provider: 'ploomes', event: 'Deals.Win' });

    await row(delivery.id).waitFor({ timeout: 1000 });
    expect(await row(delivery.id).getAttribute('data-event')).toBe('Deals.Win');
    await page.locator(`hb-delivery-list button[data-delivery-id="${delivery.id}"][data-status="succeeded"]`).waitFor();
  });

  it('catches up on deliveries made while its WebSocket was down, resuming with ?since', async () => {
    const listLoads: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/deliveries' && r.method() === 'GET') listLoads.push(r.url());
    });
    await openInspector();
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
    expect(await page.locator('hb-delivery-list button[data-delivery-id]').count()).toBe(1);

    await page.evaluate(() => {
      (window as unknown as ProbedWindow).hbProbe.hold = false;
    });
    await page.locator('hb-connection-status[state="live"]').waitFor({ timeout: 10_000 });
    for (const d of missed) await page.locator(`hb-delivery-list button[data-delivery-id="${d.id}"][data-status="succeeded"]`).waitFor();

    const urls = await page.evaluate(() => (window as unknown as ProbedWindow).hbProbe.urls);
    expect(urls[0]).toMatch(/\/ws$/);
    expect(urls.at(-1)).toMatch(/\/ws\?since=[1-9]\d*$/);
    // Caught up from the message log, not by reloading the list.
    expect(listLoads).toHaveLength(1);
  });
});
