import { describe, expect, it } from 'vitest';
import { cutPage, olderThan, seqCursor } from './seq-pages.ts';

describe('seq pages', () => {
  it('round-trips a cursor, and refuses one from another list naming that list', () => {
    const deliveries = seqCursor('d');
    const sink = seqCursor('s', ' for sink requests');
    expect(deliveries.decode(deliveries.encode(42))).toBe(42);
    expect(() => sink.decode(deliveries.encode(42))).toThrow(/is not one this server gave out for sink requests/);
    expect(() => deliveries.decode('nonsense')).toThrow(/use nextCursor from a previous page/);
  });

  it('cuts a limit+1 query into a page and a cursor to the rest', () => {
    const cursors = seqCursor('d');
    const rows = [{ seq: 9 }, { seq: 7 }, { seq: 4 }];
    const { page, nextCursor } = cutPage(rows, 2, cursors);
    expect(page).toEqual([{ seq: 9 }, { seq: 7 }]);
    expect(cursors.decode(nextCursor!)).toBe(7);
    expect(cutPage(rows, 3, cursors)).toEqual({ page: rows });
    expect(olderThan('WHERE a = ?', [1], 7)).toEqual({ sql: 'WHERE a = ? AND seq < ?', params: [1, 7] });
    expect(olderThan('', [], 7)).toEqual({ sql: 'WHERE seq < ?', params: [7] });
  });
});
