/**
 * @module Issue 8's mock API comparison: requests per second hookbench's Ploomes mock answers (User-Key
 * auth, rate limit, OData over the store, every call recorded and streamed to an inspector) against
 * Mockoon CLI serving the very bytes hookbench answered, as a static route; both loaded by autocannon
 * from the same driver, side by side in one run.
 */
import { startHookbench, type RunningHookbench } from './peers/hookbench-server.ts';
import { connectInspector } from './peers/inspector-client.ts';
import { peer, PeerUnavailable, peerVersion } from './peers/install-peers.ts';
import { load } from './peers/load.ts';
import { startMockoon, type RunningMockoon } from './peers/mockoon.ts';
import { machineLoad } from './peers/machine-load.ts';
import { cpuOf } from './peers/process-cpu.ts';
import { printSideBySide, sideBySide, type ContenderSpec, type Measurement } from './peers/side-by-side.ts';

const seconds = Number(process.env.PEER_BENCH_SECONDS ?? 10);
const rounds = 3;
const connections = 16;
/** Pinned so that the driver knows it; the rate limit lifted, as a load test of the real API would need. */
const userKey = 'PEERBENCHUSERKEY';

interface Route {
  what: string;
  /** Path and query on hookbench; Mockoon serves the same path whatever the query. */
  path: string;
}

const list: Route = { what: 'a list, GET /mock/ploomes/Contacts?$top=10', path: '/mock/ploomes/Contacts?$top=10' };
/** By key, as integrations read one record: the first Contact of the list, its Id known once hookbench has answered. */
const byKey = (id: number): Route => ({ what: 'one record by key, GET /mock/ploomes/Contacts(Id)', path: `/mock/ploomes/Contacts(${id})` });

/** What hookbench answers on `path`: the body and the headers that describe it, for Mockoon to serve verbatim. */
async function answerOf(hookbench: RunningHookbench, path: string): Promise<{ body: string; headers: Record<string, string> }> {
  const response = await fetch(`${hookbench.url}${path}`, { headers: { 'User-Key': userKey } });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`hookbench answered ${path} with ${response.status}: ${body.slice(0, 200)}`);
  const headers: Record<string, string> = {};
  for (const name of ['content-type', 'odata-version']) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  return { body, headers };
}

/** Both servers stay up across rounds; a contender here is one server loaded on one URL. */
function loaded(name: string, side: ContenderSpec['side'], pid: number, url: string, headers: Record<string, string>): ContenderSpec {
  return {
    name,
    side,
    start: async () => ({
      async measure(): Promise<Measurement> {
        const before = cpuOf(pid);
        const { rate, ok } = await load({ url, headers, seconds, connections });
        const after = cpuOf(pid);
        return { rate, perCpuSecond: before === undefined || after === undefined ? undefined : ok / (after - before) };
      },
      stop: async () => undefined,
    }),
  };
}

export async function benchPeerMockApi(): Promise<void> {
  try {
    // The driver itself is a peer package: without it there is nothing to measure either side with.
    await peer('autocannon');
  } catch (e) {
    if (!(e instanceof PeerUnavailable)) throw e;
    console.log(`\nMock API vs Mockoon: skipped: ${e.message}`);
    return;
  }
  console.log(`\nMock API vs Mockoon (issue 8): starting on ${machineLoad()}`);
  const hookbench = await startHookbench({ providers: { ploomes: { settings: { mockRateLimit: { limit: 1e9, windowMs: 60_000 } }, credentials: { userKey, validationKey: '' } } } });
  let mockoon: RunningMockoon | undefined;
  let skipped: string | undefined;
  try {
    const inspector = await connectInspector(hookbench.url);
    const listAnswer = await answerOf(hookbench, list.path);
    const routes = [list, byKey((JSON.parse(listAnswer.body) as { value: { Id: number }[] }).value[0]!.Id)];
    const answers = [listAnswer, await answerOf(hookbench, routes[1]!.path)];
    const pathOf = (route: Route) => new URL(route.path, hookbench.url).pathname;
    try {
      // Mockoon's endpoints are path patterns: OData's parentheses are escaped to match themselves.
      mockoon = await startMockoon(routes.map((route, i) => ({ method: 'get', endpoint: pathOf(route).slice(1).replace(/[()]/g, '\\$&'), status: 200, ...answers[i]! })));
      for (const [i, route] of routes.entries()) {
        const served = await (await fetch(`${mockoon.url}${pathOf(route)}`)).text();
        if (served !== answers[i]!.body) throw new Error(`Mockoon does not serve hookbench's bytes on ${pathOf(route)}: a comparison would compare nothing`);
      }
    } catch (e) {
      skipped = e instanceof Error ? e.message : String(e);
      await mockoon?.stop();
      mockoon = undefined;
    }
    for (const [i, route] of routes.entries()) {
      const mockoonUrl = mockoon && `${mockoon.url}${pathOf(route)}`;
      const specs = [
        loaded('hookbench', 'hookbench', hookbench.pid, `${hookbench.url}${route.path}`, { 'User-Key': userKey }),
        ...(mockoon && mockoonUrl ? [loaded(`Mockoon CLI ${peerVersion('@mockoon/cli')}`, 'peer', mockoon.pid, mockoonUrl, { 'User-Key': userKey })] : []),
      ];
      const outcomes = await sideBySide(specs, { rounds, warmups: 1 });
      const size = Buffer.byteLength(answers[i]!.body);
      printSideBySide(`Mock API vs Mockoon, requests per second: ${route.what} (${size} B), ${seconds} s, ${connections} connections`, outcomes, { unit: 'req/s', rounds });
      printSideBySide('  … per CPU-second of the server\'s own process', outcomes, { unit: 'req/CPU-s', rounds, figure: 'perCpuSecond' });
    }
    if (skipped) console.log(`  Mockoon CLI: skipped: ${skipped}`);
    console.log(`  hookbench checks the User-Key and its rate limit, queries the store, records each call (SQLite, on disk) and streams it`);
    console.log(`  to one WebSocket client (${inspector.messages()} messages received); Mockoon serves the same bytes from a static route.`);
    console.log(`  finished on ${machineLoad()}`);
    inspector.close();
  } finally {
    await mockoon?.stop();
    await hookbench.stop();
  }
}
