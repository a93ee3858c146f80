/**
 * @module Where one delivery's CPU goes, stage by stage, next to what autocannon spends on one request
 * to the same receiver. The sum bounds hookbench's rate on a core; the ratio to autocannon's cost
 * bounds how close "deliveries/s ÷ autocannon req/s" can get, whatever the machine.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planDeliveries } from '../server/delivery/plan-deliveries.ts';
import { prepareAttempt } from '../server/delivery/prepare-attempt.ts';
import { send, withTransportHeaders } from '../server/delivery/send.ts';
import type { AttemptRequest } from '../server/delivery/types.ts';
import { encodeMessage, type Message } from '../server/messages.ts';
import { configureProviders } from '../server/providers/provider-config.ts';
import { openStore } from '../server/store/open-store.ts';
import { PeerUnavailable, peer } from './peers/install-peers.ts';
import { startReceiver, type Receiver } from './peers/receiver.ts';
import { cpuSeconds, printTable } from './measure.ts';

const count = Number(process.env.COST_BENCH_COUNT ?? 3000);
/** Requests in flight, for hookbench's sender and autocannon alike. */
const concurrency = 32;

type Stage = [name: string, cpuMicros: number];

/** CPU µs per item of `fn` run over `count` items (awaited when it returns a promise). */
async function perItem(n: number, fn: () => unknown): Promise<number> {
  const start = cpuSeconds();
  await fn();
  return ((cpuSeconds() - start) * 1e6) / n;
}

/** Runs `task` for 0…count−1, at most `limit` at a time. */
async function pool(n: number, limit: number, task: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < n) await task(next++);
    }),
  );
}

