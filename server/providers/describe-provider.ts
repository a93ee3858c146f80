/** @module A provider as catalogues show it (API, CLI, UI): what it sends, how it signs, how it retries, what it lets you set. */
import { z } from 'zod';
import type { Provider } from './types.ts';

const settingsSchemas = new WeakMap<Provider, unknown>();

/** The JSON Schema of a provider's settings (what a delivery may override), built once per provider. */
function settingsSchemaOf(provider: Provider): unknown {
  let schema = settingsSchemas.get(provider);
  if (schema === undefined) {
    schema = z.toJSONSchema(provider.settings, { io: 'input', unrepresentable: 'any' });
    settingsSchemas.set(provider, schema);
  }
  return schema;
}

/**
 * @example describeProvider(ploomes, settingsFor('ploomes')).events[0].name // 'Contacts.Create'
 */
export function describeProvider(provider: Provider, settings?: unknown) {
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
      ...(provider.policy.maxConcurrency ? { maxConcurrency: provider.policy.maxConcurrency } : {}),
      ...(provider.policy.honorsRetryAfter ? { honorsRetryAfter: true } : {}),
    },
    ...(provider.anyEvent ? { anyEvent: provider.anyEvent } : {}),
    events: Object.entries(provider.catalogue).map(([name, spec]) => ({ name, ...spec })),
    ...(settings === undefined ? {} : { settings: { schema: settingsSchemaOf(provider), values: settings } }),
  };
}
export type ProviderDescription = ReturnType<typeof describeProvider>;
