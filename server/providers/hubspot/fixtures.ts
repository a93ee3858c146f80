/**
 * @module Loads and validates `fixtures/hubspot/*.json`, one per object. The legacy objects
 * (contact … line_item, conversation) must be there with their documented objectTypeIds; any other
 * object with an objectTypeId (call, task, …) joins the generic `object.*` events.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HookbenchError } from '../../errors.ts';
import { fromPackageRoot } from '../../package-root.ts';
import { displayPath, parseFixtureText } from '../../generate/fixture-file.ts';
import { fixtureSchema, type HubSpotFixture } from './fixture-schema.ts';
import { legacyObjectTypeIds } from './subscription-types.ts';

/** The fixtures shipped with hookbench, relative to this module. */
export const defaultFixturesFolder = fromPackageRoot('fixtures', 'hubspot');

export interface ObjectFixture extends HubSpotFixture {
  /** The object's wire name: `contact`, `line_item`, `call`. */
  object: string;
  /** Where it came from, for template error messages. */
  source: string;
  /** Property names in file order (without `$vars`). */
  propertyNames: string[];
}

const required: Readonly<Record<string, string | null>> = { ...legacyObjectTypeIds, conversation: null };

/**
 * Reads every `<object>.json` of `folder` (synchronously: once, at module load).
 * @example loadFixtures(defaultFixturesFolder).get('deal')?.propertyNames // ['dealname', 'amount', …]
 */
export function loadFixtures(folder: URL | string): Map<string, ObjectFixture> {
  const dir = typeof folder === 'string' ? folder : fileURLToPath(folder);
  const out = new Map<string, ObjectFixture>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = join(dir, name);
    const source = displayPath(file);
    const object = name.slice(0, -'.json'.length);
    if (!/^[a-z][a-z_]*$/.test(object)) {
      throw new HookbenchError('INVALID_TEMPLATE', `${source}: name the file after a HubSpot object in lower case, like contact.json or line_item.json`, { path: '$' });
    }
    const fixture = parseFixture(readFileSync(file, 'utf8'), source);
    const expected = required[object];
    if (expected !== undefined && fixture.objectTypeId !== expected) {
      throw new HookbenchError('INVALID_TEMPLATE', `${source} at $.objectTypeId: ${object} is ${JSON.stringify(expected)} in HubSpot`, { path: '$.objectTypeId' });
    }
    out.set(object, { ...fixture, object, source, propertyNames: Object.keys(fixture.properties).filter((k) => k !== '$vars') });
  }
  const missing = Object.keys(required).filter((object) => !out.has(object));
  if (missing.length > 0) {
    throw new HookbenchError('INVALID_TEMPLATE', `${displayPath(dir)}: every legacy object needs a fixture; missing ${missing.map((m) => `${m}.json`).join(', ')}`, { path: '$' });
  }
  return out;
}

/** Validates one fixture's text; `source` names it in errors. */
export function parseFixture(text: string, source: string): HubSpotFixture {
  const data = parseFixtureText(text, source, fixtureSchema);
  return { objectTypeId: data.objectTypeId, properties: data.properties };
}

