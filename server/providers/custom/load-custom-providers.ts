/** @module Reads `customProviders[]` from the config: validates each entry and loads its fixture files. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { HookbenchError } from '../../errors.ts';
import { jsonHazard, type JsonValue } from '../../util/json.ts';
import type { Provider } from '../types.ts';
import type { CustomProviderConfig } from './custom-provider-schema.ts';
import { defineCustomProvider } from './define-custom-provider.ts';
import { signingScheme } from './signing-scheme.ts';

export interface LoadCustomProvidersInput {
  /** The `customProviders` of the config, as validated with it. */
  entries: readonly CustomProviderConfig[];
  /** The config file: fixture paths are relative to its folder, and errors name it. */
  configFile: string;
}

/**
 * @example loadCustomProviders({ entries: config.customProviders ?? [], configFile: '/app/hookbench.config.json' })
 */
export function loadCustomProviders({ entries, configFile }: LoadCustomProvidersInput): Provider[] {
  return entries.map((config, index) => {
    const at = `customProviders.${index}`;
    const fixtures: Record<string, JsonValue> = {};
    const sources: Record<string, string> = {};
    for (const [event, spec] of Object.entries(config.events)) {
      const file = resolve(dirname(configFile), spec.fixture);
      sources[event] = file;
      fixtures[event] = readFixture(file, `${at}.events.${event}.fixture`, configFile);
    }
    const provider = defineCustomProvider({ config, fixtures, sources, scheme: signingScheme(config.signing) });
    // Render every fixture once now, so a bad placeholder is a start-up error naming the file, not a failed delivery.
    for (const event of Object.keys(config.events)) {
      provider.generate(event, { seed: 0, now: new Date(0), set: {}, settings: {} });
    }
    return provider;
  });
}

function readFixture(file: string, path: string, configFile: string): JsonValue {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new HookbenchError('INVALID_CONFIG', `${configFile} at ${path}: cannot read fixture ${file} (${e instanceof Error ? e.message : String(e)})`, { path });
  }
  let value: JsonValue;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch (e) {
    throw new HookbenchError('INVALID_CONFIG', `${file} (${path}) is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { path });
  }
  const hazard = jsonHazard(value, '$');
  if (hazard) throw new HookbenchError('INVALID_CONFIG', `${file} (${path}) at ${hazard.path}: ${hazard.message}`, { path });
  return value;
}
