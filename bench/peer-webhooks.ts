/**
 * @module Issue 8's webhook comparison: deliveries per second reaching one node:http 204 receiver from
 * hookbench (generate, sign, record, announce) and from the two peers that send webhooks locally,
 * Mockoon CLI callbacks and WireMock webhooks, measured side by side in one run.
 */
import { generateEvent } from '../server/delivery/generate-event.ts';
import { createRegistry } from '../server/providers/registry.ts';
import { fire } from './peers/fire.ts';
import { startHookbench } from './peers/hookbench-server.ts';
import { connectInspector } from './peers/inspector-client.ts';
import { peerVersion } from './peers/install-peers.ts';
import { startMockoon } from './peers/mockoon.ts';
import { machineLoad } from './peers/machine-load.ts';
import { cpuOf } from './peers/process-cpu.ts';
import { startReceiver, type Receiver } from './peers/receiver.ts';
import { printSideBySide, sideBySide, type Contender, type ContenderSpec, type Measurement } from './peers/side-by-side.ts';
import { startWireMock } from './peers/wiremock.ts';

const count = Number(process.env.PEER_BENCH_COUNT ?? 3000);
const rounds = 3;
/** Requests the driver keeps in flight at a peer: the fastest of 1, 4, 16, 64 and 256 for both peers here. */
const peerConcurrency = 16;

/**
 * Rate = `count` / (end − first fire), the end being the last arrival at the receiver, or later when
 * `deliver` resolves with a later moment (hookbench: the last delivery announced as recorded). The
 * receiver's clock and ours are both CLOCK_MONOTONIC. `cpu` reads the contender's CPU seconds, before and after.
 */
async function measureArrivals(receiver: Receiver, cpu: () => number | undefined, deliver: () => Promise<bigint | void>): Promise<Measurement> {
  const { done } = await receiver.expect(count);
  const cpuBefore = cpu();
  const start = process.hrtime.bigint();
  const [arrivals, finished] = await Promise.all([done, deliver()]);
  const end = finished !== undefined && finished > arrivals.lastNs ? finished : arrivals.lastNs;
  const rate = count / (Number(end - start) / 1e9);
  const cpuAfter = cpu();
  return { rate, perCpuSecond: cpuBefore === undefined || cpuAfter === undefined ? undefined : count / (cpuAfter - cpuBefore) };
}

/**
 * How the driver asks hookbench for `count` deliveries: one POST /api/deliveries each, as the peers get
 * one GET /fire each; or hookbench's own way to send many, one POST with a burst fault.
 */
type Trigger = 'per-delivery' | 'burst';

/**
 * hookbench's server in its own process, driven over HTTP, with one inspector on its WebSocket. The run
 * ends when the receiver has every delivery and the inspector has seen each one recorded as succeeded.
 */
function hookbenchServer(receiver: Receiver, trigger: Trigger): ContenderSpec {
  return {
    name: trigger === 'burst' ? `hookbench (1 POST, burst ${count}@${peerConcurrency})` : 'hookbench (POST /api/deliveries)',
    side: 'hookbench',
    async start(): Promise<Contender> {
      const server = await startHookbench({ target: receiver.url });
      const inspector = await connectInspector(server.url).catch(async (e: unknown) => {
        await server.stop();
        throw e;
      });
      const post = (body: object, times: number) =>
        fire({ url: `${server.url}/api/deliveries`, count: times, concurrency: peerConcurrency, method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const single = { provider: 'ploomes', event: 'Contacts.Update' };
      return {
        async measure() {
          const announced = inspector.messages();
          const recorded = inspector.expectSucceeded(count);
          const measurement = await measureArrivals(receiver, () => cpuOf(server.pid), async () => {
            await (trigger === 'burst' ? post({ ...single, faults: { burst: { count, concurrency: peerConcurrency } } }, 1) : post(single, count));
            return recorded;
          });
          // created, sending, the attempt, succeeded: fewer means the inspector missed some.
          const messages = inspector.messages() - announced;
          if (messages < count * 3) throw new Error(`the inspector got only ${messages} messages for ${count} deliveries`);
          return measurement;
        },
        async stop() {
          inspector.close();
          await server.stop();
        },
      };
    },
  };
}

/** A peer answers GET /fire and sends its webhook afterwards; the driver fires `count` of them. */
function firedPeer(name: string, receiver: Receiver, start: () => Promise<{ url: string; pid: number; stop(): Promise<void> }>): ContenderSpec {
  return {
    name,
    side: 'peer',
    async start(): Promise<Contender> {
      const peer = await start();
      return {
        measure: () => measureArrivals(receiver, () => cpuOf(peer.pid), () => fire({ url: `${peer.url}/fire`, count, concurrency: peerConcurrency })),
        stop: () => peer.stop(),
      };
    },
  };
}

export async function benchPeerWebhooks(): Promise<void> {
  console.log(`\nWebhooks vs peers (issue 8): starting on ${machineLoad()}`);
  const receiver = await startReceiver();
  // The peers send a real Contacts.Update body with its header, as bytes fixed in advance.
  const ploomes = createRegistry().get('ploomes');
  const body = JSON.stringify(generateEvent({ provider: ploomes, settings: ploomes.settings.parse({}), event: 'Contacts.Update', seed: 1 }).payload);
  const headers = { 'Content-Type': 'application/json', 'X-Ploomes-Validation-Key': 'gwpdRu4Xzx6lpCxJ7oXCEVrDxa0nc2gu' };
  const specs = [
    hookbenchServer(receiver, 'per-delivery'),
    hookbenchServer(receiver, 'burst'),
    firedPeer(`Mockoon CLI ${peerVersion('@mockoon/cli')}`, receiver, () =>
      startMockoon([{ method: 'get', endpoint: 'fire', status: 204, callbacks: [{ method: 'post', uri: receiver.url, headers, body }] }]),
    ),
    firedPeer(`WireMock ${peerVersion('wiremock')}`, receiver, () =>
      startWireMock([{ request: { method: 'GET', urlPath: '/fire' }, response: { status: 204 }, serveEventListeners: [{ name: 'webhook', parameters: { method: 'POST', url: receiver.url, headers, body } }] }]),
    ),
  ];
  try {
    // Two warm-up rounds: the JVM's JIT needs more than one to settle, and everyone gets the same.
    const outcomes = await sideBySide(specs, { rounds, warmups: 2 });
    const what = `${count} Ploomes Contacts.Update (~${Buffer.byteLength(body)} B) per run to one node:http 204 receiver`;
    printSideBySide(`Webhooks vs peers, deliveries per second: ${what}`, outcomes, { unit: '/s', rounds });
    printSideBySide(`Webhooks vs peers, deliveries per CPU-second of the contender's own process (all its threads)`, outcomes, { unit: '/CPU-s', rounds, figure: 'perCpuSecond' });
  } finally {
    receiver.close();
  }
  console.log('  per delivery: hookbench (its own process) takes a POST /api/deliveries, generates the payload (seeded faker), signs it,');
  console.log('  records every state in SQLite (WAL, on disk), sends it, and streams each state to one WebSocket client;');
  console.log(`  the peers answer a GET /fire and send a fixed body. ${peerConcurrency} requests in flight from the same driver for all;`);
  console.log(`  the burst row asks for all ${count} in one request, ${peerConcurrency} in flight to the receiver (the peers have no such request).`);
  console.log(`  finished on ${machineLoad()}`);
}
