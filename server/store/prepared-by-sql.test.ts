import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { preparedBySql } from './prepared-by-sql.ts';

describe('preparedBySql', () => {
  it('prepares each SQL text once and answers as a fresh statement would', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2), (3)');
    const prepared = preparedBySql(db);
    const count = 'SELECT COUNT(*) AS n FROM t WHERE n > ?';
    expect(prepared(count)).toBe(prepared(count));
    expect(prepared(count).get(1)).toEqual({ n: 2 });
    expect(prepared(count).get(2)).toEqual({ n: 1 });
    expect(prepared('SELECT n FROM t ORDER BY n DESC').pluck().all()).toEqual([3, 2, 1]);
  });

  it('starts again past 128 shapes instead of growing', () => {
    const db = new Database(':memory:');
    const prepared = preparedBySql(db);
    const first = prepared('SELECT 0');
    for (let i = 1; i <= 128; i++) prepared(`SELECT ${i}`);
    expect(prepared('SELECT 0')).not.toBe(first);
    expect(prepared('SELECT 0').pluck().get()).toBe(0);
  });
});
