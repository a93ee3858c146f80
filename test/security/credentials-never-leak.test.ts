/**
 * Runs a realistic session against a real `hookbench serve` (a child process) for every provider —
 * triggers, bad signatures, replays, scenarios, suites, samples, exports, wrong requests, the mock APIs
 * with a wrong key and the right one, rotations — and then hunts every credential value (current and
 * rotated-away, in every encoded form) through everything the session wrote, answered, streamed and
 * exported. Only the banner, `hookbench credentials` and the credentials routes show them, on purpose.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fromPackageRoot } from '../../server/package-root.ts';
import { collectWs, type WsCollector } from '../helpers/ws-collector.ts';
import { tempDir } from '../helpers/test-server.ts';
import { cli as runCli, type CliRun } from '../helpers/cli-run.ts';
import { hunt, leaves, needlesOf, type Haystack, type Needle } from './secret-needles.ts';

const token = 'leak-hunt-access-token-0123456789abcdef';
const builtins = ['parallel', 'ploomes', 'idloom', 'connectif', 'hubspot', 'standard'] as const;
const terminal = new Set(['succeeded', 'failed', 'cancelled']);

interface Session {
  cwd: string;
  url: string;
  port: number;
  child: ChildProcessWithoutNullStreams;
  stdout: string;
  stderr: string;
  /** Everything the server printed before its banner's last line, where credentials are shown on purpose. */
  banner: string;
}

const haystacks: Haystack[] = [];
/** Where credentials are shown on purpose: the needles must be found there, or the hunt proves nothing. */
const shownOnPurpose: Haystack[] = [];
/** Every credential string the session saw in the store, by value. */
const secrets = new Map<string, string>();
let session: Session;
let ws: WsCollector;
let dbPath: string;

function snapshotCredentials(): void {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    for (const { provider, data_json } of db.prepare<[], { provider: string; data_json: string }>('SELECT provider, data_json FROM credentials').all()) {
      for (const [path, value] of leaves(JSON.parse(data_json), provider)) if (!secrets.has(value)) secrets.set(value, path);
    }
  } finally {
    db.close();
  }
}

async function startServe(cwd: string): Promise<Session> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('HOOKBENCH_')));
  const child = spawn(process.execPath, [fromPackageRoot('bin', 'hookbench.js'), 'serve', '--port', '0', '--token', token, '--time-scale', '0.001'], { cwd, env });
  const state = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (state.stdout += String(chunk)));
  child.stderr.on('data', (chunk: Buffer) => (state.stderr += String(chunk)));
  await new Promise<void>((resolve, reject) => {
    const ready = () => state.stdout.includes('Press Ctrl+C to stop.') && (child.stdout.off('data', ready), resolve());
    child.stdout.on('data', ready);
    child.once('exit', (code) => reject(new Error(`hookbench serve exited with ${code}: ${state.stderr}`)));
  });
  const port = Number(/Inspector\s+http:\/\/127\.0\.0\.1:(\d+)/.exec(state.stdout)?.[1]);
  return {
    cwd,
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    banner: state.stdout,
    get stdout() {
      return state.stdout;
    },
    get stderr() {
      return state.stderr;
    },
  };
}

