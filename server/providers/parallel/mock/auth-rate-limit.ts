/**
 * @module The middleware in front of every `/api/v1` route, in Parallel's order (api/public/index.ts,
 * ratelimit.ts): a `Bearer [A-Za-z0-9]+` header or 401 "API token is missing"; then express-rate-limit
 * keyed on sha256(token) with draft-7 and legacy headers, 429 `TooManyRequests` plus
 * `X-RateLimit-Exceeded: true` past the limit; then the token itself (401 "API token is invalid").
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { MockContext, RateLimitState } from '../../mock-types.ts';
import type { ParallelCredentials } from '../credentials.ts';
import type { ParallelSettings } from '../settings.ts';
import { ParallelApiError } from './api-error.ts';

/** Parallel's limit (ratelimit.ts): 100 requests per 60 s per token. */
export const defaultRateLimit = { limit: 100, windowMs: 60_000 } as const;

/**
 * @example app.use('/api/v1/*', authAndRateLimit(ctx))
 */
export function authAndRateLimit(ctx: MockContext<ParallelCredentials, ParallelSettings>): MiddlewareHandler {
  return async function parallelAuth(c, next) {
    const authorization = c.req.header('authorization');
    if (!authorization || !/^Bearer [A-Za-z0-9]+$/.test(authorization)) throw new ParallelApiError('Unauthorized', 'API token is missing');
    const token = authorization.slice('Bearer '.length);
    const { limit, windowMs } = ctx.settings().mockRateLimit ?? defaultRateLimit;
    const state = ctx.rateLimit(createHash('sha256').update(token).digest('base64'), limit, windowMs);
    for (const [name, value] of Object.entries(rateLimitHeaders(state, windowMs))) c.header(name, value);
    if (!state.allowed) {
      c.header('X-RateLimit-Exceeded', 'true');
      throw new ParallelApiError('TooManyRequests', 'Too many requests, please try again later');
    }
    if (token !== ctx.credentials().apiToken) throw new ParallelApiError('Unauthorized', 'API token is invalid');
    await next();
  };
}

/**
 * What express-rate-limit sets with `standardHeaders: "draft-7"` and `legacyHeaders: true`, and
 * `Retry-After` when refused (its setRetryAfterHeader): reset in seconds from now, at least 0.
 * @example rateLimitHeaders(state, 60_000)['RateLimit'] // 'limit=100, remaining=98, reset=48'
 */
export function rateLimitHeaders(state: RateLimitState, windowMs: number, now = Date.now()): Record<string, string> {
  const reset = Math.max(0, Math.ceil((state.resetAt - now) / 1000));
  return {
    'RateLimit-Policy': `${state.limit};w=${Math.ceil(windowMs / 1000)}`,
    RateLimit: `limit=${state.limit}, remaining=${state.remaining}, reset=${reset}`,
    'X-RateLimit-Limit': String(state.limit),
    'X-RateLimit-Remaining': String(state.remaining),
    'X-RateLimit-Reset': String(Math.ceil(state.resetAt / 1000)),
    ...(state.allowed ? {} : { 'Retry-After': String(reset) }),
  };
}
