/** @module Loads a URL with autocannon (run as its own process, so its CPU is not the server's) and reads its JSON result. */
import { spawn } from 'node:child_process';
import { peer } from './install-peers.ts';

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  /** Seconds of load: a fixed time rather than a fixed amount, so a slow contender cannot stretch the run. */
  seconds: number;
  connections: number;
}

export interface LoadResult {
  /** 2xx answers per second over autocannon's own measured duration. */
  rate: number;
  /** 2xx answers in all: with the server's CPU seconds over the run, its CPU cost per request. */
  ok: number;
}

/** The part of autocannon's `--json` output read here. */
interface AutocannonJson {
  duration: number;
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/**
 * Rejects when any answer was not 2xx, or on errors or timeouts: a rate of error pages compares nothing.
 * @example const { rate } = await load({ url: `${mockoon.url}/Contacts`, seconds: 10, connections: 16 })
 */
export async function load({ url, headers = {}, seconds, connections }: LoadOptions): Promise<LoadResult> {
  const autocannon = await peer('autocannon');
  const args = [autocannon, '--json', '--no-progress', '-c', String(connections), '-d', String(seconds), ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}=${v}`]), url];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  const line = stdout.trim().split('\n').pop() ?? '';
  if (code !== 0 || !line.startsWith('{')) throw new Error(`autocannon exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
  const result = JSON.parse(line) as AutocannonJson;
  if (result.non2xx || result.errors || result.timeouts) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts (${result['2xx']} answered 2xx)`);
  }
  return { rate: result['2xx'] / result.duration, ok: result['2xx'] };
}
