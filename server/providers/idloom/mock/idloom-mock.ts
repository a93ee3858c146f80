/**
 * @module idloom's v4 REST API, impersonated at /mock/idloom (base URL of `https://idloom.events/api/v4`;
 * `/mock/idloom/api/v4/…` works too, for clients that append the version themselves), plus the
 * hookbench-only back office under /mock/idloom/hookbench/… whose writes fire the webhooks.
 */
import { Hono } from 'hono';
import type { MockApi } from '../../mock-types.ts';
import type { IdloomCredentials } from '../credentials.ts';
import type { IdloomSettings } from '../settings.ts';
import { idloomBackOfficeRoutes } from './back-office-routes.ts';
import { idloomGuard } from './guard.ts';
import { idloomErrorResponse, notFound } from './idloom-api-error.ts';
import { idloomReadRoutes } from './read-routes.ts';
import { collections } from './records.ts';
import { seedIdloom } from './seed-records.ts';

/**
 * @example curl -H "Authorization: Bearer $(hookbench credentials idloom --json | jq -r .apiKey)" http://127.0.0.1:4400/mock/idloom/attendees
 */
export const idloomMock: MockApi<IdloomCredentials, IdloomSettings> = {
  seed: seedIdloom,
  idKey: { [collections.events]: 'uid', [collections.guests]: 'uid' },
  routes(ctx) {
    const app = new Hono();
    app.onError(idloomErrorResponse);
    // First: the back office needs no key, and answers before the API's gate runs.
    app.route('/hookbench', idloomBackOfficeRoutes(ctx));
    const api = new Hono();
    api.use('*', idloomGuard(ctx));
    api.route('/', idloomReadRoutes(ctx));
    api.all('*', (c) => {
      throw notFound(`The route ${c.req.method} ${new URL(c.req.url).pathname}`);
    });
    app.route('/api/v4', api);
    app.route('/', api);
    return app;
  },
};
