/**
 * @module Who may call the mock: the CRM API takes the private-app token as `Authorization: Bearer`,
 * the webhooks API the developer API key as `?hapikey=` (both from the workbench's HubSpot
 * credentials). Refusals are HubSpot's 401 INVALID_AUTHENTICATION; accepted calls count against the
 * caller's rate limits.
 */
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { MockContext } from '../../mock-types.ts';
import type { HubSpotCredentials } from '../credentials.ts';
import type { HubSpotSettings } from '../settings.ts';
import { HubSpotApiError } from './hubspot-errors.ts';
import { rateLimited } from './rate-limits.ts';

type Ctx = MockContext<HubSpotCredentials, HubSpotSettings>;

// The texts HubSpot answers with (captured 401s; the second is the API-key one, links included).
const noCredentials =
  'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview';
const badApiKey = 'The API key provided is invalid. View or manage your API key here: https://app.hubspot.com/l/api-key/';

/** Bearer auth for /crm/v3/…: the private app's access token. */
export function bearerAuth(ctx: Ctx): MiddlewareHandler {
  return async function bearerAuthMiddleware(c, next) {
    const token = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
    if (!token || !same(token, ctx.credentials().accessToken)) {
      throw new HubSpotApiError(401, noCredentials, { category: 'INVALID_AUTHENTICATION' });
    }
    const limited = rateLimited(ctx, c, `token:${token}`);
    if (limited instanceof Response) return limited;
    await next();
    limited(c.res);
  };
}

/** `?hapikey=` auth for /webhooks/v3/…: the developer account's API key. */
export function hapikeyAuth(ctx: Ctx): MiddlewareHandler {
  return async function hapikeyAuthMiddleware(c, next) {
    const key = c.req.query('hapikey');
    if (!key) throw new HubSpotApiError(401, noCredentials, { category: 'INVALID_AUTHENTICATION' });
    if (!same(key, ctx.credentials().developerApiKey)) {
      throw new HubSpotApiError(401, badApiKey, { category: 'INVALID_AUTHENTICATION', links: { 'api key': 'https://app.hubspot.com/l/api-key/' } });
    }
    const limited = rateLimited(ctx, c, `hapikey:${key}`);
    if (limited instanceof Response) return limited;
    await next();
    limited(c.res);
  };
}

function same(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
