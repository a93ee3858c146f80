/**
 * @module Ploomes' REST API, impersonated: a seeded account (contacts, deals, orders, products,
 * quotes, tasks, users), OData queries, writes and entity actions that send the webhooks registered
 * through `POST /Webhooks`. Mounted at /mock/ploomes; facts in ../shared/providers/ploomes-hubspot.md §1.6.
 */
import type { MockApi } from '../../mock-types.ts';
import type { PloomesCredentials } from '../credentials.ts';
import type { PloomesSettings } from '../settings.ts';
import { storedSets } from './entity-types.ts';
import { ploomesRoutes } from './ploomes-routes.ts';
import { seedRecords } from './seed-records.ts';

/**
 * @example defineProvider({ …, mock: ploomesMock })
 */
export const ploomesMock: MockApi<PloomesCredentials, PloomesSettings> = {
  seed: (context) => seedRecords(context),
  routes: (context) => ploomesRoutes(context),
  idKey: Object.fromEntries(storedSets.map((set) => [set, 'Id'])),
};
