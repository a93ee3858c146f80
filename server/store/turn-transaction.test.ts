import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTurnStore, type TurnStore } from '../../test/helpers/turn-store.ts';

let store: TurnStore;
let turn: TurnStore['turn'];
let insert: TurnStore['insert'];
let committedRows: TurnStore['committedRows'];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'performance'] });
  store = openTurnStore(4);
  ({ turn, insert, committedRows } = store);
});

afterEach(() => {
  vi.useRealTimers();
  store.close();
});

describe('turn transactions', () => {
  it('commits an idle store’s writes together at the end of their turn', () => {
    insert(1);
    insert(2);
    expect(committedRows()).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(committedRows()).toEqual([1, 2]);
  });

  it('spaces a busy store’s commits: writes within the gap join one commit at its end', () => {
    insert(1);
    vi.advanceTimersByTime(0);
    expect(committedRows()).toEqual([1]);

    vi.advanceTimersByTime(1);
    insert(2);
    vi.advanceTimersByTime(0);
    // A turn has ended, but the previous commit was 1 ms ago.
    expect(committedRows()).toEqual([1]);
    vi.advanceTimersByTime(1);
    insert(3);
    vi.advanceTimersByTime(1.9);
    expect(committedRows()).toEqual([1]);
    vi.advanceTimersByTime(0.1);
    expect(committedRows()).toEqual([1, 2, 3]);
  });

  it('commits at the turn’s end within the gap while work does not overlap (spaced() false), and spaces again once it does', () => {
    store.close();
    let overlapping = false;
    store = openTurnStore(4, { spaced: () => overlapping });
    ({ turn, insert, committedRows } = store);

    insert(1);
    vi.advanceTimersByTime(0);
    vi.advanceTimersByTime(1);
    insert(2);
    vi.advanceTimersByTime(0);
    // 1 ms after the previous commit, and nothing else running that could join it: committed at once.
    expect(committedRows()).toEqual([1, 2]);

    overlapping = true;
    vi.advanceTimersByTime(1);
    insert(3);
    vi.advanceTimersByTime(0);
    expect(committedRows()).toEqual([1, 2]);
    vi.advanceTimersByTime(3);
    expect(committedRows()).toEqual([1, 2, 3]);
  });

  it('commits at the turn’s end again once the gap has passed', () => {
    insert(1);
    vi.advanceTimersByTime(0);
    vi.advanceTimersByTime(10);
    insert(2);
    vi.advanceTimersByTime(0);
    expect(committedRows()).toEqual([1, 2]);
  });

  it('resolves committed() and runs afterCommit callbacks only once the spaced commit is made', async () => {
    insert(1);
    vi.advanceTimersByTime(0);
    insert(2);
    const seen: unknown[][] = [];
    turn.afterCommit(() => seen.push(committedRows()));
    let resolved = false;
    const committed = turn.committed().then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(3);
    expect([resolved, seen]).toEqual([false, []]);
    await vi.advanceTimersByTimeAsync(1);
    await committed;
    expect(seen).toEqual([[1, 2]]);
  });

  it('commits at once when asked (closing the store), gap or not', () => {
    insert(1);
    vi.advanceTimersByTime(0);
    insert(2);
    turn.commit();
    expect(committedRows()).toEqual([1, 2]);
    // Nothing left scheduled: the timer of the commit it replaced is cancelled.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reports a failed commit to whoever asked for it: commit() returns it, commitNow() throws STORE_ERROR', async () => {
    // A deferred foreign key is checked only at COMMIT: a real commit failure.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    store.stageFailingCommit();
    insert(1);
    const waiting = turn.committed();
    expect(turn.commit()?.message).toMatch(/could not commit.*FOREIGN KEY/);
    await expect(waiting).rejects.toThrow(/FOREIGN KEY/);
    expect(committedRows()).toEqual([]);

    store.stageFailingCommit();
    let thrown: unknown;
    try {
      turn.commitNow();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toMatchObject({ code: 'STORE_ERROR', message: expect.stringMatching(/FOREIGN KEY/) });
    // The store goes on: the next write commits.
    insert(2);
    turn.commitNow();
    expect(committedRows()).toEqual([2]);
    expect(quiet).toHaveBeenCalledTimes(2);
  });

  it('runs afterCommit at once and resolves committed() at once when nothing is pending', async () => {
    let ran = false;
    turn.afterCommit(() => (ran = true));
    expect(ran).toBe(true);
    await expect(turn.committed()).resolves.toBeUndefined();
  });
});
