/** @module The provider registry: built-ins in one list, user-defined ones added at start-up. */
import { HookbenchError, listNames } from '../errors.ts';
import { hubspot } from './hubspot/index.ts';
import { ploomes } from './ploomes/index.ts';
import { idloom } from './idloom/index.ts';
import { parallel } from './parallel/index.ts';
import { standard } from './standard/index.ts';
import { connectif } from './connectif/index.ts';
import type { EventSpec, Provider } from './types.ts';

/** Every built-in provider. Adding one is one line here plus its own folder. */
export const builtinProviders: readonly Provider[] = [ploomes, parallel, standard, hubspot, connectif, idloom];

export interface Registry {
  list(): readonly Provider[];
  /** The provider, or UNKNOWN_PROVIDER naming the known ones. */
  get(id: string, path?: string): Provider;
  /** The event's spec, or UNKNOWN_EVENT naming the provider's events. */
  event(provider: Provider, event: string, path?: string): EventSpec;
}

/**
 * @example createRegistry().get('ploomes').catalogue['Contacts.Update']
 */
export function createRegistry(providers: readonly Provider[] = builtinProviders): Registry {
  const byId = new Map<string, Provider>();
  for (const p of providers) {
    if (byId.has(p.id)) throw new HookbenchError('CONFLICT', `two providers are named "${p.id}"`, { path: 'providers' });
    byId.set(p.id, p);
  }
  return {
    list: () => [...byId.values()],
    get(id, path = 'provider') {
      const provider = byId.get(id);
      if (!provider) {
        throw new HookbenchError('UNKNOWN_PROVIDER', `unknown provider "${id}"; known: ${listNames([...byId.keys()])}`, { path });
      }
      return provider;
    },
    event(provider, event, path = 'event') {
      const spec = Object.hasOwn(provider.catalogue, event) ? provider.catalogue[event] : validName(event) ? provider.anyEvent : undefined;
      if (!spec) {
        const known = listNames(Object.keys(provider.catalogue));
        throw new HookbenchError('UNKNOWN_EVENT', `unknown event "${event}" for ${provider.id}; known: ${known}`, { path });
      }
      return spec;
    },
  };
}

/** A user-chosen event name: printable, no spaces, at most 200 characters. */
const validName = (name: string): boolean => /^[\x21-\x7e]{1,200}$/.test(name);
