/**
 * @module Cold start to ready: `hookbench serve` from spawn to its banner and to /api/health
 * answering, against `node -e` starting a bare node:http server, and `hookbench --help` (loading the
 * CLI's modules, nothing started) to tell module loading from start-up work, in the same run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printTable } from './measure.ts';
import { binPath, buildServerBundle, cliEnv, freePort, percentile, round, spawnServe, waitForHttp } from './spawn-server.ts';

async function bareServer(): Promise<number> {
  const port = await freePort();
  const start = performance.now();
  const child = spawn(process.execPath, ['-e', `require('node:http').createServer((q, s) => s.end('{"ok":true}')).listen(${port}, '127.0.0.1')`], { stdio: 'ignore' });
  try {
    return (await waitForHttp(`http://127.0.0.1:${port}/`, child)) - start;
  } finally {
    child.kill('SIGKILL');
  }
}

async function helpOnly(fromSource: boolean): Promise<number> {
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, 'serve', '--help'], { stdio: 'ignore', env: cliEnv({ fromSource }) });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`hookbench serve --help exited with ${code}`))));
  });
  return performance.now() - start;
}

/** [to banner, to health] in ms; a fresh store each time (migrations and credentials made, as on a first start). */
async function hookbenchServe(fromSource: boolean): Promise<[number, number]> {
  const dir = mkdtempSync(join(tmpdir(), 'hookbench-cold-'));
  const server = await spawnServe({ dbPath: join(dir, 'hb.db'), cwd: dir, fromSource });
  const banner = (await server.bannerAt) - server.spawnedAt;
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
  return [banner, server.readyAt - server.spawnedAt];
}

export async function benchColdStart({ runs = 5 }: { runs?: number } = {}): Promise<void> {
  buildServerBundle();
  const bare: number[] = [];
  const help: number[] = [];
  const banner: number[] = [];
  const ready: number[] = [];
  const sourceHelp: number[] = [];
  const sourceReady: number[] = [];
  // Interleaved, so a burst of load elsewhere on the machine hits every kind alike.
  for (let i = 0; i < runs; i++) {
    bare.push(await bareServer());
    help.push(await helpOnly(false));
    const [b, r] = await hookbenchServe(false);
    banner.push(b);
    ready.push(r);
    sourceHelp.push(await helpOnly(true));
    sourceReady.push((await hookbenchServe(true))[1]);
  }
  const reference = percentile(bare.sort((a, b) => a - b), 50);
  const rows: (string | number)[][] = [['spawn →', 'median ms', 'min ms', 'max ms', 'median vs node -e']];
  for (const [label, list] of [
    ['`node -e` bare http server answering (reference)', bare],
    ['`hookbench serve --help` exited (CLI modules loaded)', help],
    ['`hookbench serve` banner printed', banner],
    ['`hookbench serve` /api/health answering', ready],
    ['from the sources (tsx): `--help` exited', sourceHelp],
    ['from the sources (tsx): /api/health answering', sourceReady],
  ] as const) {
    const sorted = [...list].sort((a, b) => a - b);
    rows.push([label, round(percentile(sorted, 50), 0), round(sorted[0]!, 0), round(sorted.at(-1)!, 0), round(percentile(sorted, 50) / reference, 1)]);
  }
  printTable(`Cold start to ready, ${runs} runs each (fresh store per start; the bundle npm start builds, then the sources through tsx)`, rows);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchColdStart();
}
