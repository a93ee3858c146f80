import { describe, expect, it } from 'vitest';
import { rateLimitHeaders } from './auth-rate-limit.ts';

const now = 1_746_467_154_000;

describe('rate limit headers', () => {
  it('writes express-rate-limit’s draft-7 and legacy headers, reset in seconds from now', () => {
    // Values as express-rate-limit's setDraft7Headers/setLegacyHeaders compute them for this state.
    const state = { allowed: true, limit: 100, remaining: 98, resetAt: now + 47_200, retryAfterSeconds: 0 };
    expect(rateLimitHeaders(state, 60_000, now)).toEqual({
      'RateLimit-Policy': '100;w=60',
      RateLimit: 'limit=100, remaining=98, reset=48',
      'X-RateLimit-Limit': '100',
      'X-RateLimit-Remaining': '98',
      'X-RateLimit-Reset': String(Math.ceil((now + 47_200) / 1000)),
    });
  });

  it('adds Retry-After, the seconds until the window resets, when the call is refused', () => {
    const state = { allowed: false, limit: 100, remaining: 0, resetAt: now + 12_001, retryAfterSeconds: 13 };
    expect(rateLimitHeaders(state, 60_000, now)['Retry-After']).toBe('13');
  });
});
