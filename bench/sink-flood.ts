/**
 * @module The inspector's inbound list under a flood: 15 s of 500 requests/s to `/sink/flood` with the
 * page open on /inbound in headless Chromium. Prints the page's main-thread time by kind (Chromium's
 * own Performance metrics), the rows rendered and how many DOM nodes were removed: rows re-created for
 * each new request on top show up as removals.
 *
 * `npx tsx bench/sink-flood.ts [--seconds=15] [--rate=500]`
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, launchChromium, pageMetrics } from './inspector-page.ts';
import { fireAtRate, printTable } from './measure.ts';
import { buildUi, round, spawnServe } from './spawn-server.ts';

export async function benchSinkFlood({ seconds = 15, rate = 500 }: { seconds?: number; rate?: number } = {}): Promise<void> {
  if (!existsSync(chromiumPath)) return console.log(`\nSink flood: skipped, no Chromium at ${chromiumPath}`);
  buildUi();
  const dir = mkdtempSync(join(tmpdir(), 'hookbench-sink-flood-'));
  const server = await spawnServe({ dbPath: join(dir, 'hb.db'), cwd: dir });
  const { browser } = await launchChromium();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16, timeout: 4000 });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // Counts every node removal the page makes (lit removes a row's nodes one by one).
    await page.addInitScript(() => {
      const counter = window as unknown as { removals: number };
      counter.removals = 0;
      for (const proto of [Element.prototype, CharacterData.prototype]) {
        const remove = proto.remove;
        proto.remove = function (this: ChildNode) {
          counter.removals++;
          remove.call(this);
        };
      }
    });
    await page.goto(`${server.url}/inbound`);
    await page.locator('hb-connection-status[state="live"]').waitFor({ timeout: 30_000 });
    const { read: metrics } = await pageMetrics(page);
    const post = (i: number) => {
      const req = http.request(`${server.url}/sink/flood`, { method: 'POST', agent, headers: { 'Content-Type': 'application/json' } }, (res) => res.resume());
      req.on('error', () => undefined);
      req.end(JSON.stringify({ i }));
    };
    const before = await metrics();
    const sent = await fireAtRate(rate, seconds, post);
    // The last batches reach the page.
    await page.waitForTimeout(1000);
    const after = await metrics();
    const spent = (name: string) => round((after[name] ?? 0) - (before[name] ?? 0), 1);
    printTable(`Inbound list under a flood: ${seconds} s at ${rate} requests/s to /sink, the inspector open on /inbound`, [
      ['measure', 'value'],
      ['requests sent', sent],
      ['rows rendered at the end', await page.locator('hb-sink-list .row').count()],
      ['DOM node removals', await page.evaluate(() => (window as unknown as { removals: number }).removals)],
      ['page main thread s: tasks / script / layout / style', `${spent('TaskDuration')} / ${spent('ScriptDuration')} / ${spent('LayoutDuration')} / ${spent('RecalcStyleDuration')}`],
    ]);
  } finally {
    await browser.close();
    await server.stop();
    agent.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  await benchSinkFlood({ seconds: Number(arg('seconds') ?? 15), rate: Number(arg('rate') ?? 500) });
}
