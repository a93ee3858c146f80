/** @module Child processes for benchmarks: `hookbench serve` on a free port, its RSS, and simple receivers. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { freePort } from './peers/peer-process.ts';

export { freePort };

export const binPath = fileURLToPath(new URL('../bin/hookbench.js', import.meta.url));


/** Resident set size of a process, in MiB (Linux /proc). */
export function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match?.[1]) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) / 1024;
}

/** CPU seconds (user + system) a process has used so far (Linux /proc; clock ticks of 10 ms). */
export function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Polls `url` until it answers 2xx; resolves with the moment it did (performance.now()). */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode} before answering`);
    const ok = await new Promise<boolean>((resolve) => {
      const req = http.get(url, { agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve((res.statusCode ?? 0) < 300));
      });
      req.on('error', () => resolve(false));
    });
    if (ok) return performance.now();
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** The environment minus HOOKBENCH_* settings, so flags alone decide. */
function withoutHookbenchEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('HOOKBENCH_')));
}

export interface ServeProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** performance.now() at spawn, at the banner's first line on stdout, and at /api/health answering. */
  spawnedAt: number;
  bannerAt: Promise<number>;
  readyAt: number;
  stop(): Promise<void>;
}

/**
 * Builds the server bundle as `npm start` does, so the spawned CLI runs what users run (bin/hookbench.js
 * takes the bundle while it is newer than every source).
 */
export function buildServerBundle(): void {
  execFileSync('npm', ['run', '-s', 'build:server'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The inspector built into dist/ui, as `npm start` builds it: a fresh clone has none, and the soak opens it. */
export function buildUi(): void {
  execFileSync('npm', ['run', '-s', 'build:ui'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The environment of a spawned CLI: the bundle (as `npm start` runs it), or the TypeScript sources through tsx. */
export function cliEnv({ fromSource = false }: { fromSource?: boolean } = {}): NodeJS.ProcessEnv {
  return { ...withoutHookbenchEnv(), ...(fromSource ? { HOOKBENCH_FROM_SOURCE: '1' } : {}) };
}

/** Spawns `hookbench serve` (the real CLI, as a user starts it) on a free port with `--db dbPath`. */
export async function spawnServe({
  dbPath,
  cwd,
  args = [],
  nodeArgs = [],
  fromSource = false,
}: {
  dbPath: string;
  cwd: string;
  args?: string[];
  nodeArgs?: string[];
  fromSource?: boolean;
}): Promise<ServeProcess> {
  const port = await freePort();
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, binPath, 'serve', '--port', String(port), '--db', dbPath, ...args], {
    cwd,
    env: cliEnv({ fromSource }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const bannerAt = new Promise<number>((resolve) => child.stdout!.once('data', () => resolve(performance.now())));
  child.stdout!.resume();
  const url = `http://127.0.0.1:${port}`;
  let readyAt: number;
  try {
    readyAt = await waitForHttp(`${url}/api/health`, child);
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n${stderr}`);
  }
  return {
    url,
    pid: child.pid!,
    child,
    spawnedAt,
    bannerAt,
    readyAt,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

/** The trivial receiver every benchmark fires at: node:http answering 204. */
export async function receiver204(): Promise<{ url: string; requests(): number; close(): void }> {
  let count = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      count++;
      res.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    requests: () => count,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
