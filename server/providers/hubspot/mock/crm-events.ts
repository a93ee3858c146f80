/**
 * @module The webhooks a CRM write sends, as HubSpot would: for each change, one event per active
 * subscription that matches it (`contact.creation`; `contact.propertyChange` only for a subscribed
 * propertyName; `contact.deletion`; the generic `object.*` form for a subscription with the object's
 * objectTypeId), batched per event type, up to 100 events a POST, through the app's registrations.
 */
import type { JsonObject } from '../../../util/json.ts';
import type { MockContext } from '../../mock-types.ts';
import type { HubSpotCredentials } from '../credentials.ts';
import { hubspotEventId } from '../event-id.ts';
import type { HubSpotSettings } from '../settings.ts';
import { dateProperties, type CrmObjectType } from './crm-object-types.ts';
import type { CrmRecord } from './crm-record.ts';
import { webhookStore, type WebhookSubscription } from './webhook-store.ts';

type Ctx = MockContext<HubSpotCredentials, HubSpotSettings>;

export type CrmChange =
  | { action: 'creation' | 'deletion'; type: CrmObjectType; record: CrmRecord }
  | { action: 'propertyChange'; type: CrmObjectType; record: CrmRecord; changed: readonly string[] };

/** HubSpot batches up to 100 events in one POST. */
const maxBatch = 100;

// Writes made with a private app's token: HubSpot reports them as INTEGRATION (inferred; API is the
// other candidate, seen for legacy API-key writes).
const changeSource = 'INTEGRATION';

/**
 * Sends the events of `changes`; returns the hookbench delivery ids.
 * @example emitCrmChanges(ctx, [{ action: 'propertyChange', type, record, changed: ['email'] }])
 */
export function emitCrmChanges(ctx: Ctx, changes: readonly CrmChange[]): string[] {
  const appId = ctx.credentials().appId;
  const store = webhookStore(ctx.records);
  if (!store.settings(appId)) return [];
  const active = store.subscriptions(appId).filter((s) => s.active);
  const matches = changes.flatMap((change) => matching(active, change));
  if (matches.length === 0) return [];

  const settings = ctx.settings();
  const occurredAt = ctx.now().getTime();
  const eventIds = store.takeEventIds(matches.length);
  const byType = new Map<string, JsonObject[]>();
  matches.forEach(({ subscription, change, propertyName }, i) => {
    const event: JsonObject = {
      eventId: eventIds[i] ?? 0,
      subscriptionId: Number(subscription.id),
      portalId: settings.portalId,
      appId,
      occurredAt,
      subscriptionType: subscription.eventType,
      attemptNumber: 0,
      objectId: Number(change.record.id),
      ...(subscription.objectTypeId ? { objectTypeId: subscription.objectTypeId } : {}),
      ...(propertyName ? { propertyName, propertyValue: webhookValue(propertyName, change.record.properties[propertyName]) } : {}),
      changeSource,
      ...(change.action === 'creation' ? { changeFlag: settings.creationChangeFlag } : {}),
    };
    byType.set(subscription.eventType, [...(byType.get(subscription.eventType) ?? []), event]);
  });

  const deliveries: string[] = [];
  for (const [eventType, events] of byType) {
    for (let i = 0; i < events.length; i += maxBatch) {
      const batch = events.slice(i, i + maxBatch);
      deliveries.push(...ctx.emit(eventType, { payload: batch, eventId: hubspotEventId(batch) }));
    }
  }
  return deliveries;
}

interface Match {
  subscription: WebhookSubscription;
  change: CrmChange;
  propertyName?: string;
}

function matching(active: readonly WebhookSubscription[], change: CrmChange): Match[] {
  const { object, objectTypeId } = change.type;
  const takes = (s: WebhookSubscription) =>
    s.eventType === `${object}.${change.action}` || (s.eventType === `object.${change.action}` && s.objectTypeId === objectTypeId);
  if (change.action !== 'propertyChange') return active.filter(takes).map((subscription) => ({ subscription, change }));
  return change.changed.flatMap((propertyName) =>
    active.filter((s) => takes(s) && s.propertyName === propertyName).map((subscription) => ({ subscription, change, propertyName })),
  );
}

/** Webhooks carry every value as a string, datetimes in epoch milliseconds, a cleared value as "". */
function webhookValue(name: string, value: string | undefined): string {
  if (value === undefined) return '';
  if (dateProperties.has(name)) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return String(ms);
  }
  return value;
}
