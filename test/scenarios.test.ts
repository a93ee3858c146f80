/** Scenarios end to end: the receiver gets the steps in order, on the scaled clock, with one entity throughout. */
import { afterEach, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { run } from '../server/cli/main.ts';
import { startHostileReceiver, type HostileReceiver } from './helpers/hostile-receiver.ts';
import { startTestServer, tempDir, type TestServer } from './helpers/test-server.ts';

let server: TestServer | undefined;
let receiver: HostileReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  await server?.dispose();
  server = receiver = undefined;
});

describe('a scenario run', () => {
  it('plays a Parallel profile lifecycle in order, one profile, spaced by the scaled delays', async () => {
    server = await startTestServer();
    receiver = await startHostileReceiver();
    const submitted = performance.now();
    const res = await server.api('/api/scenarios/run', { body: { scenario: 'parallel-profile-lifecycle', target: `${receiver.url}/ok`, seed: 4, timeScale: 0.01 } });
    expect(res.status).toBe(202);
    const started = (await res.json()) as { batchId: string; steps: { event: string; atMs: number; deliveryIds: string[] }[] };
    await receiver.waitFor(7);
    const bodies = receiver.requests.map((r) => JSON.parse(r.body.toString()) as { type: string; profileId: string; createdAt: string });
    expect(bodies.map((b) => b.type)).toEqual(started.steps.map((s) => s.event));
    expect(new Set(bodies.map((b) => b.profileId)).size).toBe(1);
    expect(bodies.map((b) => b.createdAt)).toEqual([...bodies.map((b) => b.createdAt)].sort());
    // Each step arrives no earlier than its scaled place on the scenario's clock.
    receiver.requests.forEach((r, i) => expect(r.startedAt - submitted).toBeGreaterThanOrEqual(started.steps[i]!.atMs * 0.01 - 5));
    expect(receiver.requests.at(-1)!.startedAt - submitted).toBeLessThan(started.steps.at(-1)!.atMs * 0.01 + 1000);

    await Promise.all(started.steps.flatMap((s) => s.deliveryIds).map((id) => server!.bench.engine.settled(id)));
    const state = (await (await server.api(`/api/scenarios/runs/${started.batchId}`)).json()) as { steps: { deliveries: { status: string; batchId: string }[] }[] };
    expect(state.steps.every((s) => s.deliveries.length === 1 && s.deliveries[0]!.status === 'succeeded' && s.deliveries[0]!.batchId === started.batchId)).toBe(true);
  });

  it('takes a scenario inline, and refuses an invalid one naming the path', async () => {
    server = await startTestServer();
    const bad = await server.api('/api/scenarios/run', { body: { scenario: { name: 'x', description: 'y', provider: 'ploomes', steps: [{ event: 'Deals.Win', after: 'soon' }] } } });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { path: string } }).error.path).toBe('scenario.steps.0.after');
    const unknown = await server.api('/api/scenarios/run', { body: { scenario: 'no-such-scenario' } });
    expect(unknown.status).toBe(404);
  });

  it('runs from the CLI, printing each step, exit code 0 when all were delivered', async () => {
    receiver = await startHostileReceiver();
    let out = '';
    const stdout = new Writable({ write: (chunk, _e, done) => ((out += String(chunk)), done()) });
    const stderr = new Writable({ write: (_c, _e, done) => done() });
    const code = await run(['scenario', 'ploomes-deal-won', '--target', `${receiver.url}/ok`, '--time-scale', '0.001', '--seed', '8', '--json'], {
      stdout,
      stderr,
      env: { HOOKBENCH_PORT: '1' },
      cwd: tempDir(),
    });
    expect(code).toBe(0);
    const result = JSON.parse(out) as { delivered: boolean; steps: { deliveries: { status: string }[] }[] };
    expect(result.delivered).toBe(true);
    expect(result.steps).toHaveLength(4);
    const ids = receiver.requests.map((r) => (JSON.parse(r.body.toString()) as { New: { Id: number } }).New.Id);
    expect(new Set(ids).size).toBe(1);
    expect(receiver.requests.map((r) => (JSON.parse(r.body.toString()) as { Action: string }).Action)).toEqual(['Create', 'Update', 'Update', 'Win']);
  });
});
