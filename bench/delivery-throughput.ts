/**
 * @module Issue 8's first figure: deliveries per second reaching a node:http 204 receiver from hookbench's
 * server (generate, sign, record to a file store, announce to one WebSocket client), against autocannon's
 * requests per second at the same receiver, in the same run, at the same concurrency.
 */
import { createRequire } from 'node:module';
import { startHookbench } from './peers/hookbench-server.ts';
import { connectInspector } from './peers/inspector-client.ts';
import { PeerUnavailable, peer, peerVersion } from './peers/install-peers.ts';
import { startReceiver, type Receiver } from './peers/receiver.ts';
import { printTable } from './measure.ts';

const count = Number(process.env.THROUGHPUT_BENCH_COUNT ?? 3000);
const concurrency = 32;
const rounds = 3;

interface AutocannonResult {
  errors: number;
  non2xx: number;
}
type Autocannon = (options: object) => Promise<AutocannonResult>;

/** Rate at the receiver: `count` ÷ (last arrival − first send), both on CLOCK_MONOTONIC. */
async function arrivalsPerSecond(receiver: Receiver, fire: () => Promise<bigint | void>): Promise<number> {
  const { done } = await receiver.expect(count);
  const start = process.hrtime.bigint();
  const [arrivals, finished] = await Promise.all([done, fire()]);
  const end = finished !== undefined && finished > arrivals.lastNs ? finished : arrivals.lastNs;
  return count / (Number(end - start) / 1e9);
}

export async function benchDeliveryThroughput(): Promise<void> {
  let autocannon: Autocannon;
  try {
    autocannon = createRequire(import.meta.url)(await peer('autocannon')) as Autocannon;
  } catch (e) {
    if (!(e instanceof PeerUnavailable)) throw e;
    console.log(`\nDelivery throughput against autocannon: skipped (${e.message})`);
    return;
  }
  const receiver = await startReceiver();
  const server = await startHookbench({ target: receiver.url });
  const inspector = await connectInspector(server.url);
  try {
    // The same bytes for both: a Ploomes Contacts.Update as hookbench sends it.
    const sample = (await (await fetch(`${server.url}/api/providers/ploomes/events/Contacts.Update/sample?seed=1`)).json()) as { request: { body: string } };
    const body = sample.request.body;
    const reference = () =>
      arrivalsPerSecond(receiver, async () => {
        const result = await autocannon({ url: receiver.url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: concurrency, amount: count });
        if (result.errors || result.non2xx) throw new Error(`autocannon saw ${result.errors} errors and ${result.non2xx} non-2xx answers`);
      });
    // One request fires the lot, as a developer fires a burst; done when the inspector has seen every one succeed.
    const hookbench = () =>
      arrivalsPerSecond(receiver, async () => {
        const recorded = inspector.expectSucceeded(count);
        const response = await fetch(`${server.url}/api/deliveries`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ provider: 'ploomes', event: 'Contacts.Update', faults: { burst: `${count}@${concurrency}` } }),
        });
        if (response.status !== 202) throw new Error(`POST /api/deliveries answered ${response.status}: ${await response.text()}`);
        return recorded;
      });
    await reference();
    await hookbench();
    const rows: (string | number)[][] = [['round', 'autocannon req/s', 'hookbench deliveries/s', 'ratio']];
    const ratios: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      const ref = await reference();
      const ours = await hookbench();
      ratios.push(ours / ref);
      rows.push([round, Math.round(ref), Math.round(ours), Math.round((ours / ref) * 1000) / 1000]);
    }
    printTable(
      `Delivery throughput: ${count} Ploomes deliveries, ${concurrency} in flight, to a 204 receiver in its own process; hookbench in its own process with a file store and one WebSocket client; autocannon ${peerVersion('autocannon')}`,
      rows,
    );
    const median = ratios.sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!;
    console.log(`  median ratio ${Math.round(median * 1000) / 1000} (target 0.6; see docs/performance.md and bench/delivery-cost.ts for why it cannot be met)`);
  } finally {
    inspector.close();
    await server.stop();
    receiver.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDeliveryThroughput();
