/** @module Starts a peer server as a child process, waits until it answers, and stops it. */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PeerUnavailable } from './install-peers.ts';

export interface PeerProcess {
  pid: number;
  stop(): Promise<void>;
}

/** A port the OS has just handed out: peers that want a port number up front get one nobody holds. */
export async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Spawns `command`, then polls `readyUrl` until it answers (any status). The peer's stdout is
 * discarded, not piped: a pipe nobody drains would stall a peer that logs every request (Mockoon does).
 * @example const wm = await startPeer({ name: 'WireMock', command: 'java', args: ['-jar', jar], readyUrl })
 */
export async function startPeer({ name, command, args, readyUrl, timeoutMs = 60_000 }: { name: string; command: string; args: string[]; readyUrl: string; timeoutMs?: number }): Promise<PeerProcess> {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  // A benchmark that exits early (an error, Ctrl-C handled upstream) does not leave a peer holding a port.
  const orphaned = () => child.kill('SIGKILL');
  process.once('exit', orphaned);
  child.once('exit', () => process.off('exit', orphaned));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const outcome = await Promise.race([
      answers(readyUrl).then((ok) => (ok ? 'ready' : 'waiting')),
      exited.then(() => 'exited' as const),
      spawnError.then((e) => e),
    ]);
    if (outcome === 'ready') return { pid: child.pid!, stop };
    if (outcome !== 'waiting') {
      await stop();
      const why = outcome instanceof Error ? outcome.message : `exited with ${child.exitCode ?? child.signalCode}`;
      throw new PeerUnavailable(`${name} did not start (${why})${stderr ? `: ${stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new PeerUnavailable(`${name} did not answer on ${readyUrl} within ${timeoutMs / 1000} s`);
}

function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false, timeout: 1000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(true));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
  });
}
