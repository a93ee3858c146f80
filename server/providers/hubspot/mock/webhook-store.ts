/**
 * @module The app's webhook configuration as the mock keeps it, in its own store collections: the
 * settings (`targetUrl`, `throttling`) per app id, and the subscriptions (`eventType`, `propertyName`,
 * `objectTypeId`, `active`) with HubSpot's numeric ids.
 */
import type { JsonObject } from '../../../util/json.ts';
import type { MockRecords } from '../../mock-types.ts';

export interface WebhookSettings {
  appId: number;
  targetUrl: string;
  throttling: { maxConcurrentRequests: number };
  createdAt: string;
  updatedAt: string;
}

export interface WebhookSubscription {
  /** Numeric, sent as a string in REST (the SDK's SubscriptionResponse.id) and a number in events. */
  id: string;
  appId: number;
  eventType: string;
  propertyName?: string;
  objectTypeId?: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

const settingsCollection = 'webhook_settings';
const subscriptionsCollection = 'webhook_subscriptions';
const stateCollection = 'webhook_state';

/** Where subscription ids start: 7 digits, like the ids HubSpot's docs show (2451235). */
const firstSubscriptionId = 3_100_001;
/** Where event ids start: 10 digits, like HubSpot's. */
const firstEventId = 4_200_000_001;

/**
 * @example webhookStore(ctx.records).subscriptions(3412856).filter((s) => s.active)
 */
export function webhookStore(records: MockRecords) {
  const asJson = (value: object): JsonObject => value as unknown as JsonObject;
  return {
    settings: (appId: number): WebhookSettings | undefined => records.get(settingsCollection, appId) as unknown as WebhookSettings | undefined,
    putSettings: (settings: WebhookSettings): void => records.put(settingsCollection, settings.appId, asJson(settings)),
    deleteSettings: (appId: number): boolean => records.delete(settingsCollection, appId),

    subscriptions: (appId: number): WebhookSubscription[] =>
      (records.all(subscriptionsCollection) as unknown as WebhookSubscription[]).filter((s) => s.appId === appId),
    subscription(appId: number, id: string): WebhookSubscription | undefined {
      const found = records.get(subscriptionsCollection, id) as unknown as WebhookSubscription | undefined;
      return found?.appId === appId ? found : undefined;
    },
    putSubscription: (subscription: WebhookSubscription): void => records.put(subscriptionsCollection, subscription.id, asJson(subscription)),
    deleteSubscription: (id: string): boolean => records.delete(subscriptionsCollection, id),
    nextSubscriptionId: (): string => String(records.nextId(subscriptionsCollection, firstSubscriptionId)),

    /** `count` consecutive event ids, never handed out twice (kept in the store across restarts). */
    takeEventIds(count: number): number[] {
      const next = Number(records.get(stateCollection, 'eventId')?.next ?? firstEventId);
      records.put(stateCollection, 'eventId', { next: next + count });
      return Array.from({ length: count }, (_, i) => next + i);
    },
  };
}

export type WebhookStore = ReturnType<typeof webhookStore>;

/** The REST shape of a subscription (GET /webhooks/v3/{appId}/subscriptions). */
export function subscriptionResponse({ id, eventType, propertyName, objectTypeId, active, createdAt, updatedAt }: WebhookSubscription): JsonObject {
  return {
    id,
    eventType,
    ...(propertyName !== undefined ? { propertyName } : {}),
    ...(objectTypeId !== undefined ? { objectTypeId } : {}),
    active,
    createdAt,
    updatedAt,
  };
}

/** The REST shape of the settings (GET /webhooks/v3/{appId}/settings). */
export function settingsResponse({ targetUrl, throttling, createdAt, updatedAt }: WebhookSettings): JsonObject {
  return { targetUrl, throttling: { maxConcurrentRequests: throttling.maxConcurrentRequests }, createdAt, updatedAt };
}
