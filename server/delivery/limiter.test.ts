import { describe, expect, it } from 'vitest';
import { createLimiter } from './limiter.ts';

describe('createLimiter', () => {
  it('lets `limit` holders in and queues the rest in arrival order', async () => {
    const limiter = createLimiter(2);
    const order: string[] = [];
    const hold = async (name: string) => {
      const release = await limiter.acquire();
      order.push(`start ${name}`);
      return () => {
        order.push(`end ${name}`);
        release();
      };
    };
    const a = await hold('a');
    const b = await hold('b');
    const waiting = [hold('c'), hold('d')];
    expect(limiter.load()).toBe(4);
    expect(order).toEqual(['start a', 'start b']);
    a();
    const c = await waiting[0]!;
    expect(order).toEqual(['start a', 'start b', 'end a', 'start c']);
    b();
    (await waiting[1]!)();
    c();
    expect(limiter.load()).toBe(0);
  });

  it('ignores a second release of the same slot', async () => {
    const limiter = createLimiter(1);
    const release = await limiter.acquire();
    release();
    release();
    expect(limiter.load()).toBe(0);
  });
});
