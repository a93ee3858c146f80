import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batchedFrames, createFrameBatcher } from './batched-frames.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const message = (seq: number) => JSON.stringify({ seq, type: 'delivery.created', data: { id: `d${seq}` } });

describe('createFrameBatcher', () => {
  it('sends what arrives within the wait as one JSON array, in order, the wait after the first', () => {
    const frames: string[] = [];
    const batcher = createFrameBatcher((f) => frames.push(f), 30);
    batcher.add(message(1));
    vi.advanceTimersByTime(20);
    batcher.add(message(2));
    batcher.add(message(3));
    vi.advanceTimersByTime(9);
    expect(frames).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(frames).toHaveLength(1);
    expect((JSON.parse(frames[0]!) as { seq: number }[]).map((m) => m.seq)).toEqual([1, 2, 3]);

    batcher.add(message(4));
    vi.advanceTimersByTime(30);
    expect(frames.map((f) => (JSON.parse(f) as { seq: number }[]).map((m) => m.seq))).toEqual([[1, 2, 3], [4]]);
  });

  it('sends what it holds at once when flushed, and nothing after being disposed of', () => {
    const frames: string[] = [];
    const batcher = createFrameBatcher((f) => frames.push(f), 30);
    batcher.add(message(1));
    batcher.flush();
    expect(frames).toHaveLength(1);
    batcher.flush();
    expect(frames).toHaveLength(1);
    batcher.add(message(2));
    batcher.dispose();
    vi.advanceTimersByTime(100);
    expect(frames).toHaveLength(1);
  });
});

describe('batchedFrames', () => {
  it('cuts a backlog into arrays of at most `size` messages, keeping every one in order', () => {
    const frames = [...batchedFrames([1, 2, 3, 4, 5].map(message), 2)];
    expect(frames.map((f) => (JSON.parse(f) as { seq: number }[]).map((m) => m.seq))).toEqual([[1, 2], [3, 4], [5]]);
    expect([...batchedFrames([])]).toEqual([]);
  });
});
