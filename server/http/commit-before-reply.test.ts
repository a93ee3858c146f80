import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTurnStore, type TurnStore } from '../../test/helpers/turn-store.ts';
import { commitBeforeReply } from './commit-before-reply.ts';
import { onError } from './error-response.ts';

let store: TurnStore;
let committedRows: TurnStore['committedRows'];
let app: Hono;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'performance'] });
  store = openTurnStore(4);
  committedRows = store.committedRows;
  const { insert, writer } = store;
  const rows = writer.prepare('SELECT n FROM t ORDER BY n').pluck();

  app = new Hono();
  app.onError(onError);
  app.use('*', commitBeforeReply(store.turn));
  app.get('/api/rows', (c) => c.json(rows.all()));
  app.post('/api/rows', (c) => {
    insert(Number(c.req.query('n')));
    return c.json({ ok: true }, 202);
  });
  // The sink records GETs too.
  app.get('/sink/hook', (c) => {
    insert(Number(c.req.query('n')));
    return c.body(null, 204);
  });
});

afterEach(() => {
  vi.useRealTimers();
  store.close();
});

/** Makes the store busy: a commit was just made, so the next one waits out the 4 ms gap. */
function busyStore(): void {
  void app.request('/api/rows?n=1', { method: 'POST' });
  vi.advanceTimersByTime(4);
  expect(committedRows()).toEqual([1]);
}

/** Whether `response` has settled once the microtasks queued so far (and no timer) have run. */
async function settledWithoutTimers(response: Response | Promise<Response>): Promise<boolean> {
  let settled = false;
  void Promise.resolve(response).then(() => (settled = true));
  for (let i = 0; i < 20; i++) await Promise.resolve();
  return settled;
}

describe('commitBeforeReply', () => {
  it('answers a control-API read at once, committing the pending writes it saw first', async () => {
    busyStore();
    // A write pending behind the gap, as nearly always under load.
    void app.request('/api/rows?n=2', { method: 'POST' });
    expect(committedRows()).toEqual([1]);

    const read = app.request('/api/rows');
    expect(await settledWithoutTimers(read)).toBe(true);
    // What the read showed is durable before it left: committed without the gap's timer.
    expect(await (await read).json()).toEqual([1, 2]);
    expect(committedRows()).toEqual([1, 2]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('answers a read whose pending writes fail to commit with STORE_ERROR, not with what it saw', async () => {
    busyStore();
    store.stageFailingCommit();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const read = await app.request('/api/rows');
    expect(read.status).toBe(500);
    expect(await read.json()).toMatchObject({ error: { code: 'STORE_ERROR', message: expect.stringMatching(/could not commit/) } });
  });

  it('holds a 202 until the spaced commit of its write', async () => {
    busyStore();
    const accepted = app.request('/api/rows?n=2', { method: 'POST' });
    expect(await settledWithoutTimers(accepted)).toBe(false);
    await vi.advanceTimersByTimeAsync(4);
    expect((await accepted).status).toBe(202);
    expect(committedRows()).toEqual([1, 2]);
  });

  it('holds a sink GET until the spaced commit of the request it recorded', async () => {
    busyStore();
    const answer = app.request('/sink/hook?n=2');
    expect(await settledWithoutTimers(answer)).toBe(false);
    await vi.advanceTimersByTimeAsync(4);
    expect((await answer).status).toBe(204);
    expect(committedRows()).toEqual([1, 2]);
  });
});
