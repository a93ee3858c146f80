/**
 * @module What every browser test shares: hookbench in-process with the built UI, headless Chromium
 * via playwright-core (one browser per file, a fresh context and server per test), a WebSocket probe,
 * clipboard access, and screenshots under test-results/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { startServer, type RunningServer, type ServerOptions } from '../../server/start-server.ts';

const chromiumPath = '/usr/bin/chromium';
export const screenshots = 'test-results/screenshots';

/** What the init script below leaves on `window`; the app itself knows nothing of it. */
export interface WsProbe {
  urls: string[];
  sockets: WebSocket[];
  /** While true, new sockets go to a path hookbench refuses, as if it were unreachable. */
  hold: boolean;
}
export type ProbedWindow = Window & { hbProbe: WsProbe; hbNotReloaded?: true };

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

export interface Inspector {
  readonly page: Page;
  readonly server: RunningServer;
  /** Opens a view and waits for the WebSocket to be live. */
  open(path?: string): Promise<void>;
  /** Saves the page as test-results/screenshots/<name>-<scheme>.png, in light then dark. */
  screenshot(name: string, { dark }?: { dark?: boolean }): Promise<void>;
  clipboard(): Promise<string>;
}

/**
 * Registers the hooks and returns the current test's page and server.
 * @example const ui = useInspector(); it('…', async () => { await ui.open(); ui.page.locator(…) })
 */
export function useInspector(serverOptions: Partial<ServerOptions> = {}): Inspector {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let server: RunningServer;
  let dir: string;
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
    server = await startServer({ port: 0, dbPath: join(dir, 'hb.db'), uiDir: inject('uiDir'), ...serverOptions });
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'], colorScheme: 'light' });
    page = await context.newPage();
    page.setDefaultTimeout(5000);
    pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e));
    await page.addInitScript(installWsProbe);
  });

  afterEach(async () => {
    await context?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    expect(pageErrors.map((e) => e.message)).toEqual([]);
  });

  return {
    get page() {
      return page;
    },
    get server() {
      return server;
    },
    async open(path = '/') {
      await page.goto(`${server.url}${path}`);
      await page.locator('hb-connection-status[state="live"]').waitFor();
    },
    async screenshot(name, { dark = true } = {}) {
      await page.screenshot({ path: `${screenshots}/${name}-light.png` });
      if (!dark) return;
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: `${screenshots}/${name}-dark.png` });
      await page.emulateMedia({ colorScheme: 'light' });
    },
    clipboard: () => page.evaluate(() => navigator.clipboard.readText()),
  };
}