/** A control API call, its answer kept for the hunt (credentials routes aside when they succeed). */
async function api<T = Record<string, unknown>>(method: string, path: string, body?: unknown, { expectStatus }: { expectStatus?: number } = {}): Promise<T> {
  const res = await fetch(`${session.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  const onPurpose = /^\/api\/providers\/[^/]+\/credentials(\/\w+)?$/.test(path) && res.ok;
  (onPurpose ? shownOnPurpose : haystacks).push({ where: `${method} ${path} → ${res.status}`, text });
  if (expectStatus !== undefined) expect(res.status, `${method} ${path}: ${text}`).toBe(expectStatus);
  return (/^application\/json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(text) : text) as T;
}

/** Any HTTP call to the server outside the control API (the sink, the mocks), its answer kept too. */
async function call(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<number> {
  const res = await fetch(`${session.url}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
  haystacks.push({ where: `${method} ${path} → ${res.status}`, text: `${JSON.stringify([...res.headers])}\n${await res.text()}` });
  return res.status;
}

/** The CLI in-process against the running server (or its store), everything it and the code it ran printed kept. */
async function cli(argv: string[], { onPurpose = false, connect = true }: { onPurpose?: boolean; connect?: boolean } = {}): Promise<CliRun> {
  const logged: string[] = [];
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' '))));
  try {
    const run = await runCli(connect ? [...argv, '--port', String(session.port), '--token', token] : argv, { cwd: session.cwd });
    const where = `CLI hookbench ${argv.join(' ')}`;
    (onPurpose ? shownOnPurpose : haystacks).push({ where: `${where} (stdout)`, text: run.stdout }, { where: `${where} (stderr)`, text: run.stderr }, { where: `${where} (console)`, text: logged.join('\n') });
    return run;
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/** A run that did its job (delivered or not): exit 0 or 1, never 2 (bad input), so the hunt is not vacuous. */
function ran(run: CliRun): CliRun {
  expect(run.code, `hookbench ${run.argv.join(' ')}: ${run.stderr}`).toBeLessThan(2);
  return run;
}

/** Waits, on the condition itself, until nothing is queued, delivering or retrying. */
async function settle(): Promise<void> {
  for (;;) {
    const page = await fetch(`${session.url}/api/deliveries?limit=500`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.json() as Promise<{ items: { status: string }[] }>);
    if (page.items.every((d) => terminal.has(d.status))) return;
    const seen = ws.messages.length;
    await ws.waitFor((m) => ws.messages.indexOf(m) >= seen && m.type === 'delivery.updated', 30_000).catch(() => undefined);
  }
}

function writeProject(cwd: string): void {
  writeFileSync(join(cwd, 'order.json'), JSON.stringify({ id: 'ord_{{string.alphanumeric(10)}}', total: '{{number.int({"min":1,"max":99})}}' }));
  writeFileSync(
    join(cwd, 'hookbench.config.json'),
    JSON.stringify({
      customProviders: [
        { id: 'shop', name: 'My Shop', events: { 'order.paid': { description: 'An order was paid', fixture: 'order.json' } }, eventIdPath: 'id', signing: { scheme: 'hmac', header: 'X-Shop-Signature', headerTemplate: 'sha256={signature}' } },
        { id: 'gate', name: 'Gate', events: { 'order.paid': { description: 'An order was paid', fixture: 'order.json' } }, signing: { scheme: 'static-header', header: 'X-Gate-Key', template: 'Key {secret}' } },
      ],
    }),
  );
}

const providers = [...builtins, 'shop', 'gate'];
const firstEvent = new Map<string, string>();

beforeAll(async () => {
  const cwd = tempDir('hookbench-leak-hunt-');
  writeProject(cwd);
  dbPath = join(cwd, '.hookbench', 'hookbench.db');
  session = await startServe(cwd);
  snapshotCredentials();
  ws = await collectWs(`ws://127.0.0.1:${session.port}/ws`, { authorization: `Bearer ${token}` });
  const catalogue = await api<{ providers: { id: string; events: { name: string }[] }[] }>('GET', '/api/providers');
  for (const p of catalogue.providers) if (p.events[0]) firstEvent.set(p.id, p.events[0].name);
}, 60_000);

afterAll(async () => {
  ws?.close();
  if (session && session.child.exitCode === null) {
    session.child.kill('SIGTERM');
    await new Promise((resolve) => session.child.once('exit', resolve));
  }
});

describe('credentials', () => {
  it('appear nowhere in what a session writes, answers, streams or exports', { timeout: 240_000 }, async () => {
    const sink = `${session.url}/sink/leak`;
    const event = (p: string) => firstEvent.get(p) ?? '';
    expect(providers.every((p) => event(p) !== '')).toBe(true);

    // Deliveries, good and broken, through the CLI and the API, at a sink that checks signatures.
    for (const p of providers) {
      ran(await cli(['trigger', p, event(p), '--seed', '1', '--json']));
      ran(await cli(['trigger', p, event(p), '--seed', '2', '--fault', 'signature=invalid', '--fault', 'retry=none']));
      const created = await api<{ id: string }>('POST', '/api/deliveries', { provider: p, event: event(p), target: `${sink}?strict=1`, seed: 3 }, { expectStatus: 202 });
      for (const fault of ['invalid', 'wrong-secret', 'missing']) {
        await api('POST', '/api/deliveries', { provider: p, event: event(p), target: `${sink}?strict=1`, faults: { signature: fault, retry: 'none' } }, { expectStatus: 202 });
      }
      await api('POST', `/api/deliveries/${created.id}/replay`, { faults: { retry: 'none' } }, { expectStatus: 202 });
      await api('POST', `/api/deliveries/${created.id}/replay`, { edits: { body: '{"edited":true}', headers: { 'X-Extra': 'edited' } }, faults: { retry: 'none' } });
      await api('GET', `/api/providers/${p}/events/${encodeURIComponent(event(p))}/sample?seed=4`, undefined, { expectStatus: 200 });
      ran(await cli(['sample', p, event(p), '--seed', '4']));
      // In-process, as when no server answers: the same store and credentials, printed by the CLI itself.
      ran(await cli(['trigger', p, event(p), '--target', `${sink}?strict=1`, '--db', dbPath, '--seed', '7', '--fault', 'retry=none', '--json'], { connect: false }));
    }
    await settle();

    // Scenarios and suites, through the CLI and the API.
    ran(await cli(['scenario', 'ploomes-deal-won', '--time-scale', '0.001', '--json']));
    for (const name of ['hubspot-contact-merged', 'parallel-profile-lifecycle', 'standard-user-churn']) {
      await api('POST', '/api/scenarios/run', { scenario: name, target: sink, timeScale: 0.001 }, { expectStatus: 202 });
    }
    const suites = builtins.map((p) => join(fromPackageRoot('fixtures', 'suites'), `${p}.json`));
    ran(await cli(['replay', ...suites, '--target', sink, '--time-scale', '0.001', '--reporter', 'json', '--record'], { connect: false }));
    ran(await cli(['replay', ...suites, '--target', sink, '--time-scale', '0.001', '--reporter', 'pretty'], { connect: false }));
    const junit = join(session.cwd, 'junit.xml');
    ran(await cli(['replay', suites[0] ?? '', '--target', sink, '--time-scale', '0.001', '--reporter', 'junit', '--output', junit], { connect: false }));
    haystacks.push({ where: 'junit.xml', text: readFileSync(junit, 'utf8') });
    const run = await api<{ runId: string }>('POST', '/api/suites/run', { suite: 'hubspot', target: sink, timeScale: 0.001 }, { expectStatus: 202 });
    for (let status = 'running'; status === 'running'; ) {
      await ws.waitFor((m) => m.type === 'suite.finished', 60_000);
      status = (await api<{ status: string }>('GET', `/api/suites/runs/${run.runId}`)).status;
    }
    await settle();

    // Wrong requests, with secrets in them where a careless message would echo them.
    const hubspotSecret = [...secrets].find(([, path]) => path === 'hubspot.clientSecret')?.[0] ?? '';
    await api('POST', '/api/deliveries', { provider: 'ploomes', event: 'No.Such' }, { expectStatus: 422 });
    await api('POST', '/api/deliveries', { provider: 'ploomes', event: 'Contacts.Update', target: `not a url ${hubspotSecret}` }, { expectStatus: 422 });
    await api('POST', '/api/deliveries', { provider: 'hubspot', event: event('hubspot'), set: { [hubspotSecret]: 1 }, faults: { signature: hubspotSecret } });
    await api('PUT', '/api/providers/ploomes/credentials', { validationKey: 42, userKey: hubspotSecret });
    await api('PUT', '/api/providers/hubspot/credentials', { clientSecret: hubspotSecret, appId: -1, accessToken: hubspotSecret, developerApiKey: '' });
    await api('PUT', '/api/providers/standard/credentials', { secret: `whsec_${hubspotSecret}` });
    await api('GET', `/api/deliveries/${hubspotSecret}`, undefined, { expectStatus: 404 });
    await api('GET', `/api/export?format=${hubspotSecret}`);
    await cli(['trigger', 'ploomes', 'No.Such']);
    await cli(['trigger', 'hubspot', event('hubspot'), '--fault', `signature=${hubspotSecret}`]);

    // The mock APIs: a wrong key, then the right one.
    const current = (path: string) => [...secrets].find(([, p]) => p === path)?.[0] ?? '';
    const mocks: [string, (key: string) => Record<string, string>, string][] = [
      ['/mock/ploomes/Contacts', (key) => ({ 'User-Key': key }), 'ploomes.userKey'],
      ['/mock/parallel/api/v1/profiles', (key) => ({ authorization: `Bearer ${key}` }), 'parallel.apiToken'],
      ['/mock/hubspot/crm/v3/objects/contacts', (key) => ({ authorization: `Bearer ${key}` }), 'hubspot.accessToken'],
      ['/mock/idloom/attendees', (key) => ({ authorization: `Bearer ${key}` }), 'idloom.apiKey'],
      ['/mock/connectif/contacts/ana@example.com', (key) => ({ authorization: `apiKey ${key}` }), 'connectif.apiKey'],
    ];
    for (const [path, auth, secretPath] of mocks) {
      expect(await call('GET', path, auth('wrong-key-0123456789abcdef:wrong'))).toBeGreaterThanOrEqual(400);
      expect(await call('GET', path, auth(current(secretPath)))).toBeLessThan(500);
    }
    const hapikey = current('hubspot.developerApiKey');
    await call('GET', `/mock/hubspot/webhooks/v3/3412856/settings?hapikey=wrong-key-0123456789`);
    await call('GET', `/mock/hubspot/webhooks/v3/3412856/settings?hapikey=${hapikey}`);

    // Rotations: deliveries recorded before them still carry the old secrets.
    for (const p of providers) {
      snapshotCredentials();
      await api('POST', `/api/providers/${p}/credentials/rotate`, undefined, { expectStatus: 200 });
      snapshotCredentials();
      await api('POST', '/api/deliveries', { provider: p, event: event(p), target: `${sink}?strict=1`, seed: 5 }, { expectStatus: 202 });
    }
    await api('POST', '/api/providers/ploomes/credentials/regenerate', undefined, { expectStatus: 200 });
    snapshotCredentials();
    ran(await cli(['trigger', 'ploomes', event('ploomes'), '--seed', '6']));
    await settle();

    // Everything there is to read back: lists, details, explanations, inbound requests, runs, exports.
    const list = await api<{ items: { id: string }[] }>('GET', '/api/deliveries?limit=500');
    for (const { id } of list.items) {
      const delivery = await api<{ attempts: { n: number }[] }>('GET', `/api/deliveries/${id}`);
      for (const { n } of delivery.attempts) await api('GET', `/api/deliveries/${id}/attempts/${n}/explain`);
      await api('GET', `/api/export?format=curl&q=${id}`);
    }
    const inbound = await api<{ items: { id: string }[] }>('GET', '/api/sink/requests?limit=500');
    for (const { id } of inbound.items) await api('GET', `/api/sink/requests/${id}`);
    expect(inbound.items.length).toBeGreaterThan(50);
    for (const path of ['/api/mocks', '/api/scenarios', '/api/health', '/api/providers', ...['har', 'ndjson', 'curl'].map((f) => `/api/export?format=${f}`)]) await api('GET', path);
    for (const format of ['har', 'ndjson', 'curl']) {
      const file = join(session.cwd, `export.${format}`);
      ran(await cli(['export', '--format', format, '--output', file]));
      haystacks.push({ where: `exported ${file}`, text: readFileSync(file, 'utf8') });
    }
    ran(await cli(['credentials', '--json'], { onPurpose: true }));

    // The WebSocket, live and replayed from the store.
    const replayed = await collectWs(`ws://127.0.0.1:${session.port}/ws?since=0`, { authorization: `Bearer ${token}` });
    const lastSeq = ws.messages.at(-1)?.seq ?? 0;
    await replayed.waitFor((m) => m.seq >= lastSeq && m.type !== 'hello');
    replayed.close();
    haystacks.push({ where: 'WebSocket (live)', text: ws.messages.map((m) => JSON.stringify(m)).join('\n') });
    haystacks.push({ where: 'WebSocket (?since=0)', text: replayed.messages.map((m) => JSON.stringify(m)).join('\n') });

    // The server's own output: its banner shows credentials on purpose; nothing after it may.
    session.child.kill('SIGTERM');
    await new Promise((resolve) => session.child.once('exit', resolve));
    shownOnPurpose.push({ where: 'serve banner', text: session.banner });
    haystacks.push({ where: 'serve stdout after the banner', text: session.stdout.slice(session.banner.length) });
    haystacks.push({ where: 'serve stderr', text: session.stderr });

    const needles: Needle[] = [...secrets].flatMap(([value, path]) => needlesOf(path, value));
    needles.push(...needlesOf('access-token', token));

    // The hunt can find: what is shown on purpose holds the current secrets of every provider.
    const found = new Set(hunt(shownOnPurpose, needles).map((h) => h.label.split(/[. ]/)[0]));
    expect([...found].sort()).toEqual([...providers, 'access-token'].sort());
    expect(secrets.size).toBeGreaterThan(30);
    expect(haystacks.length).toBeGreaterThan(300);

    const hits = hunt(haystacks, needles);
    expect(hits.map((h) => `${h.where}: ${h.label} in …${h.context}…`)).toEqual([]);
  });
});
