/** @module Headless Chromium for the benches that keep the inspector open, and the page's own clock. */
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';

/** Debian's chromium, which CI installs; benches that need it say so and skip without it. */
export const chromiumPath = '/usr/bin/chromium';

/**
 * Run as root (as here and in CI), Chromium raises its browser, GPU and compositor threads to nice −8,
 * and the server under test, at 0, waits whenever they want a CPU: on 2 CPUs that alone put 40–80 ms
 * into the soak's API p99. A user's Chromium cannot do that. So, as root, Chromium starts without
 * CAP_SYS_NICE (`setpriv`), and its threads keep the niceness every other process has.
 */
export function chromiumAsAUser(): { executablePath: string; note: string } {
  chromiumLaunch ??= chromiumLaunchFor();
  return chromiumLaunch;
}

/** Written once per process: the soak and the sink flood launch it in turn. */
let chromiumLaunch: { executablePath: string; note: string } | undefined;

function chromiumLaunchFor(): { executablePath: string; note: string } {
  const setpriv = '/usr/bin/setpriv';
  if (process.getuid?.() !== 0) return { executablePath: chromiumPath, note: 'as this user' };
  if (!existsSync(setpriv)) return { executablePath: chromiumPath, note: 'as root, threads at nice −8 (no setpriv to stop it)' };
  const wrapper = join(mkdtempSync(join(tmpdir(), 'hookbench-chromium-')), 'chromium');
  writeFileSync(wrapper, `#!/bin/sh\nexec ${setpriv} --bounding-set -sys_nice ${chromiumPath} "$@"\n`);
  chmodSync(wrapper, 0o755);
  return { executablePath: wrapper, note: 'as root without CAP_SYS_NICE, threads at nice 0 like a user\'s' };
}

/** The browser, and how it runs (for the bench's table). */
export async function launchChromium(): Promise<{ browser: Browser; how: string }> {
  const { executablePath, note } = chromiumAsAUser();
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  return { browser, how: note };
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
