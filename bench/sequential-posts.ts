/**
 * @module One client that POSTs one delivery at a time, waiting for each 202: a client that cannot
 * overlap its requests. The store spaces its commits only while work overlaps
 * (server/store/overlap-watch.ts); when it spaced them always, this client waited out the gap on
 * every POST (253 a second instead of 618). The reference is the same client asking
 * `GET /api/health` of the same server, one at a time, in the same run: the API's round trip
 * without a delivery.
 *
 * `npx tsx bench/sequential-posts.ts`
 */
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printTable } from './measure.ts';
import { startReceiver } from './peers/receiver.ts';
import { percentile, round, spawnServe } from './spawn-server.ts';

const count = 2000;

export async function benchSequentialPosts(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hookbench-sequential-'));
  const server = await spawnServe({ dbPath: join(dir, 'hb.db'), cwd: dir });
  const receiver = await startReceiver();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const timed = (method: 'GET' | 'POST', path: string, body?: string) =>
    new Promise<number>((resolve, reject) => {
      const start = performance.now();
      const req = http.request(`${server.url}${path}`, { method, agent, headers: body ? { 'Content-Type': 'application/json' } : {} }, (res) => {
        res.resume();
        res.on('end', () => ((res.statusCode ?? 0) < 300 ? resolve(performance.now() - start) : reject(new Error(`${method} ${path} answered ${res.statusCode}`))));
      });
      req.on('error', reject);
      req.end(body);
    });
  const post = (i: number) => timed('POST', '/api/deliveries', JSON.stringify({ provider: 'ploomes', event: 'Contacts.Update', target: receiver.url, seed: i }));
  const series = async (fn: (i: number) => Promise<number>) => {
    for (let i = 0; i < 200; i++) await fn(i);
    const times: number[] = [];
    const start = performance.now();
    for (let i = 0; i < count; i++) times.push(await fn(i));
    const perSecond = count / ((performance.now() - start) / 1000);
    times.sort((a, b) => a - b);
    return { perSecond, p50: percentile(times, 50), p99: percentile(times, 99) };
  };
  try {
    const health = await series(() => timed('GET', '/api/health'));
    const posts = await series(post);
    printTable(`One client, one request at a time (${count} each, kept-alive), \`hookbench serve\` with a file store`, [
      ['requests', 'per s', 'p50 ms', 'p99 ms'],
      ['GET /api/health (reference)', round(health.perSecond, 0), round(health.p50), round(health.p99)],
      ['POST /api/deliveries, each answered 202 once committed', round(posts.perSecond, 0), round(posts.p50), round(posts.p99)],
    ]);
    console.log(`  a delivery's round trip is ${round(posts.p50 / health.p50, 1)}× the API's (p50)`);
  } finally {
    receiver.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSequentialPosts();
