/** @module Deliveries per second with signing and recording, against raw node:http requests. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateEvent } from '../server/delivery/generate-event.ts';
import { createRegistry } from '../server/providers/registry.ts';
import { createWorkbench } from '../server/workbench.ts';
import { printTable } from './measure.ts';

const count = 3000;

async function receiver(): Promise<{ url: string; close(): void }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(204).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, close: () => server.close() };
}

/** The reference: the same number of POSTs of a similar body, all at once, through a keep-alive agent. */
async function rawRate(url: string, body: string): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const start = performance.now();
  await Promise.all(
    Array.from({ length: count }, () =>
      new Promise<void>((resolve, reject) => {
        const req = http.request(url, { method: 'POST', agent, headers: { 'Content-Type': 'application/json' } }, (res) => {
          res.resume();
          res.on('end', resolve);
        });
        req.on('error', reject);
        req.end(body);
      }),
    ),
  );
  agent.destroy();
  return count / ((performance.now() - start) / 1000);
}

async function hookbenchRate(url: string): Promise<number> {
  const bench = createWorkbench({ dbPath: ':memory:', defaultTarget: url });
  let messages = 0;
  bench.bus.subscribe(() => messages++);
  const start = performance.now();
  const ids = Array.from({ length: count }, (_, i) => bench.engine.submit({ provider: 'ploomes', event: 'Contacts.Update', seed: i }).delivery.id);
  const settled = await Promise.all(ids.map((id) => bench.engine.settled(id)));
  const rate = count / ((performance.now() - start) / 1000);
  const failed = settled.filter((d) => d.status !== 'succeeded').length;
  if (failed) throw new Error(`${failed} deliveries failed during the benchmark`);
  if (messages < count * 4) throw new Error(`only ${messages} messages were published for ${count} deliveries`);
  await bench.close();
  return rate;
}

export async function benchDeliveryThroughput(): Promise<void> {
  const target = await receiver();
  // The reference sends a real payload of the same event, so both sides move the same bytes.
  const ploomes = createRegistry().get('ploomes');
  const body = JSON.stringify(generateEvent({ provider: ploomes, settings: ploomes.settings.parse({}), event: 'Contacts.Update', seed: 1 }).payload);
  const rows: (string | number)[][] = [['run', 'raw req/s', 'hookbench deliveries/s', 'ratio']];
  for (let run = 1; run <= 3; run++) {
    const raw = await rawRate(target.url, body);
    const ours = await hookbenchRate(target.url);
    rows.push([run, Math.round(raw), Math.round(ours), Math.round((ours / raw) * 1000) / 1000]);
  }
  target.close();
  printTable(`Delivery throughput, ${count} at once to a local 204 receiver (generate, sign, record, announce)`, rows);
}
