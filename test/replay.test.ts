/** `hookbench replay` as CI uses it: exit codes, the case that failed, JUnit that parses, shards, seeds. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../server/cli/main.ts';
import type { SuiteRunResult } from '../server/suites/run-suites.ts';
import { startHostileReceiver, type HostileReceiver } from './helpers/hostile-receiver.ts';
import { startTestServer, tempDir, type TestServer } from './helpers/test-server.ts';
import { collectWs } from './helpers/ws-collector.ts';

const examples = new URL('../fixtures/suites/', import.meta.url).pathname;

async function replay(argv: string[], cwd = tempDir()) {
  let stdout = '';
  let stderr = '';
  const code = await run(['replay', ...argv], {
    stdout: new Writable({ write: (c, _e, done) => ((stdout += String(c)), done()) }),
    stderr: new Writable({ write: (c, _e, done) => ((stderr += String(c)), done()) }),
    env: { HOOKBENCH_PORT: '1' },
    cwd,
  });
  return { code, stdout, stderr, cwd };
}

function writeSuite(dir: string, name: string, suite: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof suite === 'string' ? suite : JSON.stringify(suite));
  return file;
}

let server: TestServer | undefined;
let receiver: HostileReceiver | undefined;
beforeEach(() => {
  server = receiver = undefined;
});
afterEach(async () => {
  await receiver?.close();
  await server?.dispose();
});

describe('the example suites against a strict receiver', () => {
  it('all pass, exit 0, and the JUnit report says so in a shape CI reads', async () => {
    server = await startTestServer();
    const out = tempDir();
    // The receiver (the server's strict sink) and the replay share the workbench's credentials.
    const result = await replay([examples, '--target', `${server.url}/sink/ci?strict=1`, '--db', server.dbPath, '--reporter', 'junit', '--output', join(out, 'junit.xml')]);
    expect(result.stderr).not.toMatch(/✗/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^PASS {2}\d+ passed, 0 failed/m);

    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(readFileSync(join(out, 'junit.xml'), 'utf8'));
    const suites = [xml.testsuites.testsuite].flat();
    const suiteFiles = ['connectif', 'hubspot', 'idloom', 'parallel', 'ploomes', 'standard'];
    expect(suites.map((s: { file: string }) => s.file.replace(/^.*\/|\.json$/g, '')).sort()).toEqual(suiteFiles);
    const cases = suites.flatMap((s: { testcase: unknown }) => [s.testcase].flat()) as { name: string; classname: string; time: string; failure?: unknown }[];
    expect(Number(xml.testsuites.tests)).toBe(cases.length);
    expect(Number(xml.testsuites.failures)).toBe(0);
    expect(cases.every((c) => c.name && c.classname && Number.isFinite(Number(c.time)) && c.failure === undefined)).toBe(true);
  });
});

describe('a receiver that breaks the contract', () => {
  it('fails with exit 1, naming the case, the expectation and what came back', async () => {
    receiver = await startHostileReceiver();
    const out = tempDir();
    const result = await replay([join(examples, 'ploomes.json'), '--target', `${receiver.url}/ok`, '--reporter', 'junit', '--output', join(out, 'junit.xml')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('ploomes receiver contract › a forged validation key is refused');
    expect(result.stdout).toContain('expect.status: expected "4xx", got 200');

    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(readFileSync(join(out, 'junit.xml'), 'utf8'));
    const cases = [xml.testsuites.testsuite.testcase].flat() as { name: string; failure?: { message: string; type: string } }[];
    const failed = cases.filter((c) => c.failure).map((c) => c.name);
    expect(failed.sort()).toEqual(['a forged validation key is refused', 'a missing validation key is refused']);
    expect(cases.find((c) => c.failure)?.failure).toMatchObject({ type: 'expect.status', message: expect.stringContaining('got 200') });
    expect(Number(xml.testsuites.failures)).toBe(2);
  });

  it('stops starting cases after the first failure with --bail', async () => {
    receiver = await startHostileReceiver();
    const dir = tempDir();
    const file = writeSuite(dir, 'bail.json', {
      name: 'bail',
      target: `${receiver.url}/status/500`,
      cases: [1, 2, 3].map((i) => ({ name: `case ${i}`, provider: 'ploomes', event: 'Deals.Win', expect: { status: '2xx' } })),
    });
    const result = await replay([file, '--bail', '--concurrency', '1', '--reporter', 'json'], dir);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as SuiteRunResult;
    expect(json.suites[0]!.cases.map((c) => c.status)).toEqual(['failed', 'skipped', 'skipped']);
    expect(receiver.requests).toHaveLength(1);
  });
});

describe('shards', () => {
  it('split the cases so that N runners run every case exactly once', async () => {
    receiver = await startHostileReceiver();
    const names = async (shard?: string) => {
      const result = await replay([join(examples, 'ploomes.json'), join(examples, 'parallel.json'), '--target', `${receiver!.url}/ok`, '--reporter', 'json', ...(shard ? ['--shard', shard] : [])]);
      return (JSON.parse(result.stdout) as SuiteRunResult).suites.flatMap((s) => s.cases.map((c) => `${s.name}/${c.name}`));
    };
    const all = await names();
    const parts = [await names('1/3'), await names('2/3'), await names('3/3')];
    expect(parts.every((p) => p.length > 0)).toBe(true);
    expect(parts.flat().sort()).toEqual([...all].sort());
    expect(new Set(parts.flat()).size).toBe(all.length);
  });
});

describe('seeds', () => {
  it('put the same bytes on the wire for the same suite and seed, and others for another seed', async () => {
    receiver = await startHostileReceiver();
    const bodies = async (seed: string) => {
      const before = receiver!.requests.length;
      await replay([join(examples, 'ploomes.json'), '--target', `${receiver!.url}/ok`, '--concurrency', '1', '--seed', seed, '--reporter', 'json']);
      return receiver!.requests.slice(before).map((r) => r.body.toString());
    };
    const first = await bodies('7');
    expect(await bodies('7')).toEqual(first);
    expect(await bodies('8')).not.toEqual(first);
  });
});

describe('invalid suites exit 2, naming file, case and path', () => {
  it.each([
    ['a bad status pattern', { name: 's', target: 'http://127.0.0.1:9', cases: [{ name: 'c', provider: 'ploomes', event: 'Deals.Win', expect: { status: '2xxx' } }] }, /bad\.json case 0 \("c"\): cases\.0\.expect\.status/],
    ['an unknown event', { name: 's', target: 'http://127.0.0.1:9', cases: [{ name: 'ok', provider: 'ploomes', event: 'Deals.Win' }, { name: 'c', provider: 'ploomes', event: 'Deals.Explode' }] }, /bad\.json case 1 \("c"\): unknown event "Deals\.Explode"/],
    ['a case that is neither an event nor a scenario', { name: 's', target: 'http://127.0.0.1:9', cases: [{ name: 'c', event: 'x' }] }, /bad\.json case 0 \("c"\): cases\.0\.provider/],
    ['no target anywhere', { name: 's', cases: [{ name: 'c', provider: 'ploomes', event: 'Deals.Win' }] }, /no target: give the suite a "target" or pass --target/],
    ['an unknown key', { name: 's', cases: [{ name: 'c', provider: 'ploomes', event: 'Deals.Win' }], extra: 1 }, /bad\.json: .*extra/],
    ['text that is not JSON', '{ "name": ', /bad\.json is not a readable JSON suite/],
  ])('%s', async (_what, suite, message) => {
    const dir = tempDir();
    writeSuite(dir, 'bad.json', suite);
    const result = await replay(['bad.json'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('names a pattern that matches nothing', async () => {
    const result = await replay(['suites/*.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no suite matches "suites\/\*\.json"/);
  });
});

describe('suites through the API', () => {
  it('runs in the background, reports each case over the WebSocket, and keeps the result', async () => {
    server = await startTestServer();
    receiver = await startHostileReceiver();
    const ws = await collectWs(`${server.url.replace('http', 'ws')}/ws`);
    const res = await server.api('/api/suites/run', {
      body: {
        suite: { name: 'api', target: `${receiver.url}/ok`, cases: [{ name: 'a', provider: 'standard', event: 'user.created' }, { name: 'b', provider: 'standard', event: 'x.y', expect: { status: 500 } }] },
      },
    });
    expect(res.status).toBe(202);
    const { runId } = (await res.json()) as { runId: string };
    const finished = await ws.waitFor((m) => m.type === 'suite.finished' && m.data.runId === runId);
    expect(finished.data.totals).toMatchObject({ cases: 2, passed: 1, failed: 1 });
    const progress = ws.messages.filter((m) => m.type === 'suite.progress' && m.data.runId === runId);
    expect(progress.map((m) => m.data.done)).toEqual([1, 2]);
    const stored = (await (await server.api(`/api/suites/runs/${runId}`)).json()) as { status: string; result: SuiteRunResult };
    expect(stored.status).toBe('finished');
    expect(stored.result.suites[0]!.cases.find((c) => c.name === 'b')?.failures[0]?.message).toContain('got 200');
    ws.close();
  });

  it('refuses an invalid suite with 422 before sending anything', async () => {
    server = await startTestServer();
    const res = await server.api('/api/suites/run', { body: { suite: { name: 's', cases: [{ name: 'c', provider: 'nope', event: 'x' }] } } });
    expect(res.status).toBe(422);
    expect(server.bench.store.deliveries.count()).toBe(0);
  });
});
