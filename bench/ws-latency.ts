/**
 * @module WebSocket latency from an attempt's commit to a client's receipt, at 1,000 deliveries/s,
 * against a bare `ws` server broadcasting the same message rate to the same client in the same run.
 *
 * The client and the receiver run in worker threads (their own event loops, as a browser and a
 * receiver would be); times are compared on one clock, performance.timeOrigin + performance.now(),
 * which every thread of the process shares. The commit time is taken by a bus listener subscribed
 * before the WebSocket's: the bus runs in the store's afterCommit, right after COMMIT.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance as nodePerformance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { WebSocketServer } from 'ws';
import { loopbackHosts } from '../server/http/host-guard.ts';
import { createWorkbench } from '../server/workbench.ts';
import { attachWebSocket } from '../server/ws/attach-websocket.ts';
import { printTable } from './measure.ts';
import { percentile, round } from './spawn-server.ts';

const now = () => performance.timeOrigin + performance.now();

/** Records [seq, receivedAt] for every message; sends them back when told to stop. */
const clientCode = `
const { parentPort, workerData } = require('node:worker_threads');
const { WebSocket } = require('ws');
const received = [];
const ws = new WebSocket(workerData.url);
ws.on('message', (data) => {
  const at = performance.timeOrigin + performance.now();
  const text = data.toString();
  const seq = Number(text.slice(7, text.indexOf(',')));
  if (!text.startsWith('{"seq":')) throw new Error('unexpected message ' + text.slice(0, 40));
  if (!text.includes('"type":"hello"')) received.push(seq, at);
});
ws.on('open', () => parentPort.postMessage({ open: true }));
parentPort.on('message', () => { ws.close(); parentPort.postMessage({ received }); });
`;

const receiverCode = `
const { parentPort } = require('node:worker_threads');
const http = require('node:http');
const server = http.createServer((req, res) => { req.resume(); req.on('end', () => res.writeHead(204).end()); });
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
`;

function startWorker<T>(code: string, workerData: unknown = {}): Promise<[Worker, T]> {
  const worker = new Worker(code, { eval: true, workerData });
  return new Promise((resolve, reject) => {
    worker.once('message', (m: T) => resolve([worker, m]));
    worker.once('error', reject);
  });
}

async function stopClient(worker: Worker): Promise<number[]> {
  const done = new Promise<{ received: number[] }>((resolve) => worker.once('message', resolve));
  worker.postMessage('stop');
  const { received } = await done;
  await worker.terminate();
  return received;
}

/** Latencies (ms) of the messages both sides know, skipping those sent during the warm-up. */
function latencies(sentAt: Map<number, number>, received: number[], after: number): { values: number[]; lost: number } {
  const values: number[] = [];
  let matched = 0;
  for (let i = 0; i < received.length; i += 2) {
    const at = sentAt.get(received[i]!);
    if (at === undefined) continue;
    matched++;
    if (at >= after) values.push(received[i + 1]! - at);
  }
  return { values: values.sort((a, b) => a - b), lost: sentAt.size - matched };
}

/** Calls `tick(n)` so that `rate` units per second are due in all, for `ms`. */
async function paced(rate: number, ms: number, tick: (n: number) => void): Promise<void> {
  const start = performance.now();
  let sent = 0;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const elapsed = performance.now() - start;
      const due = Math.min(Math.floor((elapsed / 1000) * rate), Math.floor((ms / 1000) * rate));
      if (due > sent) tick(due - sent);
      sent = due;
      if (elapsed >= ms) {
        clearInterval(timer);
        resolve();
      }
    }, 2);
  });
}

async function hookbenchRun(rate: number, ms: number, warmupMs: number, target: string) {
  const dir = mkdtempSync(join(tmpdir(), 'hookbench-ws-'));
  const bench = createWorkbench({ dbPath: join(dir, 'hb.db'), defaultTarget: target });
  const committedAt = new Map<number, number>();
  const attemptSeqs = new Set<number>();
  let turnAt: number | undefined;
  const perCommit: number[] = [];
  bench.bus.subscribe((message) => {
    // Every message of one commit shares the commit's time: the first listener call after COMMIT.
    if (turnAt === undefined) {
      turnAt = now();
      perCommit.push(0);
      queueMicrotask(() => (turnAt = undefined));
    }
    perCommit[perCommit.length - 1]!++;
    committedAt.set(message.seq, turnAt);
    if (message.type === 'attempt.finished') attemptSeqs.add(message.seq);
  });
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const ws = attachWebSocket({ server, bench, guard: { allowedHosts: loopbackHosts(port), allowedOrigins: [] } });
  // Subscribed after the WebSocket's listener: when its send returned (splits the latency into server and wire + client).
  const sentAt = new Map<number, number>();
  bench.bus.subscribe((message) => sentAt.set(message.seq, now()));
  const [client] = await startWorker(clientCode, { url: `ws://127.0.0.1:${port}/ws` });

  const measuredFrom = now() + warmupMs;
  const elu = nodePerformance.eventLoopUtilization();
  const ids: string[] = [];
  let seed = 0;
  await paced(rate, ms + warmupMs, (n) => {
    for (let i = 0; i < n; i++) ids.push(bench.engine.submit({ provider: 'ploomes', event: 'Contacts.Update', seed: seed++ }).delivery.id);
  });
  const utilisation = nodePerformance.eventLoopUtilization(elu).utilization;
  const settled = await Promise.all(ids.map((id) => bench.engine.settled(id)));
  // Let the last messages reach the client.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const received = await stopClient(client);
  await ws.close();
  server.close();
  await bench.close();
  rmSync(dir, { recursive: true, force: true });

  const failed = settled.filter((d) => d.status !== 'succeeded').length;
  if (failed) throw new Error(`${failed} deliveries failed during the WebSocket latency benchmark`);
  const all = latencies(committedAt, received, measuredFrom);
  const finished = latencies(new Map([...committedAt].filter(([seq]) => attemptSeqs.has(seq))), received, measuredFrom);
  const afterSend = latencies(sentAt, received, measuredFrom);
  const commitToSend = [...committedAt].filter(([, at]) => at >= measuredFrom).map(([seq, at]) => sentAt.get(seq)! - at).sort((a, b) => a - b);
  perCommit.sort((a, b) => a - b);
  return { all, finished, afterSend, commitToSend, utilisation, perCommit, deliveries: ids.length, achieved: ids.length / ((ms + warmupMs) / 1000) };
}

