/** @module The providers as configured: settings (defaults merged once), pinned credentials, configured catalogues. */
import { HookbenchError } from '../errors.ts';
import { isJsonObject } from '../util/json.ts';
import { zodIssuesToError } from '../util/zod-error.ts';
import type { CustomProviderConfig } from './custom/custom-provider-schema.ts';
import { loadCustomProviders } from './custom/load-custom-providers.ts';
import { builtinProviders, createRegistry, type Registry } from './registry.ts';
import type { Provider } from './types.ts';

export interface ProviderConfig {
  settings?: Record<string, unknown> | undefined;
  credentials?: Record<string, unknown> | undefined;
}

export interface ConfiguredProviders {
  registry: Registry;
  /** The workbench's settings of a provider, validated and with defaults. */
  settingsFor(providerId: string): unknown;
  /** Credentials the config file pins, by provider id, validated. */
  pinned: Readonly<Record<string, unknown>>;
}

/**
 * Validates `providers.<id>.settings|credentials` from the config (errors name the config path and
 * never echo credential values) and lets providers whose catalogue depends on settings configure it.
 * @example configureProviders({ config: { ploomes: { settings: { accountId: 1 } } } }).settingsFor('ploomes')
 */
export function configureProviders({
  providers: builtins = builtinProviders,
  config = {},
  custom,
}: {
  providers?: readonly Provider[];
  config?: Readonly<Record<string, ProviderConfig>>;
  /** User-defined providers: their config entries and the file their fixtures are relative to. */
  custom?: { entries: readonly CustomProviderConfig[]; configFile: string } | undefined;
} = {}): ConfiguredProviders {
  custom?.entries.forEach((entry, index) => {
    if (builtins.some((p) => p.id === entry.id)) {
      throw new HookbenchError('INVALID_CONFIG', `${custom.configFile} at customProviders.${index}.id: "${entry.id}" is a built-in provider; pick another id`, {
        path: `customProviders.${index}.id`,
      });
    }
    const first = custom.entries.findIndex((other) => other.id === entry.id);
    if (first < index) {
      throw new HookbenchError('INVALID_CONFIG', `${custom.configFile} at customProviders.${index}.id: "${entry.id}" is already the id of customProviders.${first}`, {
        path: `customProviders.${index}.id`,
      });
    }
  });
  const providers = custom ? [...builtins, ...loadCustomProviders(custom)] : builtins;
  const known = createRegistry(providers);
  for (const id of Object.keys(config)) known.get(id, `providers.${id}`);
  const settings = new Map<string, unknown>();
  const pinned: Record<string, unknown> = {};
  const configured = providers.map((provider) => {
    const entry = config[provider.id];
    const parsed = provider.settings.safeParse(entry?.settings ?? {});
    if (!parsed.success) throw zodIssuesToError(parsed.error, `providers.${provider.id}.settings`);
    settings.set(provider.id, parsed.data);
    if (entry?.credentials !== undefined) {
      const creds = provider.credentials.schema.safeParse(entry.credentials);
      if (!creds.success) throw zodIssuesToError(creds.error, `providers.${provider.id}.credentials`, { redactValues: true });
      pinned[provider.id] = creds.data;
    }
    return provider.configure ? provider.configure(parsed.data) : provider;
  });
  const registry = createRegistry(configured);
  return {
    registry,
    settingsFor(providerId) {
      const id = registry.get(providerId).id;
      return settings.get(id);
    },
    pinned,
  };
}

/**
 * The settings one delivery runs with: the workbench's, with the delivery's own overrides on top
 * (HubSpot's signature version per target, idloom's method per webhook), validated by the provider.
 * @example settingsWithOverrides(hubspot, base, { signatureVersion: 'v1' })
 */
export function settingsWithOverrides(provider: Provider, base: unknown, overrides: Record<string, unknown> | undefined): unknown {
  if (!overrides || Object.keys(overrides).length === 0) return base;
  const parsed = provider.settings.safeParse(mergeDeep(isJsonObject(base) ? base : {}, overrides));
  if (!parsed.success) throw zodIssuesToError(parsed.error, 'settings');
  return parsed.data;
}

/** Objects merge key by key (so `entityIds.Tasks` overrides one id); anything else is replaced. */
function mergeDeep(base: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = out[key];
    out[key] = isJsonObject(current) && isJsonObject(value) ? mergeDeep(current, value) : value;
  }
  return out;
}
