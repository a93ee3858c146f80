import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver } from './helpers/receiver.ts';

const exec = promisify(execFile);

/** The entry points package.json's build:server names (`name=path`): the CLI and the modules its threads run. */
function buildServerEntries(): Record<string, string> {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  return Object.fromEntries([...scripts['build:server']!.matchAll(/(\S+)=(server\/\S+\.ts)/g)].map(([, name, path]) => [name!, path!]));
}

/** The modules the sources start threads on (`moduleWorkerEntry('name', …)`). */
function threadModules(): string[] {
  const sources = readdirSync('server', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const names = sources.flatMap((f) => [...readFileSync(join('server', f), 'utf8').matchAll(/moduleWorkerEntry\('([\w-]+)'/g)].map((m) => m[1]!));
  return [...new Set(names)];
}

// The bundle `npm start` runs (see bin/hookbench.js): built as package.json's build:server builds it,
// into a folder of its own so a bundle in dist/ is never touched.
describe('the server bundle', () => {
  let dir: string;
  let bundle: string;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(process.cwd(), '.hookbench-bundle-test-'));
    bundle = join(dir, 'hookbench.mjs');
    await build({ entryPoints: buildServerEntries(), bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node20', outdir: dir, outExtension: { '.js': '.mjs' }, logLevel: 'warning' });
  });
  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

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

  it('ships every module the server runs on a thread of its own', () => {
    const modules = threadModules();
    expect(modules.sort()).toEqual(['checkpoint-worker', 'send-worker']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()).toEqual([...modules, 'hookbench'].map((m) => `${m}.mjs`).sort());
  });

  it('runs its threads from beside itself: a delivery sent, neither thread failing', async () => {
    const receiver = await startReceiver();
    try {
      const script = `const { run } = await import(${JSON.stringify(bundle)}); process.exitCode = await run(${JSON.stringify(['serve', '--port', '0', '--db', join(dir, 'hb.db')])});`;
      const serve = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      child = serve;
      let out = '';
      serve.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
      serve.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
      await expect.poll(() => /Inspector\s+http:\/\/\S+/.test(out), { timeout: 20_000 }).toBe(true);
      const url = /Inspector\s+(http:\/\/\S+)/.exec(out)![1]!;
      const res = await fetch(`${url}/api/deliveries`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ provider: 'ploomes', event: 'Deals.Update', target: receiver.url }) });
      expect(res.status).toBe(202);
      await receiver.waitFor(1, 20_000).catch((e: Error) => Promise.reject(new Error(`${e.message}; the server said: ${out}`)));
      serve.kill('SIGTERM');
      await new Promise((resolve) => serve.once('exit', resolve));
      // Either thread failing to load its module says so on stderr, and the server carries on without it.
      expect(out).not.toMatch(/thread|checkpoints stopped/i);
    } finally {
      await receiver.close();
    }
  }, 60_000);
});

