/**
 * @module Loads and validates `fixtures/parallel/*.json`, one file per subscription kind, named after
 * its group (`Profile.json`, `Petition.json`). An invalid file fails with the file and the JSON path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HookbenchError } from '../../errors.ts';
import { fromPackageRoot } from '../../package-root.ts';
import { displayPath, parseFixtureText } from '../../generate/fixture-file.ts';
import { isEventOf, isParallelGroup, parallelGroupNames, type ParallelGroup } from './event-types.ts';
import { fixtureSchema, type ParallelFixture } from './fixture-schema.ts';

/** The fixtures shipped with hookbench, relative to this module. */
export const defaultFixturesFolder = fromPackageRoot('fixtures', 'parallel');

export interface LoadedFixture {
  group: ParallelGroup;
  /** Where it came from, for template error messages. */
  source: string;
  fixture: ParallelFixture;
}

/**
 * Reads every `<Group>.json` of `folder` (synchronously: once, at module load).
 * @example loadFixtures(defaultFixturesFolder).Profile?.fixture.events.PROFILE_CLOSED?.description
 */
export function loadFixtures(folder: URL | string): Partial<Record<ParallelGroup, LoadedFixture>> {
  const dir = typeof folder === 'string' ? folder : fileURLToPath(folder);
  const out: Partial<Record<ParallelGroup, LoadedFixture>> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = join(dir, name);
    const source = displayPath(file);
    const group = name.slice(0, -'.json'.length);
    if (!isParallelGroup(group)) {
      throw new HookbenchError('INVALID_TEMPLATE', `${source}: name the file after a subscription kind: ${parallelGroupNames.map((g) => `${g}.json`).join(' or ')}`, { path: '$' });
    }
    out[group] = { group, source, fixture: parseFixture(readFileSync(file, 'utf8'), source, group) };
  }
  return out;
}

/** Validates one fixture's text; `source` names it in errors; every event must be one of `group`'s types. */
export function parseFixture(text: string, source: string, group: ParallelGroup): ParallelFixture {
  const data = parseFixtureText(text, source, fixtureSchema);
  for (const type of Object.keys(data.events)) {
    if (!isEventOf(group, type)) {
      const path = `$.events.${type}`;
      throw new HookbenchError('INVALID_TEMPLATE', `${source} at ${path}: "${type}" is not a Parallel ${group.toLowerCase()} event type (see event-types.ts)`, { path });
    }
  }
  return data as ParallelFixture;
}

/** `$.events.PROFILE_CLOSED.data`, as template.ts writes paths. */

