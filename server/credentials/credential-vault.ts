/** @module Provider credentials: generated once, kept in the store, overridable by config. */
import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import { HookbenchError } from '../errors.ts';
import type { Registry } from '../providers/registry.ts';
import type { CredentialRepository } from '../store/credential-repository.ts';
import { zodIssuesToError } from '../util/zod-error.ts';

export interface CredentialVault {
  /** The provider's credentials; generated and stored on first use. */
  get(providerId: string): unknown;
  /** Replaces them after validation; refused when the config file pins them. */
  put(providerId: string, input: unknown): unknown;
  /** Rotates them as the provider does (Parallel: one more key, up to five), or regenerates. */
  rotate(providerId: string): unknown;
  /** Replaces them with freshly generated ones. */
  regenerate(providerId: string): unknown;
  /** What a receiver needs to verify this provider's deliveries. */
  verification(providerId: string): Record<string, string>;
  /** Where the credentials in force come from. */
  source(providerId: string): 'config' | 'store';
}

export interface CredentialVaultOptions {
  registry: Registry;
  repository: CredentialRepository;
  /** Credentials from the config file, by provider id, already validated. */
  pinned?: Readonly<Record<string, unknown>>;
  randomBytes?: (size: number) => Uint8Array;
}

export function createCredentialVault({ registry, repository, pinned = {}, randomBytes = cryptoRandomBytes }: CredentialVaultOptions): CredentialVault {
  const cache = new Map<string, unknown>();

  const get = (providerId: string): unknown => {
    if (Object.hasOwn(pinned, providerId)) return pinned[providerId];
    const cached = cache.get(providerId);
    if (cached !== undefined) return cached;
    const provider = registry.get(providerId);
    const stored = repository.get(providerId);
    let credentials: unknown;
    if (stored === undefined) {
      credentials = provider.credentials.generate(randomBytes);
      repository.put(providerId, credentials);
    } else {
      const parsed = provider.credentials.schema.safeParse(stored);
      if (!parsed.success) {
        // Never print the stored value: it is a secret.
        throw new HookbenchError(
          'STORE_ERROR',
          `the stored ${providerId} credentials no longer match what hookbench expects; replace them with PUT /api/providers/${providerId}/credentials`,
          { path: `credentials.${providerId}` },
        );
      }
      credentials = parsed.data;
    }
    cache.set(providerId, credentials);
    return credentials;
  };

  const store = (providerId: string, credentials: unknown): unknown => {
    if (Object.hasOwn(pinned, providerId)) {
      throw new HookbenchError('CONFLICT', `${providerId} credentials are set in the config file (providers.${providerId}.credentials); change them there`, {
        path: `providers.${providerId}.credentials`,
      });
    }
    repository.put(providerId, credentials);
    cache.set(providerId, credentials);
    return credentials;
  };

  return {
    get,
    put(providerId, input) {
      const provider = registry.get(providerId);
      const parsed = provider.credentials.schema.safeParse(input);
      if (!parsed.success) throw zodIssuesToError(parsed.error, 'credentials', { redactValues: true });
      return store(provider.id, parsed.data);
    },
    rotate(providerId) {
      const spec = registry.get(providerId).credentials;
      const current = get(providerId);
      return store(providerId, spec.rotate ? spec.rotate(current, randomBytes) : spec.generate(randomBytes));
    },
    regenerate(providerId) {
      return store(providerId, registry.get(providerId).credentials.generate(randomBytes));
    },
    verification: (providerId) => registry.get(providerId).credentials.verification(get(providerId)),
    source: (providerId) => (Object.hasOwn(pinned, providerId) ? 'config' : 'store'),
  };
}
