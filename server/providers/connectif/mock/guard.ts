/**
 * @module The API's gate, in Connectif's order of answers: the rate limit (`X-RateLimit-Limit`,
 * `-Remaining`, `-Reset` in epoch seconds on every response; 429 "Requests rate limit reached." past
 * it), then `Authorization: apiKey <keyId>:<keySecret>` (401 without it or with another key), then
 * the key's scopes per route (403). Due imports and exports advance before the call is answered.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { MockContext } from '../../mock-types.ts';
import type { ConnectifCredentials } from '../credentials.ts';
import type { ConnectifSettings } from '../settings.ts';
import { ConnectifApiError, errorCodes } from './connectif-api-error.ts';
import { mockSettingsOf, type ConnectifScope } from './mock-settings.ts';
import { deliveriesHeader } from './newsletter-webhooks.ts';
import { settleJobs } from './settle-jobs.ts';

type Ctx = MockContext<ConnectifCredentials, ConnectifSettings>;

const bases = new WeakMap<Request, string>();

/** The mock's own base URL as the caller reached it (`http://127.0.0.1:4400/mock/connectif`). */
export function baseUrl(c: Context): string {
  return bases.get(c.req.raw) ?? new URL(c.req.url).origin;
}

/**
 * @example api.use('*', connectifGuard(ctx))
 */
export function connectifGuard(ctx: Ctx): MiddlewareHandler {
  return async function connectifGuardMiddleware(c, next) {
    const presented = apiKeyOf(c.req.header('authorization'));
    const { limit, windowSeconds } = mockSettingsOf(ctx.settings()).rateLimit;
    // Counted per key id (the part before ':'), so a wrong secret still counts against its key.
    const state = ctx.rateLimit(presented?.split(':')[0] ?? 'anonymous', limit, windowSeconds * 1000);
    try {
      if (!state.allowed) throw new ConnectifApiError(429, errorCodes.rateLimited, 'Requests rate limit reached.');
      if (presented === undefined || !sameText(presented, ctx.credentials().apiKey)) {
        throw new ConnectifApiError(401, errorCodes.unauthorized, 'Missing or invalid API key: send Authorization: apiKey <keyId>:<keySecret>.');
      }
      // The guard is mounted at '*': its route path is this mock's base ('/mock/connectif/*').
      const base = `${new URL(c.req.url).origin}${c.req.routePath.replace(/\/\*$/, '')}`;
      bases.set(c.req.raw, base);
      const fired = settleJobs(ctx, base);
      await next();
      if (fired.length > 0) c.res.headers.append(deliveriesHeader, fired.join(','));
    } catch (e) {
      if (!(e instanceof ConnectifApiError)) throw e;
      c.res = c.json(e.body(), e.status);
    }
    c.res.headers.set('X-RateLimit-Limit', String(state.limit));
    c.res.headers.set('X-RateLimit-Remaining', String(state.remaining));
    c.res.headers.set('X-RateLimit-Reset', String(Math.ceil(state.resetAt / 1000)));
    return c.res;
  };
}

/**
 * 403 unless the API key has `scope` (settings.mock.scopes).
 * @example app.get('/contacts/:email', requireScope(ctx, 'contacts:read'), handler)
 */
export function requireScope(ctx: Ctx, scope: ConnectifScope): MiddlewareHandler {
  return async function requireScopeMiddleware(_c, next) {
    if (!mockSettingsOf(ctx.settings()).scopes.includes(scope)) {
      throw new ConnectifApiError(403, errorCodes.forbidden, `The API key lacks the scope ${scope} this call needs; add it to the key (settings.mock.scopes).`);
    }
    await next();
  };
}

function apiKeyOf(header: string | undefined): string | undefined {
  return /^apiKey\s+(\S+)\s*$/.exec(header ?? '')?.[1];
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
