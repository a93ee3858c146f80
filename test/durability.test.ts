/**
 * kill -9 in the middle of a 2,000-delivery burst with retries pending, then a restart: everything a
 * WebSocket client was told is in the store, the database is intact, pending retries go out after the
 * restart, and nothing reached the receiver more often than the record says it was sent.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startHostileReceiver, type HostileReceiver } from './helpers/hostile-receiver.ts';
import { tempDir } from './helpers/test-server.ts';
import { collectWs, type WsCollector } from './helpers/ws-collector.ts';

const bin = new URL('../bin/hookbench.js', import.meta.url).pathname;

/** Starts `hookbench serve` on a free port and resolves with its URL once the banner is out. */
function serve(db: string, cwd: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--db', db], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`hookbench did not start: ${out}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /Inspector\s+(http:\/\/\S+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`hookbench exited with ${code}: ${out}`)));
  });
}

let receiver: HostileReceiver | undefined;
let children: ChildProcess[] = [];
let ws: WsCollector | undefined;
afterEach(async () => {
  ws?.close();
  children.forEach((c) => c.kill('SIGKILL'));
  children = [];
  await receiver?.close();
});

describe('durability', () => {
  it('survives kill -9 mid-burst with nothing lost, nothing sent twice that was recorded once', { timeout: 120_000 }, async () => {
    receiver = await startHostileReceiver();
    const dir = tempDir();
    const db = join(dir, 'hookbench.db');
    const first = await serve(db, dir);
    children.push(first.child);
    ws = await collectWs(`${first.url.replace('http', 'ws')}/ws`);

    const res = await fetch(`${first.url}/api/deliveries`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ provider: 'ploomes', event: 'Deals.Update', target: `${receiver.url}/fail-first/1`, faults: { burst: '2000@40', retry: '300ms,300ms,300ms' } }),
    });
    expect(res.status).toBe(202);
    const created = (await res.json()) as { id: string; related: string[] };
    const ids = [created.id, ...created.related];
    expect(ids).toHaveLength(2000);

    // Mid-burst: some attempts finished, some in flight, retries pending.
    let finished = 0;
    await ws.waitFor((m) => m.type === 'attempt.finished' && ++finished >= 700, 60_000);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    const told = [...ws.messages];
    ws.close();

    const second = await serve(db, dir);
    children.push(second.child);
    const settled = async () => {
      const counts = await Promise.all(
        ['queued', 'delivering', 'retrying'].map(async (status) => ((await (await fetch(`${second.url}/api/deliveries?status=${status}&limit=1`)).json()) as { total: number }).total),
      );
      return counts.reduce((a, b) => a + b, 0);
    };
    await expect.poll(settled, { timeout: 60_000, interval: 250 }).toBe(0);
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));

    const store = new Database(db, { readonly: true });
    expect(store.pragma('integrity_check', { simple: true })).toBe('ok');
    const attempts = store.prepare('SELECT delivery_id, n, error_code, ok, request_json, response_json FROM attempts').all() as {
      delivery_id: string;
      n: number;
      error_code: string | null;
      ok: number | null;
      request_json: string;
      response_json: string | null;
    }[];
    const statuses = store.prepare('SELECT status, COUNT(*) AS n FROM deliveries GROUP BY status').all() as { status: string; n: number }[];
    store.close();

    // Everything settled, and every delivery got through in the end (the receiver fails each event once).
    expect(statuses).toEqual([{ status: 'succeeded', n: 2000 }]);

    // Everything the client was told is in the store, as told.
    const byKey = new Map(attempts.map((a) => [`${a.delivery_id}#${a.n}`, a]));
    const toldFinished = told.filter((m) => m.type === 'attempt.finished');
    expect(toldFinished.length).toBeGreaterThanOrEqual(700);
    for (const m of toldFinished) {
      const row = byKey.get(`${m.data.deliveryId as string}#${m.data.n as number}`);
      expect(row, `attempt ${m.data.deliveryId as string}#${m.data.n as number}`).toBeDefined();
      expect(Boolean(row!.ok)).toBe(m.data.ok);
    }
    for (const m of told.filter((x) => x.type === 'attempt.started')) expect(byKey.has(`${m.data.deliveryId as string}#${m.data.n as number}`)).toBe(true);
    const createdTold = new Set(told.filter((m) => m.type === 'delivery.created').map((m) => m.data.id as string));
    expect(ids.every((id) => createdTold.has(id))).toBe(true);

    // Some attempts were cut off by the kill and recorded so.
    expect(attempts.some((a) => a.error_code === 'INTERRUPTED') || told.filter((m) => m.type === 'attempt.started').length === toldFinished.length).toBe(true);

    // The receiver never got an event more often than the record says it was sent, nor less often than it answered.
    const sentPerBody = new Map<string, number>();
    const answeredPerBody = new Map<string, number>();
    for (const a of attempts) {
      const body = (JSON.parse(a.request_json) as { body: string }).body;
      sentPerBody.set(body, (sentPerBody.get(body) ?? 0) + 1);
      if (a.response_json) answeredPerBody.set(body, (answeredPerBody.get(body) ?? 0) + 1);
    }
    const receivedPerBody = new Map<string, number>();
    for (const r of receiver.requests) receivedPerBody.set(r.body.toString(), (receivedPerBody.get(r.body.toString()) ?? 0) + 1);
    expect(receivedPerBody.size).toBe(2000);
    for (const [body, received] of receivedPerBody) {
      expect(received).toBeLessThanOrEqual(sentPerBody.get(body) ?? 0);
      expect(received).toBeGreaterThanOrEqual(answeredPerBody.get(body) ?? 0);
    }
  });
});
