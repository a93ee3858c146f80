/**
 * @module Loads and validates `fixtures/ploomes/*.json`, one file per entity, named after it.
 * An invalid file fails with the file and the JSON path of the problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HookbenchError } from '../../errors.ts';
import { fromPackageRoot } from '../../package-root.ts';
import { displayPath, parseFixtureText } from '../../generate/fixture-file.ts';
import { fixtureSchema, type PloomesFixture } from './fixture-schema.ts';
import { isPloomesEntity, ploomesEntities, type PloomesEntity } from './ids.ts';

/** The fixtures shipped with hookbench, relative to this module. */
export const defaultFixturesFolder = fromPackageRoot('fixtures', 'ploomes');

export type PloomesFixtures = Partial<Record<PloomesEntity, PloomesFixture>>;

export interface LoadedFixture {
  entity: PloomesEntity;
  /** Where it came from, for template error messages. */
  source: string;
  fixture: PloomesFixture;
}

/**
 * Reads every `<Entity>.json` of `folder` (synchronously: once, at module load).
 * @example loadFixtures(defaultFixturesFolder).Deals?.fixture.actions.Win?.description
 */
export function loadFixtures(folder: URL | string): Partial<Record<PloomesEntity, LoadedFixture>> {
  const dir = typeof folder === 'string' ? folder : fileURLToPath(folder);
  const out: Partial<Record<PloomesEntity, LoadedFixture>> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = join(dir, name);
    const source = displayPath(file);
    const entity = name.slice(0, -'.json'.length);
    if (!isPloomesEntity(entity)) {
      throw new HookbenchError('INVALID_TEMPLATE', `${source}: "${entity}" is not a Ploomes entity; name the file after one of ${ploomesEntities.join(', ')}`, { path: '$' });
    }
    out[entity] = { entity, source, fixture: parseFixture(readFileSync(file, 'utf8'), source) };
  }
  return out;
}

/** Validates one fixture's text; `source` names it in errors. */
export function parseFixture(text: string, source: string): PloomesFixture {
  const data = parseFixtureText(text, source, fixtureSchema);
  return data as PloomesFixture;
}

/** `$.record.$oneOf[1].Id`, as template.ts writes paths. */

