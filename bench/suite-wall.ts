/**
 * @module A 1,000-case replay suite against a local 204 receiver: `hookbench replay` wall time (spawn
 * to exit) and the runner in-process, against the same number of plain HTTP POSTs at the same
 * concurrency in the same run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEvent } from '../server/delivery/generate-event.ts';
import { createRegistry } from '../server/providers/registry.ts';
import { loadSuites } from '../server/suites/load-suites.ts';
import { runSuites } from '../server/suites/run-suites.ts';
import type { SuiteInput } from '../server/suites/suite-schema.ts';
import { createWorkbench } from '../server/workbench.ts';
import { printTable } from './measure.ts';
import { binPath, receiver204, round } from './spawn-server.ts';

const concurrency = 8;

/** `cases` cases cycling through every built-in provider's events, each expecting a 2xx. */
export function generatedSuite(cases: number): SuiteInput {
  const kinds = createRegistry()
    .list()
    .flatMap((p) => Object.keys(p.catalogue).map((event) => ({ provider: p.id, event })));
  return {
    name: `generated ${cases}-case suite`,
    seed: 7,
    cases: Array.from({ length: cases }, (_, i) => {
      const { provider, event } = kinds[i % kinds.length]!;
      return { name: `${provider} ${event} #${i}`, provider, event, expect: { status: '2xx' } };
    }),
  };
}

/** The reference: `count` POSTs of a real payload, `concurrency` at a time, through a keep-alive agent. */
async function plainPosts(url: string, count: number): Promise<number> {
  const ploomes = createRegistry().get('ploomes');
  const body = JSON.stringify(generateEvent({ provider: ploomes, settings: ploomes.settings.parse({}), event: 'Contacts.Update', seed: 1 }).payload);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const start = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < count) {
      next++;
      await new Promise<void>((resolve, reject) => {
        const req = http.request(url, { method: 'POST', agent, headers: { 'Content-Type': 'application/json' } }, (res) => {
          res.resume();
          res.on('end', resolve);
        });
        req.on('error', reject);
        req.end(body);
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  agent.destroy();
  return performance.now() - start;
}

/** `hookbench replay` as CI runs it; resolves with [wall ms, the runner's own durationMs, exit code]. */
async function cliReplay(suiteFile: string, target: string, dir: string): Promise<[number, number, number]> {
  const report = join(dir, 'report.json');
  const start = performance.now();
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [binPath, 'replay', suiteFile, '--target', target, '--reporter', 'json', '--output', report, '--db', join(dir, 'hb.db')], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    child.on('exit', (c) => resolve(c ?? 1));
  });
  const wall = performance.now() - start;
  const result = JSON.parse(readFileSync(report, 'utf8')) as { durationMs: number; totals: { passed: number } };
  if (result.totals.passed === 0) throw new Error('no case passed in the replay benchmark');
  return [wall, result.durationMs, code];
}

async function inProcess(suiteFile: string, target: string, dir: string): Promise<number> {
  const bench = createWorkbench({ dbPath: ':memory:', defaultTarget: '' });
  const start = performance.now();
  const result = await runSuites({ ...bench, defaultTarget: undefined, defaultTimeScale: 1 }, { suites: loadSuites([suiteFile], dir), target, concurrency });
  const ms = performance.now() - start;
  await bench.close();
  if (result.totals.passed !== result.totals.cases) throw new Error(`${result.totals.cases - result.totals.passed} cases did not pass in-process`);
  return ms;
}

export async function benchSuiteWall({ cases = 1000, runs = 3 }: { cases?: number; runs?: number } = {}): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hookbench-suite-'));
  const suiteFile = join(dir, 'generated.json');
  writeFileSync(suiteFile, JSON.stringify(generatedSuite(cases)));
  const target = await receiver204();
  const rows: (string | number)[][] = [['run', `${cases} plain POSTs ms`, 'runner in-process ms', 'ratio', '`hookbench replay` wall ms', '(runner inside it ms)', 'ratio', 'exit']];
  let worst = 0;
  try {
    for (let run = 1; run <= runs; run++) {
      const plain = await plainPosts(target.url, cases);
      const inside = await inProcess(suiteFile, target.url, dir);
      const [wall, runner, code] = await cliReplay(suiteFile, target.url, dir);
      worst = Math.max(worst, wall);
      rows.push([run, round(plain, 0), round(inside, 0), round(inside / plain, 1), round(wall, 0), runner, round(wall / plain, 1), code]);
    }
  } finally {
    target.close();
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(`Replay suite of ${cases} cases against a local 204 receiver (concurrency ${concurrency}, the default)`, rows);
  console.log(`  ${worst < 5000 ? 'PASS' : 'FAIL'}: \`hookbench replay\` of ${cases} cases, slowest wall time ${round(worst / 1000)} s (target < 5 s)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchSuiteWall();
}
