/**
 * @module Turns the app's webhook configuration into hookbench registrations (`ctx.subscriptions`):
 * one per event type the app subscribes to, delivering to the settings' `targetUrl`, active while
 * one of its HubSpot subscriptions is. Each is visible and configurable (faults) at
 * /api/mocks/hubspot/subscriptions; a sync keeps the faults and settings set there.
 *
 * One per event type rather than per HubSpot subscription: propertyChange subscriptions differ only
 * by propertyName, and emit() picks registrations by event name, so per-property registrations would
 * each receive every property's batch.
 */
import type { JsonObject } from '../../../util/json.ts';
import type { MockSubscription, MockSubscriptions } from '../../mock-types.ts';
import { subscriptionResponse, type WebhookStore, type WebhookSubscription } from './webhook-store.ts';

/**
 * Brings the registrations of `appId` in line with its settings and subscriptions.
 * @example syncRegistrations({ store, registrations: ctx.subscriptions, appId })
 */
export function syncRegistrations({ store, registrations, appId }: { store: WebhookStore; registrations: MockSubscriptions; appId: number }): void {
  const settings = store.settings(appId);
  const byType = new Map<string, WebhookSubscription[]>();
  for (const s of store.subscriptions(appId)) byType.set(s.eventType, [...(byType.get(s.eventType) ?? []), s]);
  const existing = registrations.list().filter((r) => r.meta.appId === appId && typeof r.meta.eventType === 'string');

  for (const [eventType, subscriptions] of byType) {
    const meta: JsonObject = { appId, eventType, subscriptions: subscriptions.map(subscriptionResponse) };
    const active = settings !== undefined && subscriptions.some((s) => s.active);
    const current = existing.find((r) => r.meta.eventType === eventType);
    if (current) registrations.update(current.id, { events: [eventType], active, meta, ...(settings ? { target: settings.targetUrl } : {}) });
    else if (settings) registrations.create({ target: settings.targetUrl, events: [eventType], active, meta });
  }
  for (const stale of existing.filter((r: MockSubscription) => !byType.has(String(r.meta.eventType)))) registrations.delete(stale.id);
}
