import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);

// The bundle `npm start` runs (see bin/hookbench.js): built as package.json's build:server builds it,
// into a folder of its own so a bundle in dist/ is never touched.
describe('the server bundle', () => {
  let dir: string;
  let bundle: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(process.cwd(), '.hookbench-bundle-test-'));
    bundle = join(dir, 'hookbench.mjs');
    await build({ entryPoints: ['server/cli/main.ts'], bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node20', outfile: bundle, logLevel: 'warning' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const runBundle = (args: string[]) =>
    exec('node', ['--input-type=module', '-e', `const { run } = await import(${JSON.stringify(bundle)}); process.exitCode = await run(${JSON.stringify(args)});`]);
  const runSources = (args: string[]) => exec('node', ['bin/hookbench.js', ...args], { env: { ...process.env, HOOKBENCH_FROM_SOURCE: '1' } });

  it('prints the bytes the sources print, fixtures and all', async () => {
    const cases = [['ploomes', 'Deals.Win'], ['idloom', 'event.create']] as const;
    const outputs = await Promise.all(
      cases.map(([provider, event]) => {
        const args = ['sample', provider, event, '--seed', '5'];
        return Promise.all([runBundle(args), runSources(args)]);
      }),
    );
    outputs.forEach(([compiled, source], i) => {
      expect(compiled.stdout, cases[i]!.join(' ')).toBe(source.stdout);
      expect(compiled.stdout.length).toBeGreaterThan(100);
    });
  }, 60_000);

  it('answers bad input with the same message and exit code', async () => {
    const args = ['sample', 'ploomes', 'Deals.Nope'];
    const [compiled, source] = await Promise.all([runBundle(args).catch((e: { code: number; stderr: string }) => e), runSources(args).catch((e: { code: number; stderr: string }) => e)]);
    expect('code' in compiled && compiled.code).toBe(2);
    expect('code' in source && source.code).toBe(2);
    expect(compiled.stderr).toBe(source.stderr);
    expect(compiled.stderr).toMatch(/Deals\.Nope/);
  }, 60_000);
});
