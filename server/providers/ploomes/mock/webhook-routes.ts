/**
 * @module `/Webhooks`: list (OData, `$filter=CallbackUrl eq '…' and EntityId eq 2`), get, register,
 * change and delete Ploomes webhooks. Each is a hookbench subscription, so it shows up (and takes
 * faults) under `/api/mocks/ploomes/subscriptions`, and writes through the API are delivered to it.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import type { JsonObject } from '../../../util/json.ts';
import type { MockSubscription } from '../../mock-types.ts';
import { notAllowed, PloomesApiError } from './api-error.ts';
import { answerList } from './answer-list.ts';
import { odataHeaders } from './odata-response.ts';
import type { PloomesMockContext } from './ploomes-mock-context.ts';
import { readJsonObject } from './read-body.ts';
import type { ResourcePath } from './resource-path.ts';
import { nextWebhookId, subscriptionFor, webhookBody, webhookOf, webhookProperties, type PloomesWebhook } from './webhook-registration.ts';

/**
 * @example webhookRoute(c, ctx, { set: 'Webhooks', id: 50001928 })
 */
export async function webhookRoute(c: Context, ctx: PloomesMockContext, { id, action }: ResourcePath): Promise<Response> {
  const method = c.req.method;
  if (action !== undefined) throw new PloomesApiError(404, `Webhooks have no action '${action}'`);
  if (id === undefined) {
    if (method === 'GET') return respond(c, ctx, registered(ctx).map((r) => r.webhook));
    if (method === 'POST') return register(c, ctx);
    throw notAllowed(method);
  }
  const { subscription, webhook } = found(ctx, id);
  if (method === 'GET') return respond(c, ctx, [webhook]);
  if (method === 'PATCH') return change(c, ctx, subscription, webhook);
  if (method === 'DELETE') {
    ctx.subscriptions.delete(subscription.id);
    return c.body(null, 204, odataHeaders);
  }
  throw notAllowed(method);
}

async function register(c: Context, ctx: PloomesMockContext): Promise<Response> {
  const input = parse(webhookBody, await readJsonObject(c));
  const settings = ctx.settings();
  const { EntityId, ActionId, CallbackUrl, ValidationKey = null, Active = true } = input;
  const webhook: PloomesWebhook = { Id: nextWebhookId(ctx.subscriptions.list(), settings), EntityId, ActionId, CallbackUrl, Active, ValidationKey };
  ctx.subscriptions.create(subscriptionFor(webhook, settings));
  return respond(c, ctx, [webhook]);
}

async function change(c: Context, ctx: PloomesMockContext, subscription: MockSubscription, current: PloomesWebhook): Promise<Response> {
  const patch = parse(webhookBody.partial(), await readJsonObject(c));
  const next: PloomesWebhook = { ...current };
  if (patch.EntityId !== undefined) next.EntityId = patch.EntityId;
  if (patch.ActionId !== undefined) next.ActionId = patch.ActionId;
  if (patch.CallbackUrl !== undefined) next.CallbackUrl = patch.CallbackUrl;
  if (patch.Active !== undefined) next.Active = patch.Active;
  if (patch.ValidationKey !== undefined) next.ValidationKey = patch.ValidationKey;
  ctx.subscriptions.update(subscription.id, subscriptionFor(next, ctx.settings()));
  return respond(c, ctx, [next]);
}

const respond = (c: Context, ctx: PloomesMockContext, webhooks: PloomesWebhook[]): Response =>
  answerList(c, ctx, { name: 'Webhooks', records: webhooks, properties: webhookProperties });

function registered(ctx: PloomesMockContext): { subscription: MockSubscription; webhook: PloomesWebhook }[] {
  return ctx.subscriptions.list().flatMap((subscription) => {
    const webhook = webhookOf(subscription);
    return webhook ? [{ subscription, webhook }] : [];
  });
}

function found(ctx: PloomesMockContext, id: number): { subscription: MockSubscription; webhook: PloomesWebhook } {
  const match = registered(ctx).find((r) => r.webhook.Id === id);
  if (!match) throw new PloomesApiError(404, `No Webhook with Id ${id}`);
  return match;
}

function parse<T extends z.ZodType>(schema: T, body: JsonObject): z.output<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new PloomesApiError(400, `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}; a Webhook is {"EntityId": 1, "ActionId": 2, "CallbackUrl": "https://…", "ValidationKey": "…"}`);
}
