import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeliverySummary } from '../../../server/delivery/types.ts';
import type { SinkRequestSummary } from '../../../server/sink/types.ts';
import { isInbound, mergeTimeline, type LoadedList, type TimelineRow } from './timeline.ts';

const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();

const delivery = (id: string, s: number) => ({ id, createdAt: at(s) }) as DeliverySummary;
const request = (id: string, s: number) => ({ id, name: 'default', receivedAt: at(s), method: 'POST', url: '/sink/default' }) as SinkRequestSummary;
const mockCall = (id: string, s: number) => ({ id, name: 'mock', receivedAt: at(s), method: 'PATCH', url: '/mock/ploomes/Contacts(1)' }) as SinkRequestSummary;

/** The first `loaded` rows of a newest-first list, as a page walk leaves it. */
function loaded<T>(all: readonly T[], count = all.length): LoadedList<T> {
  return { items: all.slice(0, count), total: all.length, complete: count >= all.length };
}

const ids = (rows: readonly TimelineRow[]) => rows.map((r) => r.id);

describe('mergeTimeline', () => {
  it('interleaves two whole lists by time, newest first', () => {
    const deliveries = [delivery('d3', 30), delivery('d2', 20), delivery('d1', 10)];
    const inbound = [request('r3', 25), request('r2', 15), request('r1', 5)];
    expect(mergeTimeline(loaded(deliveries), loaded(inbound))).toEqual({
      items: [deliveries[0], inbound[0], deliveries[1], inbound[1], deliveries[2], inbound[2]],
      total: 6,
      next: undefined,
    });
  });

  it('puts a request above a delivery of the same instant', () => {
    const merged = mergeTimeline(loaded([delivery('d', 10)]), loaded([request('r', 10)]));
    expect(ids(merged.items)).toEqual(['r', 'd']);
  });

  it('puts a mock API call below a delivery of the same instant: the call emitted it', () => {
    const merged = mergeTimeline(loaded([delivery('d', 10)]), loaded([request('r', 10), mockCall('m', 10)]));
    expect(ids(merged.items)).toEqual(['r', 'd', 'm']);
    // Deliveries known down to that instant only: an unloaded one of the same instant would go above the call.
    const partial = mergeTimeline(loaded([delivery('d2', 10), delivery('d1', 10)], 1), loaded([mockCall('m', 10)]));
    expect(partial).toEqual({ items: [partial.items[0]], total: 3, next: 'deliveries' });
    expect(ids(partial.items)).toEqual(['d2']);
  });

  it('stops where the other list is not known yet, and names it as the one to page', () => {
    // Deliveries loaded down to 20 s; requests loaded down to 25 s, with older ones still on the server.
    const deliveries = loaded([delivery('d4', 40), delivery('d3', 30), delivery('d2', 20), delivery('d1', 10)], 3);
    const inbound = loaded([request('r3', 35), request('r2', 25), request('r1', 5)], 2);
    const merged = mergeTimeline(deliveries, inbound);
    // d2 (20 s) waits: an unloaded request might be newer. r2 (25 s) is safe: every unloaded delivery is at or before 20 s.
    expect(ids(merged.items)).toEqual(['d4', 'r3', 'd3', 'r2']);
    expect(merged.next).toBe('inbound');
    expect(merged.total).toBe(7);
  });

  it('places nothing from a list whose first page has not come, and asks for it', () => {
    const merged = mergeTimeline(loaded([delivery('d1', 10)]), { items: [], total: 0, complete: false });
    expect(merged).toEqual({ items: [], total: 1, next: 'inbound' });
  });

  it('passes one list through when the other is empty and whole', () => {
    const deliveries = loaded([delivery('d2', 20), delivery('d1', 10), delivery('d0', 1)], 2);
    expect(mergeTimeline(deliveries, loaded([]))).toEqual({ items: deliveries.items, total: 3, next: 'deliveries' });
  });

  it('tells whose row each one is', () => {
    expect(mergeTimeline(loaded([delivery('d', 2)]), loaded([request('r', 1)])).items.map(isInbound)).toEqual([false, true]);
  });

  it('for any two lists paged as the timeline asks, ends with every row once, in time order, never moving a placed row', () => {
    const times = fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 30 });
    fc.assert(
      fc.property(times, times, fc.integer({ min: 1, max: 7 }), (dTimes, rTimes, pageSize) => {
        const deliveries = dTimes.sort((a, b) => b - a).map((s, i) => delivery(`d${i}`, s));
        const inbound = rTimes.sort((a, b) => b - a).map((s, i) => (i % 3 === 2 ? mockCall(`m${i}`, s) : request(`r${i}`, s)));
        let dCount = Math.min(pageSize, deliveries.length);
        let rCount = Math.min(pageSize, inbound.length);
        let previous: TimelineRow[] = [];
        for (;;) {
          const merged = mergeTimeline(loaded(deliveries, dCount), loaded(inbound, rCount));
          expect(merged.items.slice(0, previous.length)).toEqual(previous);
          previous = merged.items;
          if (merged.next === 'deliveries') dCount += pageSize;
          else if (merged.next === 'inbound') rCount += pageSize;
          else break;
        }
        expect(previous).toHaveLength(deliveries.length + inbound.length);
        const time = (row: TimelineRow) => (isInbound(row) ? row.receivedAt : row.createdAt);
        expect(previous.every((row, k) => k === 0 || time(previous[k - 1]!) >= time(row))).toBe(true);
      }),
    );
  });
});
