/** @module Headless Chromium for the benches that keep the inspector open, and the page's own clock. */
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';

/** Debian's chromium, which CI installs; benches that need it say so and skip without it. */
export const chromiumPath = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
}

/**
 * Chromium's Performance metrics of the page (TaskDuration, ScriptDuration, LayoutDuration,
 * RecalcStyleDuration… in seconds): what the page costs the machine, read before and after a run.
 * @example const { cdp, read } = await pageMetrics(page); const before = await read()
 */
export async function pageMetrics(page: Page): Promise<{ cdp: CDPSession; read: () => Promise<Record<string, number>> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return { cdp, read: async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])) };
}
