/** @module Fixed-window request counting per key, as the mock APIs' rate limits. */
import type { RateLimitState } from '../providers/mock-types.ts';

export interface RateLimiter {
  hit(key: string, limit: number, windowMs: number, now?: number): RateLimitState;
}

/**
 * @example createRateLimiter().hit('parallel:token', 100, 60_000).allowed
 */
export function createRateLimiter(maxKeys = 10_000): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(key, limit, windowMs, now = Date.now()) {
      let window = windows.get(key);
      if (!window || now - window.start >= windowMs) {
        window = { start: now, count: 0 };
        windows.set(key, window);
        // Old keys go first when too many callers have been seen.
        if (windows.size > maxKeys) windows.delete(windows.keys().next().value as string);
      }
      window.count++;
      const resetAt = window.start + windowMs;
      const allowed = window.count <= limit;
      return { allowed, limit, remaining: Math.max(0, limit - window.count), resetAt, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((resetAt - now) / 1000)) };
    },
  };
}
