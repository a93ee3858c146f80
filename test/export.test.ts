/** Exports: HAR, NDJSON and curl, filtered, streamed, and never carrying a credential. */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHostileReceiver, type HostileReceiver } from './helpers/hostile-receiver.ts';
import { startTestServer, tempDir, type TestServer } from './helpers/test-server.ts';

const exec = promisify(execFile);
let server: TestServer;
let receiver: HostileReceiver;
let key: string;

beforeEach(async () => {
  server = await startTestServer();
  receiver = await startHostileReceiver();
  key = server.bench.vault.verification('ploomes').validationKey!;
  const fire = async (body: object) => {
    const { id, related } = (await (await server.api('/api/deliveries', { body })).json()) as { id: string; related: string[] };
    await Promise.all([id, ...related].map((d) => server.bench.engine.settled(d)));
  };
  await fire({ provider: 'ploomes', event: 'Deals.Win', target: `${receiver.url}/fail-first/1`, faults: { retry: '10ms' } });
  await fire({ provider: 'ploomes', event: 'Contacts.Create', target: `${receiver.url}/ok`, faults: { duplicate: 2 } });
  await fire({ provider: 'idloom', event: 'guest.create', target: `${receiver.url}/ok` });
  await fire({ provider: 'standard', event: 'invoice.paid', target: `${receiver.url}/ok` });
});
afterEach(async () => {
  await receiver.close();
  await server.dispose();
});

const exported = async (query: string) => {
  const res = await server.api(`/api/export?${query}`);
  return { res, text: await res.text() };
};

describe('export', () => {
  it('writes HAR with an entry per attempt, and no credential anywhere in it', async () => {
    const { res, text } = await exported('format=har');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="hookbench-.*\.har"/);
    const har = JSON.parse(text) as { log: { version: string; entries: { request: { headers: { name: string; value: string }[]; method: string; url: string }; response: { status: number }; _hookbench: { provider: string; attempt: number } }[] } };
    expect(har.log.version).toBe('1.2');
    const attempts = server.bench.store.deliveries.list({ limit: 50 }).items.reduce((n, d) => n + d.attemptCount, 0);
    expect(har.log.entries).toHaveLength(attempts);
    const ploomes = har.log.entries.find((e) => e._hookbench.provider === 'ploomes')!;
    expect(ploomes.request.headers.find((h) => h.name === 'X-Ploomes-Validation-Key')?.value).toBe('<redacted:ploomes.validationKey>');
    expect(har.log.entries.filter((e) => e._hookbench.provider === 'ploomes').map((e) => e.response.status).sort()).toEqual([200, 200, 200, 500]);
    for (const provider of ['ploomes', 'idloom', 'standard']) {
      for (const value of secretStrings(server.bench.vault.get(provider))) expect(text).not.toContain(value);
    }
    expect(text).not.toContain(key);
  });

  it('writes NDJSON, a delivery per line, filtered like the list', async () => {
    const { text } = await exported('format=ndjson&provider=ploomes');
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as { provider: string; attempts: unknown[] });
    expect(lines).toHaveLength(3);
    expect(lines.every((d) => d.provider === 'ploomes')).toBe(true);
    expect(text).not.toContain(key);
  });

  it('writes a curl script that, given the credentials, sends the same bytes again', async () => {
    const { text } = await exported('format=curl&provider=ploomes&event=Contacts.Create');
    expect(text).not.toContain(key);
    expect(text).toContain("export HOOKBENCH_PLOOMES_VALIDATIONKEY='…'");
    const script = join(tempDir(), 'replay.sh');
    writeFileSync(script, text);
    const before = receiver.requests.length;
    await exec('sh', [script], { env: { ...process.env, HOOKBENCH_PLOOMES_VALIDATIONKEY: key } });
    const resent = receiver.requests.slice(before);
    const original = server.bench.store.deliveries.list({ limit: 10, event: 'Contacts.Create' }).items[0]!;
    const stored = server.bench.store.deliveries.get(original.id)!;
    expect(resent).toHaveLength(2);
    expect(resent[0]!.body.toString()).toBe(stored.attempts[0]!.request.body);
    expect(resent[0]!.headers['x-ploomes-validation-key']).toBe(key);
  });

  it("writes the curl of the attempt asked for, the last by default: HubSpot's attempts differ in attemptNumber", async () => {
    const { id } = (await (await server.api('/api/deliveries', { body: { provider: 'hubspot', event: 'contact.creation', target: `${server.url}/sink/hs?fail=1`, faults: { retry: '10ms' } } })).json()) as { id: string };
    const delivery = await server.bench.engine.settled(id);
    expect(delivery.attempts.map((a) => a.response?.status)).toEqual([500, 200]);
    const bodyOf = (script: string) => /--data-binary '(.*)'$/m.exec(script)?.[1]?.replaceAll(`'\\''`, `'`);
    const attemptNumbers = (script: string) => (JSON.parse(bodyOf(script) ?? 'null') as { attemptNumber: number }[]).map((e) => e.attemptNumber);

    const last = (await exported(`format=curl&q=${id}`)).text;
    expect(last).toContain(`(${id}), attempt 2`);
    expect(bodyOf(last)).toBe(delivery.attempts[1]!.request.body);
    const first = (await exported(`format=curl&q=${id}&attempt=1`)).text;
    expect(bodyOf(first)).toBe(delivery.attempts[0]!.request.body);
    expect([attemptNumbers(first), attemptNumbers(last)]).toEqual([[0], [1]]);

    const missing = (await exported(`format=curl&q=${id}&attempt=3`)).text;
    expect(missing).toContain(`(${id}): no attempt 3, it made 2`);
    expect(missing).not.toContain('curl -sS');
    const { res, text } = await exported(`format=har&q=${id}&attempt=1`);
    expect(res.status).toBe(422);
    expect((JSON.parse(text) as { error: { path: string } }).error.path).toBe('query.attempt');
  });

  it('refuses an unknown format with the path named', async () => {
    const { res, text } = await exported('format=pdf');
    expect(res.status).toBe(422);
    expect((JSON.parse(text) as { error: { path: string } }).error.path).toBe('query.format');
  });
});

describe('hookbench export', () => {
  it('writes the file through the running server', async () => {
    const { run } = await import('../server/cli/main.ts');
    const { Writable } = await import('node:stream');
    const cwd = tempDir();
    const sink = new Writable({ write: (_c, _e, done) => done() });
    const code = await run(['export', '--format', 'ndjson', '--port', String(server.port), '--output', 'out.ndjson', '--provider', 'idloom'], { stdout: sink, stderr: sink, env: {}, cwd });
    expect(code).toBe(0);
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync(join(cwd, 'out.ndjson'), 'utf8').trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { provider: string }).provider)).toEqual(['idloom']);
  });
});

function secretStrings(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 8 ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(secretStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(secretStrings);
  return [];
}
