/**
 * @module Connectif's REST API impersonated at /mock/connectif (base URL of `https://api.connectif.cloud`):
 * contacts, purchases, products, imports and exports, with Connectif's auth header, error body and
 * rate-limit headers. Writes that change a contact's newsletter status fire the Email Integration
 * webhooks to the subscriptions registered through /api/mocks/connectif/subscriptions.
 */
import { Hono } from 'hono';
import type { MockApi } from '../../mock-types.ts';
import type { ConnectifCredentials } from '../credentials.ts';
import type { ConnectifSettings } from '../settings.ts';
import { idKeys } from './collections.ts';
import { connectifErrorResponse, notFound } from './connectif-api-error.ts';
import { contactsRoutes } from './contacts-routes.ts';
import { exportsRoutes, filesRoutes } from './exports-routes.ts';
import { connectifGuard } from './guard.ts';
import { importsRoutes } from './imports-routes.ts';
import { productsRoutes } from './products-routes.ts';
import { purchasesRoutes } from './purchases-routes.ts';
import { seedConnectif } from './seed-records.ts';

/**
 * @example curl -H "Authorization: apiKey $(hookbench credentials connectif --json | jq -r .apiKey)" http://127.0.0.1:4400/mock/connectif/contacts/ana@gmail.com
 */
export const connectifMock: MockApi<ConnectifCredentials, ConnectifSettings> = {
  seed: seedConnectif,
  idKey: idKeys,
  routes(ctx) {
    const app = new Hono();
    app.onError(connectifErrorResponse);
    // First: file links carry no key, as pre-signed URLs do.
    app.route('/', filesRoutes(ctx));
    app.use('*', connectifGuard(ctx));
    for (const routes of [contactsRoutes, purchasesRoutes, productsRoutes, importsRoutes, exportsRoutes]) app.route('/', routes(ctx));
    app.all('*', (c) => {
      throw notFound(`No route ${c.req.method} ${new URL(c.req.url).pathname}.`);
    });
    return app;
  },
};
