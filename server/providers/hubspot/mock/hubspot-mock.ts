/**
 * @module HubSpot's REST API impersonated under /mock/hubspot: CRM v3 objects (Bearer private-app
 * token) and the Webhooks v3 API (`?hapikey=`), with HubSpot's errors, paging and rate limits, on a
 * seeded data set; webhook subscriptions made through it receive the events CRM writes cause.
 */
import { Hono } from 'hono';
import type { MockApi } from '../../mock-types.ts';
import type { HubSpotCredentials } from '../credentials.ts';
import type { HubSpotSettings } from '../settings.ts';
import { bearerAuth, hapikeyAuth } from './auth.ts';
import { crmBatchRoutes } from './crm-batch-routes.ts';
import { crmRoutes } from './crm-routes.ts';
import { crmSearchRoutes } from './crm-search.ts';
import { correlationHeaders, notFound, onHubSpotError } from './hubspot-errors.ts';
import { seedCrm } from './seed-crm.ts';
import { webhookRoutes } from './webhook-routes.ts';

/**
 * @example curl -H "Authorization: Bearer $TOKEN" 'http://127.0.0.1:4400/mock/hubspot/crm/v3/objects/contacts?limit=100'
 */
export const hubspotMock: MockApi<HubSpotCredentials, HubSpotSettings> = {
  seed: seedCrm,
  routes(ctx) {
    const app = new Hono();
    app.onError(onHubSpotError);
    app.use('*', correlationHeaders);
    app.use('/crm/*', bearerAuth(ctx));
    app.use('/webhooks/*', hapikeyAuth(ctx));
    // Batch and search before the basic routes, whose /:objectType/:objectId would not match them anyway.
    app.route('/crm/v3/objects', crmBatchRoutes(ctx));
    app.route('/crm/v3/objects', crmSearchRoutes(ctx));
    app.route('/crm/v3/objects', crmRoutes(ctx));
    app.route('/webhooks/v3', webhookRoutes(ctx));
    app.all('*', () => {
      throw notFound();
    });
    return app;
  },
};
