/**
 * @module The bounded soak: `hookbench serve` (a child process, file-backed store) takes deliveries
 * through POST /api/deliveries at a steady rate to a receiver answering 204 (a process of its own),
 * with two WebSocket clients and the inspector's live list open in headless Chromium, while
 * GET /api/deliveries is sent every 100 ms from a thread of its own (api-sampler.ts) on a kept-alive
 * connection, and every 100 ms on a new one. The clock starts after 10 s of the same load
 * (`--warm-load-seconds`), whose GETs are shown apart: a server that has been up, not one meeting its
 * first load with its code not yet compiled. Bounds, each with a PASS/FAIL line: the server's RSS growth
 * after warm-up, WS seq continuity per client, the kept-alive API p99, and every delivery recorded and
 * settled.
 *
 * `npm run bench -- --soak` (60 s at 500/s); `npx tsx bench/soak.ts --seconds=10 --rate=200` for a short one.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession } from 'playwright-core';
import { WebSocket } from 'ws';
import { createRegistry } from '../server/providers/registry.ts';
import { chromiumPath, launchChromium, pageMetrics } from './inspector-page.ts';
import { startApiSampler, type ApiTimes } from './api-sampler.ts';
import { fireAtRate, printTable } from './measure.ts';
import { startReceiver } from './peers/receiver.ts';
import { startSchedulingProbe } from './scheduling-probe.ts';
import { buildUi, cpuSecondsOf, percentile, round, rssMiB, spawnServe } from './spawn-server.ts';

/** RSS may grow at most this much from the end of the warm-up to the end of the soak. */
export const rssGrowthBoundMiB = 64;
const apiP99BoundMs = 50;

interface SeqCheck {
  received: number;
  gaps: number;
  duplicates: number;
  last: number;
  firstGap?: string;
}

/** A WebSocket client that checks each message's seq is exactly one more than the previous one's. */
function wsClient(url: string): Promise<{ check: SeqCheck; close(): void }> {
  const check: SeqCheck = { received: 0, gaps: 0, duplicates: 0, last: -1 };
  const ws = new WebSocket(url);
  return new Promise((resolve, reject) => {
    ws.on('error', reject);
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { seq: number; type: string; data: { lastSeq?: number } };
      if (message.type === 'hello') {
        check.last = message.data.lastSeq ?? 0;
        resolve({ check, close: () => ws.close() });
        return;
      }
      check.received++;
      if (message.seq <= check.last) check.duplicates++;
      else if (message.seq !== check.last + 1) {
        check.gaps++;
        check.firstGap ??= `${check.last} → ${message.seq}`;
      }
      check.last = Math.max(check.last, message.seq);
    });
  });
}

export interface SoakOptions {
  seconds?: number;
  rate?: number;
  warmupSeconds?: number;
  /** Leave the inspector closed (to tell its cost from the server's). */
  noUi?: boolean;
  /** Profile the server: a .cpuprofile lands in this folder when it stops. */
  cpuProfDir?: string | undefined;
  /** Profile the inspector page's JavaScript over the timed run into this .cpuprofile file. */
  uiProfile?: string | undefined;
  /** Seconds of load at the full rate before the clock starts (a warm server, not a freshly started one). */
  warmLoadSeconds?: number;
}

