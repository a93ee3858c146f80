/**
 * @module Loads the Standard Webhooks catalogue: `fixtures/standard/events/<event>.json`, one file per
 * event named by its wire name, and `any-event.json`, the template every other name gets. An invalid
 * file fails with the file and the JSON path of the problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HookbenchError } from '../../errors.ts';
import { fromPackageRoot } from '../../package-root.ts';
import { displayPath, parseFixtureText } from '../../generate/fixture-file.ts';
import { recommendedEventName } from './event-name.ts';
import { fixtureSchema, type StandardFixture } from './fixture-schema.ts';

/** The fixtures shipped with hookbench, relative to this module. */
export const defaultFixturesFolder = fromPackageRoot('fixtures', 'standard');

export interface LoadedFixture {
  /** Where it came from, for template error messages. */
  source: string;
  fixture: StandardFixture;
}

export interface StandardFixtures {
  /** Catalogue events by wire name, in file-name order. */
  events: ReadonlyMap<string, LoadedFixture>;
  anyEvent: LoadedFixture;
}

/**
 * Reads the folder synchronously: once, at module load.
 * @example loadFixtures(defaultFixturesFolder).events.get('invoice.paid')?.fixture.description
 */
export function loadFixtures(folder: URL | string): StandardFixtures {
  const dir = typeof folder === 'string' ? folder : fileURLToPath(folder);
  const eventsDir = join(dir, 'events');
  const events = new Map<string, LoadedFixture>();
  for (const name of readdirSync(eventsDir).filter((n) => n.endsWith('.json')).sort()) {
    const event = name.slice(0, -'.json'.length);
    const source = displayPath(join(eventsDir, name));
    if (!recommendedEventName.test(event)) {
      throw new HookbenchError(
        'INVALID_TEMPLATE',
        `${source}: "${event}" is not an event name the spec recommends; name the file like user.created.json (letters, digits, _ and dots)`,
        { path: '$' },
      );
    }
    events.set(event, readFixture(join(eventsDir, name)));
  }
  return { events, anyEvent: readFixture(join(dir, 'any-event.json')) };
}

function readFixture(file: string): LoadedFixture {
  const source = displayPath(file);
  return { source, fixture: parseFixture(readFileSync(file, 'utf8'), source) };
}

/** Validates one fixture's text; `source` names it in errors. */
export function parseFixture(text: string, source: string): StandardFixture {
  const data = parseFixtureText(text, source, fixtureSchema);
  return data;
}

