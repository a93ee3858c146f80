/**
 * @module Read-only lists from the account's configuration: `GET /Webhooks@Actions` (the ActionId
 * table; row shape `{Id, Name}` [inferred]), `GET /Fields@Entities` (the EntityId table), `GET /Fields`
 * (the custom fields of the seeded records) and `GET /Account` (what n8n's credential test calls).
 */
import type { Context } from 'hono';
import type { JsonObject } from '../../../util/json.ts';
import { ploomesEntities, webhookActionRows } from '../ids.ts';
import { idTableOf, type PloomesSettings } from '../settings.ts';
import { customFields } from './custom-fields.ts';
import { notAllowed } from './api-error.ts';
import { answerList } from './answer-list.ts';
import type { PloomesMockContext } from './ploomes-mock-context.ts';

export const catalogueLists: Readonly<Record<string, (settings: PloomesSettings) => JsonObject[]>> = {
  'Webhooks@Actions': (settings) => webhookActionRows(idTableOf(settings)),
  'Fields@Entities': (settings) => ploomesEntities.map((entity) => ({ Id: settings.entityIds[entity], Name: entity })),
  Fields: (settings) => customFields.map((f) => ({ Id: f.Id, EntityId: settings.entityIds[f.entity], Key: f.Key, Name: f.Name })),
  Account: (settings) => [{ Id: settings.accountId, Name: 'hookbench' }],
};

/**
 * @example catalogueRoute(c, ctx, 'Webhooks@Actions')
 */
export function catalogueRoute(c: Context, ctx: PloomesMockContext, set: string, rows: (settings: PloomesSettings) => JsonObject[]): Response {
  if (c.req.method !== 'GET') throw notAllowed(c.req.method);
  return answerList(c, ctx, { name: set, records: rows(ctx.settings()) });
}
