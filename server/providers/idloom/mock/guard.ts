/**
 * @module The v4 API's gate: `Authorization: Bearer <apiKey>` (401 otherwise), then the rate limit per
 * key. Headers as Laravel's throttle sends them [inferred]: `X-RateLimit-Limit` and
 * `X-RateLimit-Remaining` on every answer; past the limit a 429 with `Retry-After` and
 * `X-RateLimit-Reset` (epoch seconds).
 */
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { MockContext } from '../../mock-types.ts';
import type { IdloomCredentials } from '../credentials.ts';
import type { IdloomSettings } from '../settings.ts';
import { IdloomApiError, unauthenticated } from './idloom-api-error.ts';
import { mockSettingsOf } from './mock-settings.ts';

/**
 * @example api.use('*', idloomGuard(ctx))
 */
export function idloomGuard(ctx: MockContext<IdloomCredentials, IdloomSettings>): MiddlewareHandler {
  return async function idloomGuardMiddleware(c, next) {
    const key = bearerToken(c.req.header('authorization'));
    if (key === undefined || !sameText(key, ctx.credentials().apiKey)) throw unauthenticated();
    const { limit, windowSeconds } = mockSettingsOf(ctx.settings()).rateLimit;
    const state = ctx.rateLimit(key, limit, windowSeconds * 1000);
    const counters = { 'X-RateLimit-Limit': String(state.limit), 'X-RateLimit-Remaining': String(state.remaining) };
    if (!state.allowed) {
      throw new IdloomApiError(429, { message: 'Too Many Attempts.' }, {
        ...counters,
        'Retry-After': String(state.retryAfterSeconds),
        'X-RateLimit-Reset': String(Math.ceil(state.resetAt / 1000)),
      });
    }
    await next();
    for (const [name, value] of Object.entries(counters)) c.res.headers.set(name, value);
  };
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
