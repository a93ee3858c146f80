import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { Delivery } from '../server/delivery/types.ts';
import { rawHeader, startReceiver, type Receiver } from './helpers/receiver.ts';
import { cli } from './helpers/cli-run.ts';
import { startTestServer, tempDir, type TestServer } from './helpers/test-server.ts';

const exec = promisify(execFile);

let receiver: Receiver | undefined;
let server: TestServer | undefined;
afterEach(async () => {
  await receiver?.close();
  await server?.dispose();
  receiver = server = undefined;
});

describe('hookbench events and sample', () => {
  it('lists the Ploomes catalogue with descriptions', async () => {
    const { code, stdout } = await cli(['events', 'ploomes']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ploomes — Ploomes: 22 events/);
    expect(stdout).toMatch(/Deals\.Win\s+\S.+/);
    const json = await cli(['events', '--json']);
    const parsed = JSON.parse(json.stdout) as { providers: { id: string; events: unknown[] }[] };
    expect(parsed.providers.find((p) => p.id === 'ploomes')?.events).toHaveLength(22);
  });

  it('prints the same bytes for the same seed, from separate processes through the real launcher', async () => {
    const args = ['bin/hookbench.js', 'sample', 'ploomes', 'Deals.Win', '--seed', '1'];
    const [a, b] = await Promise.all([exec('node', args), exec('node', args)]);
    expect(a.stdout).toBe(b.stdout);
    const body = JSON.parse(a.stdout) as { Action: string; Entity: string; New: { StatusId: number } };
    expect(body).toMatchObject({ Action: 'Win', Entity: 'Deals', New: { StatusId: 2 } });
    const other = await cli(['sample', 'ploomes', 'Deals.Win', '--seed', '2']);
    expect(other.stdout).not.toBe(a.stdout);
  });

  it('applies --set and --pretty, and names the seed it picked when none was given', async () => {
    const set = await cli(['sample', 'ploomes', 'Contacts.Update', '--seed', '3', '--set', 'New.Name=ACME Ltda', '--set', 'New.Id=42']);
    expect(JSON.parse(set.stdout).New).toMatchObject({ Name: 'ACME Ltda', Id: 42 });
    const pretty = await cli(['sample', 'ploomes', 'Contacts.Update', '--seed', '3', '--pretty']);
    expect(pretty.stdout).toMatch(/^{\n {2}"Action": "Update",\n/);
    const unseeded = await cli(['sample', 'ploomes', 'Tasks.Finish']);
    const hint = /pass (--seed \d+ --now \S+) to get these bytes again/.exec(unseeded.stderr)?.[1];
    expect(hint).toBeDefined();
    const again = await cli(['sample', 'ploomes', 'Tasks.Finish', ...hint!.split(' ')]);
    expect(again.stdout).toBe(unseeded.stdout);
  });

  it.each([
    [['sample', 'ploomes'], /missing EVENT/],
    [['sample', 'nope', 'x'], /unknown provider "nope"; known: ploomes/],
    [['sample', 'ploomes', 'Deals.Explode'], /unknown event "Deals.Explode" for ploomes; known: Contacts.Create/],
    [['sample', 'ploomes', 'Deals.Win', '--seed', 'abc'], /--seed "abc" is not a seed/],
    [['sample', 'ploomes', 'Deals.Win', '--colour'], /Unknown option '--colour'/],
    [['trigger', 'ploomes', 'Deals.Win', '--fault', 'explode=1', '--target', 'http://127.0.0.1:9'], /unknown fault "explode"/],
    [['trigger', 'ploomes', 'Deals.Win', '--fault', 'duplicate=0', '--target', 'http://127.0.0.1:9'], /--fault duplicate/],
    [['trigger', 'ploomes', 'Deals.Win', '--target', 'not a url'], /--target: must be an http/],
    [['trigger', 'ploomes', 'Deals.Win'], /no --target given, and no hookbench server answers/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('exits 2 on bad input %j, naming it', async (argv, message) => {
    const { code, stderr, stdout } = await cli(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });

  it('exits 2 naming the file and path of an invalid config', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'hookbench.config.json'), JSON.stringify({ port: 'many' }));
    const { code, stderr } = await cli(['credentials'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain(join(cwd, 'hookbench.config.json'));
    expect(stderr).toContain('at port');
  });
});

describe('hookbench trigger', () => {
  it('delivers to the given target in-process, signed, and exits 0', async () => {
    receiver = await startReceiver();
    const { code, stdout, stderr, cwd } = await cli(['trigger', 'ploomes', 'Contacts.Update', '--target', `${receiver.url}/hook`, '--seed', '7']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^delivered ploomes Contacts.Update → http:\/\/127\.0\.0\.1:\d+\/hook \(1 attempt, dlv_\w+\)\n$/);
    expect(stderr).toMatch(/attempt 1 {2}POST .*\/hook {2}→ 200 OK/);
    const [request] = receiver.requests;
    const sampled = await cli(['sample', 'ploomes', 'Contacts.Update', '--seed', '7'], { cwd });
    expect(request?.body.toString()).toBe(sampled.stdout.trimEnd());
    const creds = await cli(['credentials', 'ploomes', '--json'], { cwd });
    expect(rawHeader(request!, 'X-Ploomes-Validation-Key')).toBe(JSON.parse(creds.stdout).credentials.validationKey);
  });

  it('prints one JSON document with --json and exits 1 when the receiver keeps failing', async () => {
    receiver = await startReceiver({ fallback: { status: 500, body: 'boom' } });
    const { code, stdout } = await cli(['trigger', 'ploomes', 'Deals.Lose', '--target', receiver.url, '--fault', 'retry=10ms,10ms', '--json']);
    expect(code).toBe(1);
    const delivery = JSON.parse(stdout) as Delivery;
    expect(delivery.status).toBe('failed');
    expect(delivery.attempts.map((a) => a.response?.body)).toEqual(['boom', 'boom', 'boom']);
  });

  it('goes through a running server, so the delivery is in its store (and its inspector)', async () => {
    server = await startTestServer();
    receiver = await startReceiver();
    const { code, stderr, stdout } = await cli(['trigger', 'ploomes', 'Deals.Win', '--port', String(server.port), '--target', receiver.url, '--seed', '7', '--json']);
    expect(code).toBe(0);
    expect(stderr).toContain(`via hookbench at ${server.url}`);
    const printed = JSON.parse(stdout) as Delivery;
    expect(server.bench.store.deliveries.get(printed.id)?.status).toBe('succeeded');
    expect(receiver.requests).toHaveLength(1);
  });

  it("defaults to the running server's built-in sink", async () => {
    server = await startTestServer();
    const { code } = await cli(['trigger', 'ploomes', 'Orders.Update', '--port', String(server.port)]);
    expect(code).toBe(0);
    const [sinkRequest] = server.bench.store.sink.list({ limit: 1 });
    expect(sinkRequest).toMatchObject({ name: 'default', provider: 'ploomes', verification: { ok: true }, responseStatus: 200 });
  });
});

describe('where the CLI keeps its store', () => {
  it("resolves the default store against the command's working directory", async () => {
    receiver = await startReceiver();
    const cwd = tempDir();
    const { code } = await cli(['trigger', 'ploomes', 'Deals.Update', '--target', receiver.url], { cwd });
    expect(code).toBe(0);
    expect(existsSync(join(cwd, '.hookbench', 'hookbench.db'))).toBe(true);
  });
});

describe('a provider of your own, from hookbench.config.json', () => {
  function project() {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'order.json'), JSON.stringify({ id: 'ord_{{string.alphanumeric(10)}}', total: '{{number.int({"min":1,"max":99})}}' }));
    writeFileSync(
      join(cwd, 'hookbench.config.json'),
      JSON.stringify({
        $schema: './node_modules/hookbench/schema/config.schema.json',
        customProviders: [
          {
            id: 'shop',
            name: 'My Shop',
            events: { 'order.paid': { description: 'An order was paid', fixture: 'order.json' } },
            eventIdPath: 'id',
            signing: { scheme: 'hmac', header: 'X-Shop-Signature', headerTemplate: 'sha256={signature}' },
          },
        ],
      }),
    );
    return cwd;
  }

  it('is listed, and delivers signed bytes a receiver can check with the printed secret', async () => {
    const cwd = project();
    expect((await cli(['events', 'shop'], { cwd })).stdout).toMatch(/order\.paid\s+An order was paid/);
    receiver = await startReceiver();
    const { code } = await cli(['trigger', 'shop', 'order.paid', '--target', receiver.url, '--seed', '4'], { cwd });
    expect(code).toBe(0);
    const secret = JSON.parse((await cli(['credentials', 'shop', '--json'], { cwd })).stdout).credentials.secret as string;
    const [request] = receiver.requests;
    expect(rawHeader(request!, 'X-Shop-Signature')).toBe(`sha256=${createHmac('sha256', secret).update(request!.body).digest('hex')}`);
    expect(JSON.parse(request!.body.toString()).id).toMatch(/^ord_/);
  });

  it('exits 2 naming the config file and path when the provider is invalid', async () => {
    const cwd = project();
    writeFileSync(join(cwd, 'hookbench.config.json'), JSON.stringify({ customProviders: [{ id: 'shop', events: { 'order.paid': { description: 'x', fixture: 'missing.json' } }, signing: { scheme: 'none' } }] }));
    const { code, stderr } = await cli(['events'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain(join(cwd, 'hookbench.config.json'));
    expect(stderr).toContain('customProviders.0.events.order.paid.fixture');
  });
});
