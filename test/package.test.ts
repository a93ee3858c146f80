/** The package as shipped: the library build (JS + declarations) imports and works from a project outside this repo. */
import { execFile } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/test-server.ts';

const exec = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
let project: string;

beforeAll(async () => {
  await exec('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
  project = tempDir('hookbench-consumer-');
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(root, join(project, 'node_modules', 'hookbench'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module' }));
}, 120_000);

describe('the built package', () => {
  it('runs createBench from plain JavaScript in another project', async () => {
    writeFileSync(
      join(project, 'run.mjs'),
      `import { createBench } from 'hookbench';
const bench = await createBench();
const d = await bench.trigger('parallel', 'PROFILE_CREATED', { seed: 3 });
console.log(JSON.stringify({ status: d.status, code: d.attempts[0].response.status, keys: Object.keys(bench.credentials('parallel')) }));
await bench.close();`,
    );
    const { stdout } = await exec(process.execPath, ['run.mjs'], { cwd: project });
    expect(JSON.parse(stdout)).toEqual({ status: 'succeeded', code: 200, keys: ['publicKey1', 'apiToken'] });
  });

  it('ships declarations a strict TypeScript project checks against', async () => {
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, types: [] }, include: ['t.ts'] }));
    writeFileSync(
      join(project, 't.ts'),
      `import { createBench, type Delivery, type SuiteRunResult } from 'hookbench';
const bench = await createBench({ timeScale: 0.01 });
const d: Delivery = await bench.trigger('hubspot', 'deal.creation', { faults: { duplicate: 2 } });
const r: SuiteRunResult = await bench.replay({ name: 's', cases: [{ name: 'c', provider: 'ploomes', event: 'Deals.Win' }] });
// @ts-expect-error the status is a union of known words
const wrong: 'nope' = d.status;
export { r, wrong };`,
    );
    await expect(exec(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: project })).resolves.toBeDefined();
    writeFileSync(join(project, 't.ts'), `import { createBench } from 'hookbench';\nconst bench = await createBench();\nbench.trigger(42);\n`);
    await expect(exec(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: project })).rejects.toMatchObject({ stdout: expect.stringMatching(/t\.ts\(3,\d+\): error TS/) });
  }, 120_000); // a real tsc run over the declarations: seconds normally, far more on a loaded machine
});
