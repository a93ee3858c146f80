/**
 * @module hookbench's server as a contender: started in a process of its own, like the peers, so its
 * CPU seconds are its own (signing, recording, the WebSocket) and not the driver's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../server/start-server.ts';
import type { HookbenchProcessOptions, HookbenchReport } from './hookbench-server.ts';

const options = JSON.parse(process.argv[2] ?? '{}') as HookbenchProcessOptions;
// A real file store (WAL on disk), as `hookbench serve` keeps one.
const dir = mkdtempSync(join(tmpdir(), 'hookbench-peer-bench-'));
const server = await startServer({ port: 0, dbPath: join(dir, 'hookbench.db'), target: options.target, providers: options.providers });
process.send!({ type: 'listening', url: server.url, port: server.port } satisfies HookbenchReport);

async function stop(): Promise<never> {
  // A timeout so that a receiver holding connections open cannot keep us from exiting.
  await Promise.race([server.close(), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

process.on('message', stop);
// The benchmark was killed: no server is left behind holding a port and a temporary store.
process.on('disconnect', stop);
