/**
 * @module The Webhooks v3 API on the mock (developer API key as `?hapikey=`):
 * `/webhooks/v3/{appId}/settings` GET/PUT/DELETE and `/subscriptions` GET/POST,
 * `/subscriptions/{id}` GET/PATCH/DELETE, `/subscriptions/batch/update`. Every change re-syncs the
 * app's hookbench registrations, so an active subscription with a targetUrl receives deliveries.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { MockContext } from '../../mock-types.ts';
import type { HubSpotCredentials } from '../credentials.ts';
import type { HubSpotSettings } from '../settings.ts';
import { subscriptionTypes } from '../subscription-types.ts';
import { instant } from './crm-record.ts';
import { HubSpotApiError, hubspotJson, invalidInput, notFound } from './hubspot-errors.ts';
import { readBody } from './read-body.ts';
import { syncRegistrations } from './registrations.ts';
import { settingsResponse, subscriptionResponse, webhookStore, type WebhookSubscription } from './webhook-store.ts';

type Ctx = MockContext<HubSpotCredentials, HubSpotSettings>;

const eventTypes = subscriptionTypes.map((t) => t.name) as [string, ...string[]];

const settingsBody = z.object({
  // HubSpot wants https; the mock also takes http, so a receiver on localhost can be the target.
  targetUrl: z.url({ protocol: /^https?$/ }),
  throttling: z.object({ maxConcurrentRequests: z.number().int().min(1), period: z.string().optional() }),
});
const createBody = z.object({ eventType: z.enum(eventTypes), propertyName: z.string().min(1).optional(), objectTypeId: z.string().optional(), active: z.boolean().default(false) });
const patchBody = z.object({ active: z.boolean() });
const batchBody = z.object({ inputs: z.array(z.object({ id: z.union([z.number(), z.string()]).transform(String), active: z.boolean() })).max(100) });

export function webhookRoutes(ctx: Ctx): Hono {
  const app = new Hono();
  const store = webhookStore(ctx.records);
  const sync = (appId: number) => syncRegistrations({ store, registrations: ctx.subscriptions, appId });
  const now = () => instant(ctx.now());

  /** The path's appId must be the workbench's app (the developer key only manages its own apps). */
  const appIdOf = (c: Context): number => {
    const appId = Number(c.req.param('appId'));
    if (appId !== ctx.credentials().appId) throw notFound(`App ${c.req.param('appId')} not found for this developer account`);
    return appId;
  };

  app.get('/:appId/settings', (c) => {
    const settings = store.settings(appIdOf(c));
    if (!settings) throw notFound(`No webhook settings for app ${c.req.param('appId')}`);
    return hubspotJson(c, settingsResponse(settings));
  });

  app.put('/:appId/settings', async (c) => {
    const appId = appIdOf(c);
    const body = await readBody(c, settingsBody);
    const at = now();
    const settings = { appId, targetUrl: body.targetUrl, throttling: { maxConcurrentRequests: body.throttling.maxConcurrentRequests }, createdAt: store.settings(appId)?.createdAt ?? at, updatedAt: at };
    store.putSettings(settings);
    sync(appId);
    return hubspotJson(c, settingsResponse(settings));
  });

  app.delete('/:appId/settings', (c) => {
    const appId = appIdOf(c);
    store.deleteSettings(appId);
    sync(appId);
    return c.body(null, 204);
  });

  app.get('/:appId/subscriptions', (c) => hubspotJson(c, { results: store.subscriptions(appIdOf(c)).map(subscriptionResponse) }));

  app.post('/:appId/subscriptions', async (c) => {
    const appId = appIdOf(c);
    const body = await readBody(c, createBody);
    checkSubscription(body, store.subscriptions(appId));
    const at = now();
    const subscription: WebhookSubscription = { id: store.nextSubscriptionId(), appId, ...body, createdAt: at, updatedAt: at };
    store.putSubscription(subscription);
    sync(appId);
    return hubspotJson(c, subscriptionResponse(subscription), 201);
  });

  app.post('/:appId/subscriptions/batch/update', async (c) => {
    const appId = appIdOf(c);
    const startedAt = now();
    const { inputs } = await readBody(c, batchBody);
    const updated = inputs.flatMap(({ id, active }) => {
      const found = store.subscription(appId, id);
      if (!found) return [];
      const next = { ...found, active, updatedAt: now() };
      store.putSubscription(next);
      return [next];
    });
    sync(appId);
    const missing = inputs.filter((i) => !updated.some((u) => u.id === i.id)).map((i) => i.id);
    const errors = missing.length > 0 ? [{ status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Some subscriptions were not found', context: { ids: missing }, errors: [] }] : [];
    const body = { status: 'COMPLETE', results: updated.map(subscriptionResponse), ...(errors.length > 0 ? { numErrors: errors.length, errors } : {}), startedAt, completedAt: now() };
    return hubspotJson(c, body, errors.length > 0 ? 207 : 200);
  });

  app.get('/:appId/subscriptions/:subscriptionId', (c) => hubspotJson(c, subscriptionResponse(subscriptionOf(c))));

  app.patch('/:appId/subscriptions/:subscriptionId', async (c) => {
    const found = subscriptionOf(c);
    const { active } = await readBody(c, patchBody);
    const next = { ...found, active, updatedAt: now() };
    store.putSubscription(next);
    sync(found.appId);
    return hubspotJson(c, subscriptionResponse(next));
  });

  app.delete('/:appId/subscriptions/:subscriptionId', (c) => {
    const found = subscriptionOf(c);
    store.deleteSubscription(found.id);
    sync(found.appId);
    return c.body(null, 204);
  });

  function subscriptionOf(c: Context): WebhookSubscription {
    const found = store.subscription(appIdOf(c), c.req.param('subscriptionId') ?? '');
    if (!found) throw notFound(`Subscription ${c.req.param('subscriptionId')} not found`);
    return found;
  }

  return app;
}

/** propertyChange needs a propertyName (HubSpot has no wildcard), object.* an objectTypeId; no duplicates. */
function checkSubscription(body: z.output<typeof createBody>, existing: readonly WebhookSubscription[]): void {
  const propertyChange = body.eventType.endsWith('.propertyChange');
  if (propertyChange && !body.propertyName) throw invalidInput(`propertyName is required for ${body.eventType}`);
  if (!propertyChange && body.propertyName) throw invalidInput(`propertyName is only allowed on propertyChange subscriptions, not ${body.eventType}`);
  if (body.eventType.startsWith('object.') !== (body.objectTypeId !== undefined)) {
    throw invalidInput(body.objectTypeId === undefined ? `objectTypeId is required for ${body.eventType}` : `objectTypeId is only allowed on object.* subscriptions`);
  }
  const twin = existing.find((s) => s.eventType === body.eventType && s.propertyName === body.propertyName && s.objectTypeId === body.objectTypeId);
  if (twin) throw new HubSpotApiError(409, `A subscription for ${[body.eventType, body.objectTypeId, body.propertyName].filter(Boolean).join(' ')} already exists: ${twin.id}`, { category: 'CONFLICT' });
}
