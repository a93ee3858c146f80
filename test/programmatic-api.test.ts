// The README's "Use it from your own tests" example, as written there (only the receiver's import differs).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBench, type Bench } from 'hookbench';
import { app } from './helpers/example-receiver.ts'; // your receiver: (req, res) => …

let bench: Bench;
let target: string;
beforeAll(async () => {
  bench = await createBench();
  process.env.PLOOMES_VALIDATION_KEY = bench.credentials('ploomes').validationKey;
  const server = createServer(app).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  target = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/ploomes`;
});
afterAll(() => bench.close());

it('accepts a Ploomes contact update', async () => {
  const delivery = await bench.trigger('ploomes', 'Contacts.Update', { target });
  expect(delivery.attempts[0]?.response?.status).toBe(200);
});

it('refuses a forged validation key', async () => {
  const delivery = await bench.trigger('ploomes', 'Contacts.Update', { target, faults: { signature: 'invalid' } });
  expect(delivery.attempts[0]?.response?.status).toBe(401);
});

it('passes a replay suite', async () => {
  const result = await bench.replay({
    name: 'contract',
    target,
    cases: [
      { name: 'accepted', provider: 'ploomes', event: 'Deals.Win', expect: { status: 200 } },
      { name: 'forged refused', provider: 'ploomes', event: 'Deals.Win', faults: { signature: 'invalid' }, expect: { status: '4xx' } },
    ],
  });
  expect(result.totals).toMatchObject({ passed: 2, failed: 0 });
});
