/** @module Each provider's settings (defaults merged once) and the credentials a config file pins. */
import { zodIssuesToError } from '../util/zod-error.ts';
import type { Registry } from './registry.ts';

export interface ProviderConfig {
  settings?: Record<string, unknown> | undefined;
  credentials?: Record<string, unknown> | undefined;
}

export interface ResolvedProviderConfig {
  settings: ReadonlyMap<string, unknown>;
  pinned: Readonly<Record<string, unknown>>;
}

/**
 * Validates `providers.<id>.settings|credentials` from the config; errors name the config path and
 * never echo credential values.
 * @example resolveProviderConfig(registry, { ploomes: { settings: { accountId: 1 } } }).settings.get('ploomes')
 */
export function resolveProviderConfig(registry: Registry, config: Readonly<Record<string, ProviderConfig>>): ResolvedProviderConfig {
  for (const id of Object.keys(config)) registry.get(id, `providers.${id}`);
  const settings = new Map<string, unknown>();
  const pinned: Record<string, unknown> = {};
  for (const provider of registry.list()) {
    const entry = config[provider.id];
    const parsed = provider.settings.safeParse(entry?.settings ?? {});
    if (!parsed.success) throw zodIssuesToError(parsed.error, `providers.${provider.id}.settings`);
    settings.set(provider.id, parsed.data);
    if (entry?.credentials !== undefined) {
      const creds = provider.credentials.schema.safeParse(entry.credentials);
      if (!creds.success) throw zodIssuesToError(creds.error, `providers.${provider.id}.credentials`, { redactValues: true });
      pinned[provider.id] = creds.data;
    }
  }
  return { settings, pinned };
}
