/** @module Payload generation per second per provider, against serialising a same-sized payload. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generationRates, type GenerationRate } from './generation-rates.ts';
import { printTable } from './measure.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The same measurement, bundled as `npm start` bundles the server (plain JavaScript, no tsx). */
async function bundledRates(): Promise<GenerationRate[]> {
  const dir = mkdtempSync(join(root, '.hookbench-bench-'));
  try {
    const outfile = join(dir, 'generation-rates.mjs');
    await build({ entryPoints: [join(root, 'bench/generation-rates.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node20', outfile, logLevel: 'warning' });
    return JSON.parse(execFileSync('node', [outfile, '--json'], { encoding: 'utf8' })) as GenerationRate[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchGeneration(): Promise<void> {
  const sources = generationRates();
  const bundled = new Map((await bundledRates()).map((r) => [r.provider, r]));
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const rows: (string | number)[][] = [['provider', 'events/s (tsx)', 'events/s (bundle, as npm start)', 'reference ops/s', 'ratio (bundle / reference)', 'bundle / tsx']];
  for (const { provider, rate } of sources) {
    const b = bundled.get(provider)!;
    rows.push([provider, Math.round(rate), Math.round(b.rate), Math.round(b.reference), round(b.rate / b.reference), round(b.rate / rate)]);
  }
  printTable('Payload generation per CPU-second on one core (reference = parse + serialise of same-sized payloads)', rows);
}
