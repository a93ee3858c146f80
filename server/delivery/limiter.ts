/** @module A counting semaphore: at most `limit` holders at once, the rest served first come, first served. */

export interface Limiter {
  /** Resolves with the function that gives the slot back. */
  acquire(): Promise<() => void>;
  /** Holders plus waiters: 0 means the limiter can be forgotten. */
  load(): number;
}

export function createLimiter(limit: number): Limiter {
  let active = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else active--;
  };
  return {
    acquire() {
      if (active < limit) {
        active++;
        return Promise.resolve(once(release));
      }
      return new Promise((resolve) => queue.push(() => resolve(once(release))));
    },
    load: () => active + queue.length,
  };
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      fn();
    }
  };
}
