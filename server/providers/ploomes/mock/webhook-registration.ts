/**
 * @module A Ploomes Webhook resource `{Id, EntityId, ActionId, CallbackUrl, Active, ValidationKey}`
 * and the hookbench subscription behind it: events `[<Entity>.<Action>]`, and settings that make its
 * deliveries carry the webhook's ValidationKey and its own Id as `WebhookId`.
 */
import { z } from 'zod';
import type { JsonObject, JsonValue } from '../../../util/json.ts';
import type { MockSubscription } from '../../mock-types.ts';
import { ploomesActions, ploomesEntities, type PloomesAction, type PloomesEntity } from '../ids.ts';
import type { PloomesSettings } from '../settings.ts';
import { PloomesApiError } from './api-error.ts';
import { catalogueSize, eventOf } from './mock-events.ts';

/** One integrator re-enables webhooks with `{"Active": 1}` (research §1.5): numbers count as booleans. */
const active = z.union([z.boolean(), z.number().transform((n) => n !== 0)]);

export const webhookBody = z.object({
  EntityId: z.number().int(),
  ActionId: z.number().int(),
  CallbackUrl: z.string().refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), { message: 'must be an http:// or https:// URL' }),
  ValidationKey: z.string().nullable().optional(),
  Active: active.optional(),
});
export type WebhookBody = z.output<typeof webhookBody>;

export const webhookProperties = new Set(['Id', 'EntityId', 'ActionId', 'CallbackUrl', 'Active', 'ValidationKey']);

/** Ploomes' Webhook resource (a type, not an interface: it is a JsonObject too). */
export type PloomesWebhook = { Id: number; EntityId: number; ActionId: number; CallbackUrl: string; Active: boolean; ValidationKey: string | null };

/** The Webhook of a subscription registered through the mock (target and active are the subscription's); undefined for hookbench's own. */
export function webhookOf(subscription: MockSubscription): PloomesWebhook | undefined {
  const { Id, EntityId, ActionId, ValidationKey } = subscription.meta;
  if (typeof Id !== 'number' || typeof EntityId !== 'number' || typeof ActionId !== 'number') return undefined;
  return { Id, EntityId, ActionId, CallbackUrl: subscription.target, Active: subscription.active, ValidationKey: typeof ValidationKey === 'string' ? ValidationKey : null };
}

/**
 * Ids follow those generated deliveries use (`webhookIdBase` + catalogue position), so the two never meet.
 * @example nextWebhookId(subscriptions, settings) // 50001928 on a fresh workbench
 */
export function nextWebhookId(subscriptions: readonly MockSubscription[], settings: PloomesSettings): number {
  const taken = subscriptions.map((s) => s.meta.Id).filter((id): id is number => typeof id === 'number');
  return Math.max(settings.webhookIdBase + catalogueSize - 1, ...taken) + 1;
}

/** The subscription fields for a webhook: what hookbench delivers, to where, signed how. */
export function subscriptionFor(webhook: PloomesWebhook, settings: PloomesSettings) {
  const { entity, action } = pairOf(webhook.EntityId, webhook.ActionId, settings);
  const event = eventOf(entity, action);
  if (!event) throw new PloomesApiError(400, `Ploomes has no ${action} webhook for ${entity} (EntityId ${webhook.EntityId}, ActionId ${webhook.ActionId}); GET /Webhooks@Actions lists the actions`);
  const subscriptionSettings: Record<string, JsonValue> = {
    // An empty key means "registered without one": no X-Ploomes-Validation-Key header [inferred].
    validationKey: webhook.ValidationKey ?? '',
    // Generated bodies carry WebhookId = webhookIdBase + the event's position: this makes it the webhook's Id.
    webhookIdBase: webhook.Id - event.index,
  };
  const meta: JsonObject = { ...webhook };
  return { target: webhook.CallbackUrl, events: [event.name], settings: subscriptionSettings, active: webhook.Active, meta };
}

function pairOf(entityId: number, actionId: number, settings: PloomesSettings): { entity: PloomesEntity; action: PloomesAction } {
  const entity = ploomesEntities.find((e) => settings.entityIds[e] === entityId);
  const action = ploomesActions.find((a) => settings.actionIds[a] === actionId);
  if (!entity) throw new PloomesApiError(400, `EntityId ${entityId} is not an entity with webhooks; known: ${ploomesEntities.map((e) => `${settings.entityIds[e]} (${e})`).join(', ')}`);
  if (!action) throw new PloomesApiError(400, `ActionId ${actionId} is not a webhook action; GET /Webhooks@Actions lists them: ${ploomesActions.map((a) => `${settings.actionIds[a]} (${a})`).join(', ')}`);
  return { entity, action };
}
