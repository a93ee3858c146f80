/**
 * @module HubSpot's rate limits on the mock: per token, a ten-secondly limit and a daily one, with the
 * `X-HubSpot-RateLimit-*` headers on every answer and HubSpot's 429 body past either; CRM search also
 * has its own per-second limit. Limits come from the `mockApi` settings.
 */
import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { MockContext, RateLimitState } from '../../mock-types.ts';
import type { HubSpotCredentials } from '../credentials.ts';
import type { HubSpotSettings } from '../settings.ts';
import { correlationIdOf, hubspotJson } from './hubspot-errors.ts';

type Ctx = MockContext<HubSpotCredentials, HubSpotSettings>;

const day = 86_400_000;

/**
 * Counts the call against `key` (the token or the developer key); the caller authenticated first.
 * The shared limiter counts in fixed windows, so "rolling" recovers at the window's end, not
 * request by request as HubSpot's does.
 */
export function rateLimited(ctx: Ctx, c: Context, key: string): Response | ((res: Response) => void) {
  const { mockApi, portalId } = ctx.settings();
  const burst = ctx.rateLimit(`ten-secondly:${key}`, mockApi.requestsPerInterval, mockApi.intervalMs);
  const headers = (daily: RateLimitState): Record<string, string> => ({
    'X-HubSpot-RateLimit-Interval-Milliseconds': String(mockApi.intervalMs),
    'X-HubSpot-RateLimit-Max': String(mockApi.requestsPerInterval),
    'X-HubSpot-RateLimit-Remaining': String(burst.remaining),
    'X-HubSpot-RateLimit-Daily': String(mockApi.dailyLimit),
    'X-HubSpot-RateLimit-Daily-Remaining': String(daily.remaining),
  });
  if (!burst.allowed) {
    const daily = ctx.rateLimit(`daily:${key}`, mockApi.dailyLimit, day);
    return hubspotJson(
      c,
      {
        status: 'error',
        // The text and fields of 429s captured from HubSpot (hubspot-api-python#117, 2022, and later captures).
        message: 'You have reached your ten_secondly_rolling limit.',
        errorType: 'RATE_LIMIT',
        correlationId: correlationIdOf(c),
        policyName: 'TEN_SECONDLY_ROLLING',
        groupName: `publicapi:private_app-api-calls-ten-secondly:${ctx.credentials().appId}:${portalId}`,
      },
      429,
      headers(daily),
    );
  }
  const daily = ctx.rateLimit(`daily:${key}`, mockApi.dailyLimit, day);
  if (!daily.allowed) {
    return hubspotJson(
      c,
      {
        status: 'error',
        message: 'You have reached your daily limit.',
        errorType: 'RATE_LIMIT',
        correlationId: correlationIdOf(c),
        policyName: 'DAILY',
        requestId: randomUUID(),
      },
      429,
      headers(daily),
    );
  }
  return (res) => Object.entries(headers(daily)).forEach(([name, value]) => res.headers.set(name, value));
}

/** CRM search's own limit (about 5 requests per second per token); its 429 has no policy fields. */
export function searchLimit(ctx: Ctx): MiddlewareHandler {
  return async function searchLimitMiddleware(c, next) {
    const token = c.req.header('authorization') ?? '';
    const state = ctx.rateLimit(`search:${token}`, ctx.settings().mockApi.searchRequestsPerSecond, 1000);
    if (!state.allowed) {
      return hubspotJson(c, { status: 'error', message: 'You have reached your secondly limit.', errorType: 'RATE_LIMIT', correlationId: correlationIdOf(c) }, 429);
    }
    await next();
  };
}
