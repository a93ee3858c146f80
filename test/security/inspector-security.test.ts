/**
 * @module The inspector's defences in a real Chromium: the access token traded for a cookie the page
 * cannot read, the CSP never tripped while the inspector works, hostile recorded traffic shown as text,
 * and pages on the inspector's origin served by the sink or the mocks kept from acting as it.
 */
import type { Page } from 'playwright-core';
import { describe as suite, expect, inject, it } from 'vitest';
import { inertCsp, inspectorCsp } from '../../server/http/security-headers.ts';
import { useInspector } from '../browser/inspector-harness.ts';

type CspWindow = Window & { hbViolations: string[]; hbPwned?: string };

/** Runs before the page's scripts: every CSP violation the page raises, kept on window. */
function recordViolations(): void {
  const violations: string[] = [];
  Object.assign(window, { hbViolations: violations });
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
}

/** CSP violations as the page saw them, and as Chromium reported them on the console. */
function watchCsp(page: Page): () => Promise<string[]> {
  const console: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as CspWindow).hbViolations ?? [])), ...console];
}

async function fireFromPanel(page: Page, provider: string, event: string): Promise<string> {
  await page.locator('hb-trigger-panel select[name="provider"]').selectOption(provider);
  await page.locator('hb-trigger-panel select[name="event"]').selectOption(event);
  await page.locator('hb-trigger-panel button.fire').click();
  const row = page.locator(`hb-delivery-list [data-event="${event}"]`).first();
  await row.waitFor();
  return (await row.getAttribute('data-delivery-id')) ?? '';
}

const token = 'browser-test-access-token-0123456789';

/**
 * These run against the inspector built for this test run (the official config's globalSetup); a
 * config without that setup (the server-only one) would test whatever stale dist/ui lies around.
 */
const describe = suite.skipIf(inject('uiDir') === undefined);

describe('the inspector under an access token', () => {
  const ui = useInspector({ token });

  it('is refused without the token, with a page that says where the token is', async () => {
    const { page, server } = ui;
    const res = await page.goto(`${server.url}/`);
    expect(res?.status()).toBe(401);
    expect(await page.locator('body').textContent()).toContain('start-up banner');
  });

  it("works from the banner's URL: token traded for an HttpOnly cookie, live over the WebSocket, firing through the API", async () => {
    const { page, server } = ui;
    const csp = watchCsp(page);
    await page.addInitScript(recordViolations);
    await ui.open(`/?token=${token}`);
    // The token left the address bar, and page scripts cannot read the cookie that replaced it.
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const [cookie] = await page.context().cookies(server.url);
    expect(cookie).toMatchObject({ name: `hookbench_session_${server.port}`, httpOnly: true, sameSite: 'Strict' });
    expect(cookie?.value).not.toContain(token);

    const id = await fireFromPanel(page, 'ploomes', 'Contacts.Update');
    await page.locator(`hb-delivery-list [data-delivery-id="${id}"][data-status="succeeded"]`).waitFor();
    expect(server.bench.store.deliveries.get(id)?.status).toBe('succeeded');
    // The WebSocket went through with the cookie: the status reached the list live.
    const sockets = await page.evaluate(() => (window as unknown as { hbProbe: { urls: string[] } }).hbProbe.urls);
    expect(sockets.every((url) => !url.includes(token))).toBe(true);
    expect(await csp()).toEqual([]);
  });
});

