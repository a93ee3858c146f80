/** @module A provider as catalogues show it (API, CLI, UI): what it sends, how it signs, how it retries. */
import type { Provider } from './types.ts';

export function describeProvider(provider: Provider) {
  return {
    id: provider.id,
    name: provider.name,
    description: provider.description,
    locale: provider.locale,
    auth: provider.auth,
    policy: {
      timeoutMs: provider.policy.timeoutMs,
      retryDelaysMs: provider.policy.retryDelaysMs,
      retryNote: provider.policy.retryNote,
    },
    events: Object.entries(provider.catalogue).map(([name, spec]) => ({ name, ...spec })),
  };
}
export type ProviderDescription = ReturnType<typeof describeProvider>;