export async function benchSoak({ seconds = 60, rate = 500, warmupSeconds = Math.min(10, Math.max(2, Math.round(seconds / 6))), noUi = false, cpuProfDir, uiProfile, warmLoadSeconds = 10 }: SoakOptions = {}): Promise<boolean> {
  if (!noUi && existsSync(chromiumPath)) buildUi();
  const dir = mkdtempSync(join(tmpdir(), 'hookbench-soak-'));
  // In a process of its own, as a developer's receiver is: in the bench's process it answered late
  // whenever that loop was busy, and the server's backlog (and RSS) grew with the wait.
  const target = await startReceiver();
  const server = await spawnServe({ dbPath: join(dir, 'hb.db'), cwd: dir, nodeArgs: cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [] });
  // Idle sockets dropped after 4 s, before the server's 5 s keep-alive timeout: otherwise a POST now and
  // then goes out on a socket the server is closing that moment (ECONNRESET), as with any keep-alive client.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32, timeout: 4000 });
  let browser: Browser | undefined;
  let chromiumHow = 'not open';
  const clients: Awaited<ReturnType<typeof wsClient>>[] = [];
  try {
    const wsUrl = `${server.url.replace(/^http/, 'ws')}/ws`;
    clients.push(await wsClient(wsUrl), await wsClient(wsUrl));

    // The inspector's live list, as a developer leaves it open.
    let pageErrors = 0;
    let uiLive = 'not opened';
    let checkUi: (() => Promise<string>) | undefined;
    let uiMetrics: (() => Promise<Record<string, number>>) | undefined;
    let cdp: CDPSession | undefined;
    if (!noUi && existsSync(chromiumPath)) {
      const launched = await launchChromium();
      browser = launched.browser;
      chromiumHow = launched.how;
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      page.on('pageerror', () => pageErrors++);
      await page.goto(server.url);
      await page.locator('hb-connection-status[state="live"]').waitFor({ timeout: 30_000 });
      uiLive = 'live';
      checkUi = async () => (uiLive = (await page.locator('hb-connection-status').getAttribute('state')) ?? 'unknown');
      // The page's main-thread time by kind, from Chromium itself: what the inspector costs the machine.
      ({ cdp, read: uiMetrics } = await pageMetrics(page));
    }

    const kinds = createRegistry()
      .list()
      .flatMap((p) => Object.keys(p.catalogue).map((event) => ({ provider: p.id, event })));
    const rss: number[] = [];
    let submitted = 0;
    let refused = 0;
    /** What the first few POSTs not answered 202 got instead, by answer. */
    const refusals = new Map<string, number>();
    const refuse = (what: string) => {
      refused++;
      refusals.set(what, (refusals.get(what) ?? 0) + 1);
    };
    const posting = new Set<Promise<void>>();
    const post = (i: number) => {
      const { provider, event } = kinds[i % kinds.length]!;
      const body = JSON.stringify({ provider, event, target: target.url, seed: i });
      const done = new Promise<void>((resolve) => {
        const req = http.request(`${server.url}/api/deliveries`, { method: 'POST', agent, headers: { 'Content-Type': 'application/json' } }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => {
            if (res.statusCode !== 202) refuse(`${res.statusCode} ${text.slice(0, 200)}`);
            resolve();
          });
        });
        req.on('error', (e) => (refuse(`${(e as NodeJS.ErrnoException).code ?? ''} ${e.message}`), resolve()));
        req.end(body);
      });
      posting.add(done);
      done.then(() => posting.delete(done));
    };

    // Warm-up before the clock starts: the first delivery of each provider loads its generators (and
    // tsx compiles them), a one-off stall of seconds that says nothing about a server that has been up.
    posting.clear();
    for (let i = 0; i < kinds.length; i++) post(i);
    await Promise.all(posting);
    const totalOf = (status: string) =>
      new Promise<number>((resolve, reject) =>
        http.get(`${server.url}/api/deliveries?status=${status}&limit=1`, { agent }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve((JSON.parse(text) as { total: number }).total));
        }).on('error', reject),
      );
    const warmBy = performance.now() + 120_000;
    while ((await totalOf('succeeded')) + (await totalOf('failed')) < kinds.length && performance.now() < warmBy) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Before the clock, if asked, the full rate for a while: V8 compiles the hot paths (the server's and
    // the page's) only after they have run many times, and a freshly started server meets its first
    // seconds of load in the interpreter.
    /** POSTs at `rate` for `forSeconds`, seeds from `seedFrom`; resolves with how many once all are answered. */
    const loadFor = async (forSeconds: number, seedFrom: number) => {
      const sent = await fireAtRate(rate, forSeconds, (i) => post(seedFrom + i));
      await Promise.all(posting);
      return sent;
    };
    let seedBase = kinds.length;
    let cold: ApiTimes | undefined;
    if (warmLoadSeconds > 0) {
      // Timed too, and shown apart: what a server meeting its first load cold answers.
      const coldSampler = startApiSampler(`${server.url}/api/deliveries`, 100);
      seedBase += await loadFor(warmLoadSeconds, seedBase);
      while ((await totalOf('succeeded')) + (await totalOf('failed')) < seedBase && performance.now() < warmBy) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      cold = await coldSampler.stop();
    }
    for (const client of clients) client.check.received = 0;
    submitted = 0;

    const uiAtStart = await uiMetrics?.();
    if (uiProfile && cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    const start = performance.now();
    const cpuAtStart = cpuSecondsOf(server.pid);
    const rssTimer = setInterval(() => rss.push(rssMiB(server.pid)), 1000);
    const apiSampler = startApiSampler(`${server.url}/api/deliveries`, 100);
    const schedulingProbe = startSchedulingProbe();
    submitted = await loadFor(seconds, seedBase);
    const elapsed = (performance.now() - start) / 1000;

    // Every delivery recorded and settled: the list's total by status, through the API.
    const settleBy = performance.now() + 30_000;
    let unsettled = Number.POSITIVE_INFINITY;
    let recorded = 0;
    while (performance.now() < settleBy) {
      const counts = await Promise.all(['queued', 'delivering', 'retrying', 'succeeded', 'failed'].map(totalOf));
      unsettled = counts[0]! + counts[1]! + counts[2]!;
      recorded = counts.reduce((a, b) => a + b, 0);
      // The warm-up's deliveries are in the store too.
      recorded -= seedBase;
      if (unsettled === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // Sampled until here: a server that falls behind is still measured while it catches up.
    const api = await apiSampler.stop();
    const scheduling = await schedulingProbe.stop();
    clearInterval(rssTimer);
    const serverCpu = cpuSecondsOf(server.pid) - cpuAtStart;
    const uiAtEnd = await uiMetrics?.();
    if (uiProfile && cdp) writeFileSync(uiProfile, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    const uiSeconds = (name: string) => (uiAtStart && uiAtEnd ? round((uiAtEnd[name] ?? 0) - (uiAtStart[name] ?? 0), 1) : Number.NaN);
    // The last announcements reach the clients.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await checkUi?.();

    const warm = rss[Math.min(warmupSeconds, rss.length - 1)] ?? Number.NaN;
    const tail = rss.slice(-5);
    const end = tail.reduce((a, b) => a + b, 0) / tail.length;
    const growth = end - warm;
    const sortedApi = [...api.keptAlive].sort((a, b) => a - b);
    const sortedFresh = [...api.fresh].sort((a, b) => a - b);
    const p99 = percentile(sortedApi, 99);
    // The p99 of each stretch of the run, to tell a slow start (cold JIT, the page loading) from a steady state.
    const stretchSeconds = seconds >= 30 ? 10 : 5;
    const byStretch = Array.from({ length: Math.ceil(Math.max(...api.keptAliveSentAt, 0) / stretchSeconds) || 1 }, (_, i) => {
      const inside = api.keptAlive.filter((_ms, j) => Math.floor(api.keptAliveSentAt[j]! / stretchSeconds) === i).sort((a, b) => a - b);
      return `${i * stretchSeconds}–${(i + 1) * stretchSeconds} s ${round(percentile(inside, 99))}`;
    });
    const spread = (sorted: number[]) => `${sorted.length} / ${round(percentile(sorted, 50))} / ${round(percentile(sorted, 99))} / ${round(sorted.at(-1) ?? Number.NaN)}`;

    printTable(`Soak: ${seconds} s at ${rate} deliveries/s (POST /api/deliveries → \`hookbench serve\` → local 204 receiver), 2 WS clients, inspector open`, [
      ['measure', 'value'],
      ['deliveries submitted / accepted per s (last 202 after)', `${submitted} / ${round(submitted / elapsed, 0)} (${round(elapsed, 0)} s)`],
      ['POSTs not answered 202', refused === 0 ? 0 : `${refused}: ${[...refusals].map(([what, n]) => `${n}× ${what}`).join('; ')}`],
      ['deliveries recorded / unsettled at the end', `${recorded} / ${unsettled}`],
      ['receiver requests', await target.count()],
      // What the rate costs the server, whatever else the machine runs: the capacity of one free core.
      ['server CPU s / ms per delivery / deliveries per CPU-second', `${round(serverCpu, 1)} / ${round((serverCpu * 1000) / submitted, 2)} / ${round(submitted / serverCpu, 0)}`],
      ['server RSS start → warm-up end → max → end (MiB)', `${round(rss[0] ?? Number.NaN, 0)} → ${round(warm, 0)} → ${round(Math.max(...rss), 0)} → ${round(end, 0)}`],
      ['server RSS per second (MiB)', rss.map((r) => Math.round(r)).join(' ')],
      ...clients.map((c, i) => [`WS client ${i + 1}: messages / gaps / duplicates / last seq`, `${c.check.received} / ${c.check.gaps} / ${c.check.duplicates} / ${c.check.last}${c.check.firstGap ? ` (first gap ${c.check.firstGap})` : ''}`]),
      ['GET /api/deliveries every 100 ms, kept-alive: n / p50 / p99 / max ms', spread(sortedApi)],
      [`… kept-alive p99 in each ${stretchSeconds} s (ms)`, byStretch.join(', ')],
      [`… kept-alive during the ${warmLoadSeconds} s of warm-up load before the clock (a cold server): n / p50 / p99 / max ms`, cold ? spread([...cold.keptAlive].sort((a, b) => a - b)) : 'no warm-up load'],
      ['… and each on a new connection: n / p50 / p99 / max ms', spread(sortedFresh)],
      ['an idle process woken every ms, how late (the CPUs not given): p50 / p99 / p99.9 / max ms', `${round(scheduling.p50)} / ${round(scheduling.p99)} / ${round(scheduling.p999)} / ${round(scheduling.max)}`],
      ['inspector: Chromium runs', chromiumHow],
      ['inspector: connection state at the end / page errors', `${uiLive} / ${pageErrors}`],
      ['inspector main thread s: tasks / script / layout / style', uiAtStart ? `${uiSeconds('TaskDuration')} / ${uiSeconds('ScriptDuration')} / ${uiSeconds('LayoutDuration')} / ${uiSeconds('RecalcStyleDuration')}` : 'not opened'],
    ]);
    const verdicts: [boolean, string][] = [
      [growth < rssGrowthBoundMiB, `server RSS growth after the ${warmupSeconds} s warm-up ${round(growth, 1)} MiB (bound < ${rssGrowthBoundMiB} MiB)`],
      ...clients.map((c, i): [boolean, string] => [c.check.gaps === 0 && c.check.duplicates === 0 && c.check.received > 0, `WS client ${i + 1}: seq continuous, ${c.check.gaps} gaps, ${c.check.duplicates} duplicates in ${c.check.received} messages`]),
      [p99 < apiP99BoundMs, `GET /api/deliveries p99 ${round(p99)} ms over ${sortedApi.length} requests on a kept-alive connection${warmLoadSeconds > 0 ? `, after ${warmLoadSeconds} s of warm-up load` : ''} (bound < ${apiP99BoundMs} ms)`],
      [refused === 0 && unsettled === 0 && recorded === submitted, `every delivery accepted, recorded and settled (${recorded} of ${submitted}, ${unsettled} unsettled)`],
      [!browser || (uiLive === 'live' && pageErrors === 0), `inspector still live, no page errors (${uiLive}, ${pageErrors} errors)`],
    ];
    for (const [ok, line] of verdicts) console.log(`  ${ok ? 'PASS' : 'FAIL'}: ${line}`);
    return verdicts.every(([ok]) => ok);
  } finally {
    clients.forEach((c) => c.close());
    await browser?.close();
    await server.stop();
    target.close();
    agent.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const ok = await benchSoak({ seconds: Number(arg('seconds') ?? 60), rate: Number(arg('rate') ?? 500), noUi: process.argv.includes('--no-ui'), cpuProfDir: arg('cpu-prof-dir'), uiProfile: arg('ui-profile'), warmLoadSeconds: Number(arg('warm-load-seconds') ?? 10) });
  process.exitCode = ok ? 0 : 1;
}
