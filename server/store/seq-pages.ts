/**
 * @module Newest-first pages by seq, as the list APIs serve them: opaque cursors, the "older than the
 * cursor" clause, and the page cut from a query that asked for one row more than the limit.
 */
import { HookbenchError } from '../errors.ts';

export interface SeqCursor {
  encode(seq: number): string;
  /** The seq a cursor of ours carries; INVALID_INPUT (path `cursor`) for anything else. */
  decode(cursor: string): number;
}

/**
 * @param prefix tells lists apart, so a cursor of one list handed to another is refused rather than misread
 * @param list names the list in the error ("" or " for sink requests")
 * @example const cursors = seqCursor('d'); cursors.decode(cursors.encode(42)) // 42
 */
export function seqCursor(prefix: string, list = ''): SeqCursor {
  const pattern = new RegExp(`^${prefix}:(\\d+)$`);
  return {
    encode: (seq) => Buffer.from(`${prefix}:${seq}`).toString('base64url'),
    decode(cursor) {
      const m = pattern.exec(Buffer.from(cursor, 'base64url').toString());
      if (!m?.[1]) {
        throw new HookbenchError('INVALID_INPUT', `cursor "${cursor}" is not one this server gave out${list}: use nextCursor from a previous page`, { path: 'cursor' });
      }
      return Number(m[1]);
    },
  };
}

/** A filter's WHERE clause narrowed to rows older than the cursor's seq (unchanged without one). */
export function olderThan(whereSql: string, params: readonly (string | number)[], cursor: number | undefined): { sql: string; params: (string | number)[] } {
  if (cursor === undefined) return { sql: whereSql, params: [...params] };
  return { sql: `${whereSql ? `${whereSql} AND` : 'WHERE'} seq < ?`, params: [...params, cursor] };
}

/** The page out of `limit + 1` rows, and the cursor to the next one when that extra row came back. */
export function cutPage<R extends { seq: number }>(rows: readonly R[], limit: number, cursors: SeqCursor): { page: R[]; nextCursor?: string } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return rows.length > limit && last ? { page, nextCursor: cursors.encode(last.seq) } : { page };
}

/** Text for `LIKE … ESCAPE '\'` that matches itself literally. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