/** The reference: a bare ws server sending messages of a similar size at the same message rate to the same client. */
async function referenceRun(messagesPerSecond: number, ms: number, warmupMs: number) {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => wss.once('listening', resolve));
  const { port } = wss.address() as AddressInfo;
  const [client] = await startWorker(clientCode, { url: `ws://127.0.0.1:${port}/` });
  const sentAt = new Map<number, number>();
  const filler = 'x'.repeat(600);
  let seq = 0;
  const measuredFrom = now() + warmupMs;
  await paced(messagesPerSecond, ms + warmupMs, (n) => {
    for (let i = 0; i < n; i++) {
      seq++;
      const text = `{"seq":${seq},"type":"delivery.updated","data":{"filler":"${filler}"}}`;
      sentAt.set(seq, now());
      for (const socket of wss.clients) socket.send(text);
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  const received = await stopClient(client);
  await new Promise((resolve) => wss.close(resolve));
  return latencies(sentAt, received, measuredFrom);
}

/** At each rate in `rates` (deliveries/s); the PASS line is for the target's rate, 1,000/s. */
export async function benchWsLatency({ rates = [250, 500, 1000], ms = 5000, warmupMs = 1000 }: { rates?: number[]; ms?: number; warmupMs?: number } = {}): Promise<void> {
  const [receiver, { port }] = await startWorker<{ port: number }>(receiverCode);
  try {
    const rows: (string | number)[][] = [['rate/s', 'measure', 'messages', 'lost', 'p50 ms', 'p99 ms', 'max ms', 'p99 vs reference']];
    const notes: string[] = [];
    let verdict = '';
    for (const rate of rates) {
      const ours = await hookbenchRun(rate, ms, warmupMs, `http://127.0.0.1:${port}/hook`);
      // Each delivery announces four messages (created, started, finished, updated).
      const messagesPerSecond = ours.all.values.length / (ms / 1000);
      const reference = await referenceRun(messagesPerSecond, ms, warmupMs);
      const row = (label: string, l: { values: number[]; lost: number }) => [
        rate,
        label,
        l.values.length,
        l.lost,
        round(percentile(l.values, 50)),
        round(percentile(l.values, 99)),
        round(l.values.at(-1) ?? Number.NaN),
        round(percentile(l.values, 99) / percentile(reference.values, 99)),
      ];
      rows.push(row('hookbench: attempt.finished, commit → client', ours.finished));
      rows.push(row('hookbench: every message, commit → client', ours.all));
      rows.push(row('  of which commit → ws.send returned', { values: ours.commitToSend, lost: 0 }));
      rows.push(row('  of which ws.send returned → client', ours.afterSend));
      rows.push(row(`reference: bare ws, send → client (${Math.round(messagesPerSecond)} msg/s)`, reference));
      notes.push(
        `  at ${rate}/s: server event loop utilisation ${round(ours.utilisation * 100, 0)} %; messages per commit p50 ${percentile(ours.perCommit, 50)}, p99 ${percentile(ours.perCommit, 99)} (${ours.perCommit.length} commits)`,
      );
      if (rate === 1000) {
        const p99 = percentile(ours.finished.values, 99);
        verdict = `  ${p99 < 25 ? 'PASS' : 'FAIL'}: at 1000/s, attempt committed → client received p99 ${round(p99)} ms (target < 25 ms)`;
      }
    }
    printTable(`WebSocket latency, ${ms / 1000} s per rate after ${warmupMs / 1000} s warm-up (file-backed store; client and receiver in worker threads)`, rows);
    notes.forEach((n) => console.log(n));
    if (verdict) console.log(verdict);
  } finally {
    await receiver.terminate();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  await benchWsLatency({ rates: (arg('rates') ?? '250,500,1000').split(',').map(Number), ms: Number(arg('seconds') ?? 5) * 1000 });
}
