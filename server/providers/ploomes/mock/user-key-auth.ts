/**
 * @module The mock's gate: the `User-Key` header must be the workbench's `userKey`, then each key gets
 * `mockRateLimit.limit` requests per `mockRateLimit.windowMs` (Ploomes documents no limit: 120 a
 * minute is [inferred] from a client's limiter), past which it answers a plain 429 with Retry-After.
 */
import type { MiddlewareHandler } from 'hono';
import type { MockContext } from '../../mock-types.ts';
import type { PloomesCredentials } from '../credentials.ts';
import type { PloomesSettings } from '../settings.ts';
import { constantTimeEqual } from '../verify.ts';
import { apiErrorBody } from './api-error.ts';

/**
 * @example app.use('*', userKeyAuth(ctx))
 */
export function userKeyAuth(ctx: MockContext<PloomesCredentials, PloomesSettings>): MiddlewareHandler {
  return async function ploomesUserKey(c, next) {
    const key = c.req.header('User-Key');
    if (key === undefined || key === '' || !constantTimeEqual(key, ctx.credentials().userKey)) {
      const message = key ? 'The User-Key is not valid; hookbench accepts the userKey of `hookbench credentials ploomes`.' : 'Send your integration key in the User-Key header.';
      return c.json(apiErrorBody(401, message), 401);
    }
    const { limit, windowMs } = ctx.settings().mockRateLimit;
    const state = ctx.rateLimit(key, limit, windowMs);
    if (!state.allowed) {
      return c.json(apiErrorBody(429, `Too many requests: ${limit} per ${windowMs / 1000} s per User-Key. Retry after ${state.retryAfterSeconds} s.`), 429, {
        'Retry-After': String(state.retryAfterSeconds),
      });
    }
    await next();
  };
}
