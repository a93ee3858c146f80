/** @module The context a provider's mock routes run in: its records, subscriptions, the engine behind emit(). */
import type { Engine } from '../delivery/engine.ts';
import type { FaultsInput } from '../delivery/faults.ts';
import { faultsSchema } from '../delivery/faults.ts';
import type { CredentialVault } from '../credentials/credential-vault.ts';
import type { MockContext } from '../providers/mock-types.ts';
import type { Provider } from '../providers/types.ts';
import type { Store } from '../store/open-store.ts';
import type { JsonValue } from '../util/json.ts';
import type { RateLimiter } from './rate-limiter.ts';

export interface MockDeps {
  store: Store;
  engine: Engine;
  vault: CredentialVault;
  settingsFor(providerId: string): unknown;
  limiter: RateLimiter;
}

export function createMockContext(provider: Provider, deps: MockDeps): MockContext {
  const subscriptions = deps.store.mocks.subscriptions(provider.id);
  return {
    providerId: provider.id,
    credentials: () => deps.vault.get(provider.id),
    settings: () => deps.settingsFor(provider.id),
    records: deps.store.mocks.records(provider.id),
    subscriptions,
    emit(event, { payload, set, eventId, accept }) {
      const ids: string[] = [];
      for (const subscription of subscriptions.list()) {
        if (!subscription.active || (subscription.events && !subscription.events.includes(event))) continue;
        if (accept && !accept(subscription)) continue;
        // Faults were validated when configured; a bad stored value is skipped rather than failing the write.
        const faults = faultsSchema.safeParse(subscription.faults as FaultsInput);
        const { delivery, related } = deps.engine.submit({
          provider: provider.id,
          event,
          target: subscription.target,
          ...(payload !== undefined ? { payload } : {}),
          ...(set ? { set } : {}),
          ...(eventId !== undefined ? { eventId } : {}),
          settings: subscription.settings as Record<string, JsonValue>,
          ...(faults.success ? { faults: faults.data } : {}),
        });
        ids.push(delivery.id, ...related);
      }
      return ids;
    },
    rateLimit: (key, limit, windowMs) => deps.limiter.hit(`${provider.id}:${key}`, limit, windowMs),
    async challenge(url, { body, headers = {}, timeoutMs }) {
      try {
        const response = await fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers }, signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
        await response.arrayBuffer();
        return { status: response.status };
      } catch (e) {
        return { error: e instanceof Error ? e.message : String(e) };
      }
    },
    now: () => new Date(),
  };
}
