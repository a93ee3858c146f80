/** `GET /api/sink/requests`: paged newest first like the deliveries, filtered, and refusing a cursor it did not give out. */
import type { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../server/http/create-app.ts';
import { loopbackHosts } from '../server/http/host-guard.ts';
import type { SinkRequestSummary } from '../server/sink/types.ts';
import { createWorkbench, type Workbench } from '../server/workbench.ts';

const port = 4400;
let bench: Workbench;
let app: Hono;
beforeAll(() => {
  bench = createWorkbench({ dbPath: ':memory:', defaultTarget: 'http://127.0.0.1:9/sink/default' });
  app = createApp({ bench, guard: { allowedHosts: loopbackHosts(port) } });
});
afterAll(() => bench.close());
beforeEach(() => void bench.store.sink.clear());

const host = { host: `127.0.0.1:${port}` };
interface Page {
  items: SinkRequestSummary[];
  total: number;
  nextCursor?: string;
  lastSeq: number;
}
const list = async (query: string) => (await (await app.request(`/api/sink/requests?${query}`, { headers: host })).json()) as Page;

/** A request to the sink, as a receiver's provider would send it; answers with the recorded id. */
async function toSink(path: string, init: { method?: string; body?: string } = {}): Promise<string> {
  const res = await app.request(`/sink/${path}`, { method: init.method ?? 'POST', headers: { 'content-type': 'application/json' }, ...(init.body ? { body: init.body } : {}) });
  return ((await res.json()) as { id: string }).id;
}

describe('GET /api/sink/requests', () => {
  it('walks every request exactly once, newest first, while new ones keep arriving', async () => {
    const sent: string[] = [];
    for (let i = 0; i < 57; i++) sent.push(await toSink(i % 3 === 0 ? 'other/hook' : 'default/hook', { body: `{"n":${i}}` }));

    const seen: string[] = [];
    let page = await list('limit=10');
    expect(page.total).toBe(57);
    expect(page.lastSeq).toBe(bench.store.messages.lastSeq());
    for (;;) {
      seen.push(...page.items.map((r) => r.id));
      // Arrivals land above the walk's cursor: they neither shift it nor show up in it.
      await toSink('default/late');
      if (!page.nextCursor) break;
      page = await list(`limit=10&cursor=${page.nextCursor}`);
    }
    expect(seen).toEqual([...sent].reverse());
    expect((await list('limit=1')).total).toBe(57 + 6);
  });

  it('filters by sink name, provider, method, text in the path and time, counting what it selects', async () => {
    const ploomesKey = bench.vault.verification('ploomes').userKey!;
    const mockCall = await app.request('/mock/ploomes/Contacts', { headers: { 'User-Key': ploomesKey } });
    expect(mockCall.status).toBe(200);
    const first = await toSink('default/orders?id=7');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const cutoff = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const put = await toSink('ploomes/contacts', { method: 'PUT', body: '{}' });
    const get = await toSink('default/ping', { method: 'GET' });

    const ids = async (query: string) => {
      const page = await list(query);
      expect(page.total).toBe(page.items.length);
      return page.items.map((r) => r.id);
    };
    const [mock] = bench.store.sink.list({ name: 'mock', limit: 1 });
    expect(mock).toMatchObject({ name: 'mock', provider: 'ploomes', method: 'GET', responseStatus: 200 });
    expect(await ids('name=mock')).toEqual([mock!.id]);
    expect(await ids('name=default')).toEqual([get, first]);
    expect(await ids('provider=ploomes')).toEqual([put, mock!.id]);
    expect(await ids('method=put')).toEqual([put]);
    expect(await ids('q=ORDERS%3Fid')).toEqual([first]);
    expect(await ids(`q=${put.slice(-12)}`)).toEqual([put]);
    // LIKE's wildcards are text here: "_" matches only an underscore.
    expect(await ids('q=sink_default')).toEqual([]);
    expect(await ids(`since=${encodeURIComponent(cutoff)}`)).toEqual([get, put]);
    expect(await ids(`since=${encodeURIComponent(cutoff)}&name=default&method=GET`)).toEqual([get]);
  });

  it.each([
    ['garbage', 'garbage'],
    ['a deliveries cursor', Buffer.from('d:5').toString('base64url')],
  ])('refuses %s as a cursor with 422, naming cursor', async (_what, cursor) => {
    await toSink('default/x');
    const res = await app.request(`/api/sink/requests?cursor=${cursor}`, { headers: host });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string; path: string } }).error).toMatchObject({ code: 'INVALID_INPUT', path: 'cursor' });
  });

  it('keeps its limits: at most 500 a page, and a since that is a date', async () => {
    for (const [query, path] of [
      ['limit=501', 'query.limit'],
      ['since=yesterday', 'query.since'],
    ]) {
      const res = await app.request(`/api/sink/requests?${query}`, { headers: host });
      expect(res.status).toBe(422);
      expect(((await res.json()) as { error: { path: string } }).error.path).toBe(path);
    }
  });
});