describe("the inspector's Content Security Policy", () => {
  const ui = useInspector();

  it('is sent with the inspector and never tripped while it fires, lists, and shows a delivery in full', async () => {
    const { page, server } = ui;
    const csp = watchCsp(page);
    await page.addInitScript(recordViolations);
    const res = await page.goto(`${server.url}/`);
    expect(res?.headers()['content-security-policy']).toBe(inspectorCsp);
    await page.locator('hb-connection-status[state="live"]').waitFor();

    const id = await fireFromPanel(page, 'hubspot', 'contact.propertyChange');
    const row = page.locator(`hb-delivery-list [data-delivery-id="${id}"][data-status="succeeded"]`);
    await row.waitFor();
    await row.click();
    await page.locator(`hb-delivery-detail article[data-delivery-id="${id}"] hb-http-message.response [data-status="200"]`).waitFor();
    await ui.open('/inbound');
    await page.locator('hb-sink-list [data-verified="true"]').first().waitFor();
    await ui.open('/settings');
    await page.locator('hb-settings-view article[data-provider="ploomes"]').waitFor();
    expect(await csp()).toEqual([]);

    // The watch sees what the CSP blocks: an inline script injected now is refused, and reported.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('script'), { textContent: "window.hbPwned = 'inline'" })));
    await page.waitForFunction(() => (window as unknown as CspWindow).hbViolations.length > 0);
    expect((await csp()).some((v) => v.startsWith('script-src'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as CspWindow).hbPwned)).toBeUndefined();
  });

  it('shows hostile recorded traffic as text: nothing the sink received runs in the inspector', async () => {
    const { page, server } = ui;
    const csp = watchCsp(page);
    await page.addInitScript(recordViolations);
    const markup = `<img src=x onerror="window.hbPwned='img'"><script>window.hbPwned='script'</script><svg onload="window.hbPwned='svg'"></svg>`;
    const sent = await fetch(`${server.url}/sink/hostile/${encodeURIComponent('<b onmouseover=alert(1)>')}?note=${encodeURIComponent(markup)}`, {
      method: 'POST',
      headers: { 'content-type': 'text/html', 'x-evil': markup },
      body: markup,
    });
    expect(sent.status).toBe(200);
    const [stored] = server.bench.store.sink.list({ name: 'hostile', limit: 1 });
    // And a delivery whose receiver answered with markup.
    const { delivery } = server.bench.engine.submit({ provider: 'ploomes', event: 'Contacts.Update', target: `${server.url}/sink/html?body=${encodeURIComponent(markup)}` });
    await server.bench.engine.settled(delivery.id);

    await ui.open(`/inbound/${stored!.id}`);
    const detail = page.locator(`hb-sink-request-detail article[data-sink-id="${stored!.id}"]`);
    await detail.waitFor();
    expect(await detail.locator('tr[data-header="x-evil"] td').textContent()).toBe(markup);
    expect(await detail.locator('.part.body').getByText('onerror=', { exact: false }).first().textContent()).toContain(markup);
    await ui.open(`/deliveries/${delivery.id}`);
    const response = page.locator(`hb-delivery-detail article[data-delivery-id="${delivery.id}"] hb-http-message.response`);
    await response.locator('[data-status="200"]').waitFor();
    expect(await response.locator('.part.body').getByText('onerror=', { exact: false }).first().textContent()).toContain(markup);

    expect(await page.evaluate(() => (window as unknown as CspWindow).hbPwned)).toBeUndefined();
    // Not one element was made of it: no img, script or svg came from the recorded markup.
    const made = await page.evaluate(() => {
      const all: Element[] = [];
      const walk = (root: Document | ShadowRoot) => root.querySelectorAll('*').forEach((el) => (all.push(el), el.shadowRoot && walk(el.shadowRoot)));
      walk(document);
      return all.filter((el) => el.getAttribute('onerror') !== null || el.getAttribute('onload') !== null || el.getAttribute('onmouseover') !== null).length;
    });
    expect(made).toBe(0);
    expect(await csp()).toEqual([]);
  });
});

describe('pages on the inspector\'s origin served by the sink or the mock APIs', () => {
  const ui = useInspector();
  /** What a page would do if it could run as the inspector: fire a delivery through the control API. */
  const attack = (marker: string) =>
    `<!doctype html><title>before</title><script>document.title='ran';fetch('/api/deliveries',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify({provider:'ploomes',event:'Contacts.Update',target:location.origin+'/sink/${marker}'})}).then(r=>document.title='fetched '+r.status)</script>`;

  it('are shown as text when ?body= holds a page: its script never runs', async () => {
    const { page, server } = ui;
    const res = await page.goto(`${server.url}/sink/default?body=${encodeURIComponent(attack('via-sink'))}`);
    expect(res?.headers()['content-security-policy']).toBe(inertCsp);
    expect(await page.locator('body').textContent()).toContain("document.title='ran'");
    expect(await page.title()).not.toMatch(/ran|fetched/);
    expect(server.bench.store.deliveries.count()).toBe(0);
  });

  it('cannot script, or reach the control API, even if served as HTML: the sandbox CSP is what stops them', async () => {
    const { page, server } = ui;
    const serve = (path: string, csp: string | undefined) =>
      page.route(`${server.url}${path}`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', headers: csp ? { 'content-security-policy': csp } : {}, body: attack(path.slice(1).replace(/\//g, '-')) }),
      );
    // The answer /mock would give, headers and all, had it been HTML.
    await serve('/mock/ploomes/page', inertCsp);
    await page.goto(`${server.url}/mock/ploomes/page`);
    expect(await page.title()).toBe('before');
    expect(server.bench.store.deliveries.count()).toBe(0);

    // The same page without the CSP would act as the inspector: this is what the sandbox prevents.
    await serve('/mock/ploomes/unprotected', undefined);
    await page.goto(`${server.url}/mock/ploomes/unprotected`);
    await page.waitForFunction(() => document.title.startsWith('fetched'));
    expect(await page.title()).toBe('fetched 202');
    expect(server.bench.store.deliveries.count()).toBe(1);
  });
});
