/**
 * @module Contacts (documented): `GET /contacts/{email}`, and the upserts `PATCH /contacts/{email}` and
 * `PATCH /contacts/email/{email}` (the latter also takes `_externalId`). A write that changes the
 * newsletter status fires the Email Integration webhook (newsletter-webhooks.ts).
 */
import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import type { JsonObject } from '../../../util/json.ts';
import type { MockContext } from '../../mock-types.ts';
import type { ConnectifCredentials } from '../credentials.ts';
import type { ConnectifSettings } from '../settings.ts';
import { collections } from './collections.ts';
import { invalid, notFound } from './connectif-api-error.ts';
import { applyContactPatch, contactKey, contactPatchByEmailSchema, contactPatchSchema, emailSchema, newContact } from './contact-fields.ts';
import { requireScope } from './guard.ts';
import { deliveriesHeader, emitNewsletterChange } from './newsletter-webhooks.ts';
import { readJson } from './read-body.ts';

type Ctx = MockContext<ConnectifCredentials, ConnectifSettings>;

/**
 * @example app.route('/', contactsRoutes(ctx))
 */
export function contactsRoutes(ctx: Ctx): Hono {
  const app = new Hono();
  const emailParam = (c: Context) => {
    const email = c.req.param('email') ?? '';
    if (!emailSchema.safeParse(email).success) throw invalid([{ path: 'email', reason: `${JSON.stringify(email)} is not an e-mail address` }]);
    return email;
  };
  const upsert = async (c: Context, schema: z.ZodType<JsonObject>) => {
    const email = emailParam(c);
    const patch = await readJson(c, schema);
    const current = ctx.records.get(collections.contacts, contactKey(email));
    const next = applyContactPatch(current ?? newContact(email), patch);
    ctx.records.put(collections.contacts, contactKey(email), next);
    const fired = emitNewsletterChange(ctx, current, next);
    return c.json(next, 200, fired.length > 0 ? { [deliveriesHeader]: fired.join(',') } : {});
  };

  app.get('/contacts/:email', requireScope(ctx, 'contacts:read'), (c) => {
    const contact = ctx.records.get(collections.contacts, contactKey(emailParam(c)));
    if (!contact) throw notFound(`Contact ${c.req.param('email')} not found.`);
    return c.json(contact);
  });
  app.patch('/contacts/email/:email', requireScope(ctx, 'contacts:write'), (c) => upsert(c, contactPatchByEmailSchema as z.ZodType<JsonObject>));
  app.patch('/contacts/:email', requireScope(ctx, 'contacts:write'), (c) => upsert(c, contactPatchSchema as z.ZodType<JsonObject>));
  return app;
}