async function hookbenchStages(receiver: Receiver, count: number): Promise<Stage[]> {
  const { registry, settingsFor } = configureProviders();
  const provider = registry.get('ploomes');
  const credentials = provider.credentials.generate((size) => randomBytes(size));
  const dir = mkdtempSync(join(tmpdir(), 'hookbench-cost-'));
  const store = openStore({ path: join(dir, 'hookbench.db') });
  try {
    const plan = (i: number) =>
      planDeliveries({ registry, settingsFor, defaultTarget: receiver.url, defaultTimeScale: 1, input: { provider: 'ploomes', event: 'Contacts.Update', seed: i } }).deliveries[0]!;
    for (let i = 0; i < 200; i++) plan(i);
    let deliveries: ReturnType<typeof plan>[] = [];
    const generate = await perItem(count, () => (deliveries = Array.from({ length: count }, (_, i) => plan(i))));

    let requests: AttemptRequest[] = [];
    const prepare = await perItem(count, () => {
      requests = deliveries.map((d) =>
        withTransportHeaders(
          prepareAttempt({ provider, settings: settingsFor('ploomes'), credentials, event: d.event, eventId: d.eventId, payload: d.payload, target: d.target, attempt: 1, now: new Date(), faults: {} }).request,
        ),
      );
    });

    // Rows written as the engine writes them: many per turn, one commit per turn.
    const messages: Message[] = [];
    const inTurns = async (write: (i: number) => void) => {
      for (let i = 0; i < count; i++) {
        write(i);
        if (i % 32 === 31) await store.committed();
      }
      await store.committed();
    };
    const record = await perItem(count, () => inTurns((i) => messages.push(store.deliveries.insert(deliveries[i]!))));
    const start = await perItem(count, () =>
      inTurns((i) => messages.push(store.deliveries.startAttempt({ deliveryId: deliveries[i]!.id, n: 1, startedAt: new Date().toISOString(), request: requests[i]! }))),
    );

    const { done } = await receiver.expect(count);
    const results: Awaited<ReturnType<typeof send>>[] = [];
    const sendCost = await perItem(count, () => pool(count, concurrency, async (i) => (results[i] = await send({ request: requests[i]!, timeoutMs: 30_000 }))));
    await done;
    if (results.some((r) => r.error || r.response?.status !== 204)) throw new Error('the receiver did not answer 204 to every request');

    const finish = await perItem(count, () =>
      inTurns((i) => {
        const result = results[i]!;
        messages.push(...store.deliveries.finishAttempt({ deliveryId: deliveries[i]!.id, n: 1, durationMs: result.durationMs, ok: true, response: result.response!, status: 'succeeded' }));
      }),
    );
    // What the WebSocket sends: the JSON of every message (encoded once, whatever the number of clients).
    const fresh = messages.map((m) => JSON.parse(JSON.stringify(m)) as Message);
    const announce = ((): number => {
      const c = cpuSeconds();
      for (const m of fresh) encodeMessage(m);
      return ((cpuSeconds() - c) * 1e6) / count;
    })();
    return [
      ['generate (faker, templates, ids)', generate],
      ['encode + sign', prepare],
      ['record the delivery (row + message, commit)', record],
      ['record the attempt start', start],
      ['send over node:http (keep-alive)', sendCost],
      ['record the response and status', finish],
      ['encode the WebSocket messages', announce],
    ];
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface AutocannonResult {
  requests: { total: number };
  non2xx: number;
  errors: number;
}

/** autocannon in this process, so its CPU is counted like hookbench's. */
async function autocannonCost(receiver: Receiver, body: string): Promise<number> {
  const entry = await peer('autocannon');
  const autocannon = createRequire(import.meta.url)(entry) as (options: object) => Promise<AutocannonResult>;
  const options = { url: receiver.url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: concurrency };
  const warm = await receiver.expect(500);
  await autocannon({ ...options, amount: 500 });
  await warm.done;
  const { done } = await receiver.expect(count);
  const c = cpuSeconds();
  const result = await autocannon({ ...options, amount: count });
  const micros = ((cpuSeconds() - c) * 1e6) / count;
  await done;
  if (result.errors || result.non2xx) throw new Error(`autocannon saw ${result.errors} errors and ${result.non2xx} non-2xx answers`);
  return micros;
}

export async function benchDeliveryCost(): Promise<void> {
  const receiver = await startReceiver();
  try {
    // A first, smaller pass warms the JIT, so the measured one sees the steady state a long run sees.
    await hookbenchStages(receiver, 500);
    const stages = await hookbenchStages(receiver, count);
    const { registry, settingsFor } = configureProviders();
    const body = JSON.stringify(
      planDeliveries({ registry, settingsFor, defaultTarget: receiver.url, defaultTimeScale: 1, input: { provider: 'ploomes', event: 'Contacts.Update', seed: 1 } }).deliveries[0]!.payload,
    );
    let reference: number | string;
    try {
      reference = await autocannonCost(receiver, body);
    } catch (e) {
      if (!(e instanceof PeerUnavailable)) throw e;
      reference = `skipped: ${e.message}`;
    }
    const total = stages.reduce((sum, [, micros]) => sum + micros, 0);
    const round = (n: number) => Math.round(n * 10) / 10;
    const rows: (string | number)[][] = [['stage (Ploomes Contacts.Update)', 'CPU µs per delivery', 'share']];
    for (const [name, micros] of stages) rows.push([name, round(micros), `${Math.round((micros / total) * 100)} %`]);
    rows.push(['hookbench, all stages', round(total), '100 %']);
    if (typeof reference === 'number') {
      rows.push(['autocannon, one request to the same receiver', round(reference), `${Math.round((reference / total) * 100)} %`]);
    } else {
      rows.push(['autocannon', reference, '']);
    }
    printTable(`Where a delivery's CPU goes (${count} deliveries, ${concurrency} in flight, receiver in its own process)`, rows);
    if (typeof reference === 'number') {
      console.log(`  On a core, hookbench can at best reach ${Math.round((reference / total) * 100)} % of autocannon's rate: the cost ratio above.`);
    }
  } finally {
    receiver.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDeliveryCost();
