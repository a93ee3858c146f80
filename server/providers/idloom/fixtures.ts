/**
 * @module Loads and validates `fixtures/idloom/event.json` and `guest.json`. An invalid or missing file
 * fails with its name and the JSON path of the problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HookbenchError } from '../../errors.ts';
import { fromPackageRoot } from '../../package-root.ts';
import { displayPath, parseFixtureText } from '../../generate/fixture-file.ts';
import { fixtureSchema, type IdloomFixture } from './fixture-schema.ts';
import { idloomObjects, type IdloomObject } from './triggers.ts';

/** The fixtures shipped with hookbench, relative to this module. */
export const defaultFixturesFolder = fromPackageRoot('fixtures', 'idloom');

export interface LoadedFixture {
  object: IdloomObject;
  /** Where it came from, for template error messages. */
  source: string;
  fixture: IdloomFixture;
}

export type IdloomFixtures = Readonly<Record<IdloomObject, LoadedFixture>>;

/**
 * Reads `<object>.json` for each object (synchronously: once, at module load).
 * @example loadFixtures(defaultFixturesFolder).guest.fixture.triggers.update.description
 */
export function loadFixtures(folder: URL | string): IdloomFixtures {
  const dir = typeof folder === 'string' ? folder : fileURLToPath(folder);
  const load = (object: IdloomObject): LoadedFixture => {
    const file = join(dir, `${object}.json`);
    const source = displayPath(file);
    if (!existsSync(file)) {
      throw new HookbenchError('INVALID_TEMPLATE', `${source} is missing: idloom needs one fixture per object (${idloomObjects.join(', ')})`, { path: '$' });
    }
    return { object, source, fixture: parseFixture(readFileSync(file, 'utf8'), source) };
  };
  return { event: load('event'), guest: load('guest') };
}

/** Validates one fixture's text; `source` names it in errors. */
export function parseFixture(text: string, source: string): IdloomFixture {
  const data = parseFixtureText(text, source, fixtureSchema);
  return data as IdloomFixture;
}

