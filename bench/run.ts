/** @module `npm run bench`: prints each benchmark's figures; never part of `npm test`. */
import { benchDeliveryCost } from './delivery-cost.ts';
import { benchDeliveryThroughput } from './delivery-throughput.ts';
import { benchGeneration } from './generation.ts';
import { benchPeerMockApi } from './peer-mock-api.ts';
import { benchPeerWebhooks } from './peer-webhooks.ts';
import { benchColdStart } from './cold-start.ts';
import { benchCommitStalls } from './commit-stalls.ts';
import { benchSinkFlood } from './sink-flood.ts';
import { benchSoak } from './soak.ts';
import { benchStoreScale } from './store-scale.ts';
import { benchSequentialPosts } from './sequential-posts.ts';
import { benchSuiteWall } from './suite-wall.ts';
import { benchWsLatency } from './ws-latency.ts';
import { buildServerBundle } from './spawn-server.ts';

console.log(`hookbench benchmarks — node ${process.version}; figures are ratios against a reference measured in the same run`);
// The CLI the benchmarks spawn runs the bundle `npm start` builds, as users run it.
buildServerBundle();
await benchGeneration();
await benchDeliveryThroughput();
await benchDeliveryCost();
await benchWsLatency();
await benchCommitStalls();
await benchSuiteWall();
await benchSequentialPosts();
await benchColdStart();
// 100,000 deliveries take minutes to record on a busy machine: `-- --scale` for the full size.
await benchStoreScale({ count: process.argv.includes('--scale') ? 100_000 : 10_000 });
// The bounded soak runs a minute: `-- --soak`; with it, the inbound list under a flood.
if (process.argv.includes('--soak')) {
  await benchSoak({ seconds: 60, rate: 500 });
  await benchSinkFlood();
}
// Issue 8's peers (Mockoon CLI, WireMock), installed into bench/peers on first use; skipped with the reason when they cannot be.
await benchPeerWebhooks();
await benchPeerMockApi();
