/**
 * @module Issue 8's webhook comparison: deliveries per second reaching one node:http 204 receiver from
 * hookbench (generate, sign, record, announce) and from the two peers that send webhooks locally,
 * Mockoon CLI callbacks and WireMock webhooks, measured side by side in one run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEvent } from '../server/delivery/generate-event.ts';
import { encodeMessage } from '../server/messages.ts';
import { createRegistry } from '../server/providers/registry.ts';
import { startServer } from '../server/start-server.ts';
import { createWorkbench } from '../server/workbench.ts';
import { fire } from './peers/fire.ts';
import { peerVersion } from './peers/install-peers.ts';
import { startMockoon } from './peers/mockoon.ts';
import { cpuOf, ownCpu } from './peers/process-cpu.ts';
import { startReceiver, type Receiver } from './peers/receiver.ts';
import { printSideBySide, sideBySide, type Contender, type ContenderSpec, type Measurement } from './peers/side-by-side.ts';
import { startWireMock } from './peers/wiremock.ts';

const count = 3000;
const rounds = 3;
/** Requests the driver keeps in flight at a peer: the fastest of 1, 4, 16, 64 and 256 for both peers here. */
const peerConcurrency = 16;

/**
 * Rate = `count` / (last arrival at the receiver − first fire), with the receiver's clock and ours
 * both CLOCK_MONOTONIC; `cpu` reads the contender's CPU seconds, before and after. `deliver` resolves
 * once its side has finished (hookbench: every delivery recorded).
 */
async function measureArrivals(receiver: Receiver, cpu: () => number | undefined, deliver: () => Promise<void>): Promise<Measurement> {
  const { done } = await receiver.expect(count);
  const cpuBefore = cpu();
  const start = process.hrtime.bigint();
  const [arrivals] = await Promise.all([done, deliver()]);
  const rate = count / (Number(arrivals.lastNs - start) / 1e9);
  const cpuAfter = cpu();
  return { rate, perCpuSecond: cpuBefore === undefined || cpuAfter === undefined ? undefined : count / (cpuAfter - cpuBefore) };
}

/** What the WebSocket does for one connected inspector: encode every message. */
function subscribeLikeOneInspector(subscribe: (listener: (m: Parameters<typeof encodeMessage>[0]) => void) => () => void): { messages: () => number } {
  let messages = 0;
  subscribe((message) => {
    encodeMessage(message);
    messages++;
  });
  return { messages: () => messages };
}

function inProcess(receiver: Receiver): ContenderSpec {
  return {
    name: 'hookbench, engine.submit',
    side: 'hookbench',
    async start(): Promise<Contender> {
      return {
        async measure() {
          // A fresh on-disk store each time, so every round writes to a store of the same size.
          const dir = mkdtempSync(join(tmpdir(), 'hookbench-peer-webhooks-'));
          const bench = createWorkbench({ dbPath: join(dir, 'hookbench.db'), defaultTarget: receiver.url });
          const inspector = subscribeLikeOneInspector(bench.bus.subscribe);
          try {
            return await measureArrivals(receiver, ownCpu, async () => {
              const ids = Array.from({ length: count }, (_, i) => bench.engine.submit({ provider: 'ploomes', event: 'Contacts.Update', seed: i }).delivery.id);
              const settled = await Promise.all(ids.map((id) => bench.engine.settled(id)));
              const failed = settled.filter((d) => d.status !== 'succeeded').length;
              if (failed) throw new Error(`${failed} of ${count} deliveries failed`);
              if (inspector.messages() < count * 4) throw new Error(`only ${inspector.messages()} messages were announced for ${count} deliveries`);
            });
          } finally {
            await bench.close();
            rmSync(dir, { recursive: true, force: true });
          }
        },
        stop: async () => undefined,
      };
    },
  };
}

/** The same engine behind its HTTP API, driven like the peers are: the driver's cost is on both sides. */
function overHttp(receiver: Receiver): ContenderSpec {
  return {
    name: 'hookbench, POST /api/deliveries',
    side: 'hookbench',
    async start(): Promise<Contender> {
      return {
        async measure() {
          const dir = mkdtempSync(join(tmpdir(), 'hookbench-peer-webhooks-'));
          const server = await startServer({ port: 0, dbPath: join(dir, 'hookbench.db'), target: receiver.url });
          subscribeLikeOneInspector(server.bench.bus.subscribe);
          const body = JSON.stringify({ provider: 'ploomes', event: 'Contacts.Update' });
          try {
            // This process's CPU includes the driver's here: a pessimistic figure for hookbench.
            return await measureArrivals(receiver, ownCpu, () =>
              fire({ url: `${server.url}/api/deliveries`, count, concurrency: peerConcurrency, method: 'POST', headers: { 'Content-Type': 'application/json' }, body }),
            );
          } finally {
            await server.close();
            rmSync(dir, { recursive: true, force: true });
          }
        },
        stop: async () => undefined,
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
  const receiver = await startReceiver();
  // The peers send a real Contacts.Update body with its header, as bytes fixed in advance.
  const ploomes = createRegistry().get('ploomes');
  const body = JSON.stringify(generateEvent({ provider: ploomes, settings: ploomes.settings.parse({}), event: 'Contacts.Update', seed: 1 }).payload);
  const headers = { 'Content-Type': 'application/json', 'X-Ploomes-Validation-Key': 'gwpdRu4Xzx6lpCxJ7oXCEVrDxa0nc2gu' };
  const specs = [
    inProcess(receiver),
    overHttp(receiver),
    firedPeer(`Mockoon CLI ${peerVersion('@mockoon/cli')} callbacks`, receiver, () =>
      startMockoon([{ method: 'get', endpoint: 'fire', status: 204, callbacks: [{ method: 'post', uri: receiver.url, headers, body }] }]),
    ),
    firedPeer(`WireMock ${peerVersion('wiremock')} webhooks`, receiver, () =>
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
  console.log('  per delivery: hookbench generates (seeded faker), signs, records every state in SQLite (WAL, on disk) and encodes');
  console.log(`  each announcement; the peers send a fixed body after answering a GET /fire, ${peerConcurrency} fires in flight.`);
  console.log('  POST /api/deliveries: the driver runs in hookbench\'s process, so its CPU figure counts the driver too.');
}
