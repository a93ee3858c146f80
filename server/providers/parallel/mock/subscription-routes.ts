/**
 * @module `/subscriptions` of Parallel's public API ("Webhooks"): create with the URL challenge
 * (POST `{}`, exactly 200 within 5 s, else 400 "Your URL does not seem to accept POST requests.";
 * `?challenge=false` skips it), list, delete. A created subscription is a hookbench mock subscription,
 * so writes reach it with the faults configured for it in hookbench.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { JsonObject } from '../../../util/json.ts';
import type { MockContext, MockSubscription } from '../../mock-types.ts';
import type { ParallelCredentials } from '../credentials.ts';
import { parallelGroups, petitionEventTypes, profileEventTypes } from '../event-types.ts';
import { toGlobalId } from '../global-id.ts';
import type { ParallelSettings } from '../settings.ts';
import { ParallelApiError, forbidden } from './api-error.ts';
import { allocate } from './counters.ts';
import { booleanParam, idParam } from './params.ts';
import { profileTypeResource } from './profile-type.ts';
import { readBody } from './read-body.ts';

type Ctx = MockContext<ParallelCredentials, ParallelSettings>;

/** Parallel's challenge timeout (graphql/subscriptions/mutations.ts). */
export const challengeTimeoutMs = 5_000;

const common = { name: z.string().max(255).nullable().optional(), eventsUrl: z.string().max(1000) };
const createSubscriptionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('PETITION'), ...common, eventTypes: z.array(z.enum(petitionEventTypes)).nullable().optional(), fromTemplateId: z.string().nullable().optional() }).strict(),
  z.object({ type: z.literal('PROFILE'), ...common, eventTypes: z.array(z.enum(profileEventTypes)).nullable().optional(), fromProfileTypeId: z.string().nullable().optional() }).strict(),
]);
type CreateSubscription = z.output<typeof createSubscriptionSchema>;

const subscriptionTypes = ['PetitionEventSubscription', 'ProfileEventSubscription'];

export function subscriptionRoutes(ctx: Ctx): Hono {
  const app = new Hono();

  app.get('/subscriptions', (c) => c.json(ctx.subscriptions.list().filter(isParallels).map(toResource)));

  app.post('/subscriptions', async (c) => {
    const challenge = booleanParam(c.req.query('challenge'), 'challenge');
    const body = await readBody(c, createSubscriptionSchema);
    if (!isHttpUrl(body.eventsUrl)) throw new ParallelApiError('BadRequestError', 'Invalid request body. Please verify your eventsUrl');
    checkSource(ctx, body);
    if (challenge !== false) {
      const { status } = await ctx.challenge(body.eventsUrl, { body: JSON.stringify({}), timeoutMs: challengeTimeoutMs });
      if (status !== 200) throw new ParallelApiError('BadRequestError', 'Your URL does not seem to accept POST requests.');
    }
    const kind = body.type === 'PROFILE' ? 'ProfileEventSubscription' : 'PetitionEventSubscription';
    const meta: JsonObject = {
      id: toGlobalId(kind, allocate(ctx.records, kind)),
      type: body.type,
      name: body.name?.trim() || null,
      eventsUrl: body.eventsUrl,
      isEnabled: true,
      eventTypes: body.eventTypes ?? null,
      ...(body.type === 'PROFILE' ? { fromProfileTypeId: body.fromProfileTypeId ?? null } : { fromTemplateId: body.fromTemplateId ?? null }),
    };
    // null is every event *of its kind*: a PROFILE subscription never gets petition events.
    const events = body.eventTypes ?? [...(body.type === 'PROFILE' ? profileEventTypes : petitionEventTypes)];
    return c.json(toResource(ctx.subscriptions.create({ target: body.eventsUrl, events, meta })), 201);
  });

  app.delete('/subscriptions/:subscriptionId', (c) => {
    const id = c.req.param('subscriptionId');
    idParam(id, 'subscriptionId', subscriptionTypes);
    const found = ctx.subscriptions.list().find((s) => s.meta.id === id);
    if (!found) throw forbidden();
    ctx.subscriptions.delete(found.id);
    return c.body(null, 204);
  });

  return app;
}

/** Only subscriptions made through this API have a Parallel id; those added in hookbench stay there. */
const isParallels = (s: MockSubscription): boolean => typeof s.meta.id === 'string' && (s.meta.type === 'PROFILE' || s.meta.type === 'PETITION');

/** The Parallel view, following what hookbench may have changed since (URL, events, enabled). */
function toResource(s: MockSubscription): JsonObject {
  const group = s.meta.type === 'PROFILE' ? parallelGroups.Profile : parallelGroups.Petition;
  const own = (group.types as readonly string[]).filter((t) => !s.events || s.events.includes(t));
  const { id, type, name, fromTemplateId, fromProfileTypeId } = s.meta;
  return {
    id: id ?? null,
    type: type ?? null,
    name: name ?? null,
    eventsUrl: s.target,
    isEnabled: s.active,
    eventTypes: own.length === group.types.length && s.meta.eventTypes === null ? null : own,
    ...(type === 'PROFILE' ? { fromProfileTypeId: fromProfileTypeId ?? null } : { fromTemplateId: fromTemplateId ?? null }),
  };
}

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/**
 * The filter must name a template or profile type of the org (403 otherwise, as GraphQL's FORBIDDEN).
 * `fromProfileTypeId` holds by construction (the org has one profile type); `fromTemplateId` is kept
 * and shown but not applied: `emit` reaches every subscription that takes the event type.
 */
function checkSource(ctx: Ctx, body: CreateSubscription): void {
  if (body.type === 'PETITION' && body.fromTemplateId && !ctx.records.get('templates', body.fromTemplateId)) throw forbidden();
  if (body.type === 'PROFILE' && body.fromProfileTypeId && body.fromProfileTypeId !== profileTypeResource(ctx.settings().orgId, { fields: false, options: false }).id) throw forbidden();
}
