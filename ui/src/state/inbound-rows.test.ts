import { describe, expect, it } from 'vitest';
import type { Message } from '../../../server/messages.ts';
import type { SinkRequestSummary } from '../../../server/sink/types.ts';
import { applyInboundMessages, createInboundRows, inboundQueryOf, loadInboundPage, matchesInbound, showFromSearch } from './inbound-rows.ts';

function request(id: string, over: Partial<SinkRequestSummary> = {}): SinkRequestSummary {
  return { id, name: 'default', method: 'POST', url: '/sink/default/hook', bodyEncoding: 'utf8', bodyBytes: 2, receivedAt: '2026-01-01T00:00:00.000Z', responseStatus: 200, ...over };
}
const arrived = (seq: number, r: SinkRequestSummary): Message => ({ seq, type: 'sink.request', data: r });

describe('inbound rows', () => {
  it('puts arrivals on top, newest first, counting only those the filters select', () => {
    const rows = createInboundRows();
    loadInboundPage(rows, { items: [request('a')], total: 5, nextCursor: 'c' }, { first: true });
    const changed = applyInboundMessages(rows, [arrived(1, request('b', { provider: 'ploomes' })), arrived(2, request('c')), arrived(3, request('d', { provider: 'ploomes' }))], { provider: 'ploomes' });
    expect(changed).toBe(true);
    expect(rows.items.map((r) => r.id)).toEqual(['d', 'b', 'a']);
    expect(rows.total).toBe(7);
    // Seen twice (a page and the message that announced it): still one row.
    expect(applyInboundMessages(rows, [arrived(1, request('b', { provider: 'ploomes' }))], { provider: 'ploomes' })).toBe(false);
    expect(rows.total).toBe(7);
  });

  it('places an arrival below the rows that came in after it: a mock call announced after the challenge it caused', () => {
    const rows = createInboundRows();
    loadInboundPage(rows, { items: [request('old', { receivedAt: '2026-01-01T00:00:01.000Z' })], total: 1 }, { first: true });
    const challenge = request('challenge', { receivedAt: '2026-01-01T00:00:03.000Z' });
    const call = request('call', { name: 'mock', receivedAt: '2026-01-01T00:00:02.000Z' });
    applyInboundMessages(rows, [arrived(1, challenge)], {});
    applyInboundMessages(rows, [arrived(2, call), arrived(3, request('next', { receivedAt: '2026-01-01T00:00:04.000Z' }))], {});
    expect(rows.items.map((r) => r.id)).toEqual(['next', 'challenge', 'call', 'old']);
  });

  it('empties on sink.cleared, keeping what arrived after it', () => {
    const rows = createInboundRows();
    loadInboundPage(rows, { items: [request('a'), request('b')], total: 2 }, { first: true });
    applyInboundMessages(rows, [{ seq: 5, type: 'sink.cleared', data: { before: 4 } }, arrived(6, request('c'))], {});
    expect(rows).toMatchObject({ items: [expect.objectContaining({ id: 'c' })], total: 1, complete: true });
  });

  it('matches free text in the path and query or the id, without regard to case', () => {
    const r = request('snk_01ABC', { url: '/mock/ploomes/Contacts?$top=1' });
    expect(matchesInbound(r, { q: 'contacts?$TOP' })).toBe(true);
    expect(matchesInbound(r, { q: '01abc' })).toBe(true);
    expect(matchesInbound(r, { q: 'Deals' })).toBe(false);
    expect(matchesInbound(r, { since: '2026-01-01T00:00:00.001Z' })).toBe(false);
  });
});

describe('which filters reach inbound rows', () => {
  it.each([
    ['deliveries', {}, undefined],
    ['both', { provider: 'ploomes', q: 'x', since: '2026-01-01T00:00:00Z' }, { provider: 'ploomes', q: 'x', since: '2026-01-01T00:00:00Z' }],
    ['inbound', { event: 'Deals.Win' }, undefined],
    ['both', { status: 'failed' }, undefined],
    ['both', { target: 'http://x/*' }, undefined],
    ['both', { batchId: 'bat_1' }, undefined],
  ] as const)('show=%s with %o queries %o', (show, filters, query) => {
    expect(inboundQueryOf(show, filters)).toEqual(query);
  });

  it('reads show from the URL, both when absent or unknown', () => {
    expect([showFromSearch('?show=deliveries'), showFromSearch('?show=inbound'), showFromSearch(''), showFromSearch('?show=all')]).toEqual(['deliveries', 'inbound', 'both', 'both']);
  });
});
