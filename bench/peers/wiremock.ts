/** @module Runs WireMock standalone (the jar inside the `wiremock` npm package) on stub mappings written here. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { peer } from './install-peers.ts';
import { freePort, startPeer } from './peer-process.ts';

/** A stub mapping as WireMock's JSON API takes it (`request`, `response`, `serveEventListeners`, …). */
export type WireMockStub = Record<string, unknown>;

export interface RunningWireMock {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * @example const wm = await startWireMock([{ request: { method: 'GET', url: '/x' }, response: { status: 204 } }])
 */
export async function startWireMock(stubs: readonly WireMockStub[]): Promise<RunningWireMock> {
  const jar = await peer('wiremockJar');
  const port = await freePort();
  const root = mkdtempSync(join(tmpdir(), 'hookbench-wiremock-'));
  mkdirSync(join(root, 'mappings'));
  stubs.forEach((stub, i) => writeFileSync(join(root, 'mappings', `stub-${i}.json`), JSON.stringify(stub)));
  const url = `http://127.0.0.1:${port}`;
  const args = [
    '-jar', jar, '--port', String(port), '--bind-address', '127.0.0.1', '--root-dir', root, '--disable-banner',
    // WireMock's own advice "when performance testing": no per-request notifier logging, no request journal.
    '--disable-request-logging', '--no-request-journal',
  ];
  const child = await startPeer({ name: 'WireMock', command: 'java', args, readyUrl: `${url}/__admin/health` });
  return {
    url,
    pid: child.pid,
    async stop() {
      await child.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
