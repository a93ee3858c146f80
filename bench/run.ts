/** @module `npm run bench`: prints each benchmark's figures; never part of `npm test`. */
import { benchDeliveryThroughput } from './delivery-throughput.ts';
import { benchGeneration } from './generation.ts';

console.log(`hookbench benchmarks — node ${process.version}; figures are ratios against a reference measured in the same run`);
benchGeneration();
await benchDeliveryThroughput();
