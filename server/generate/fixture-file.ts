/** @module Reading fixture files: JSON validated by a zod schema, errors naming the file and the JSON path. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { HookbenchError } from '../errors.ts';
import { parseJson } from '../util/json.ts';

/** `$`, `$.actions.Win`, `$.record.Phones[0]`: where in a fixture something is. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : `${acc}.${String(s)}`), '$');
}

/** A file as a developer would type it: relative to the working directory when under it. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

/**
 * Parses and validates one fixture's text; `source` names it in errors.
 * @example parseFixtureText(text, 'fixtures/ploomes/Deals.json', fixtureSchema)
 */
export function parseFixtureText<S extends z.ZodType>(text: string, source: string, schema: S): z.output<S> {
  const result = schema.safeParse(parseJson(text, source));
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = jsonPath(issue?.path ?? []);
  throw new HookbenchError('INVALID_TEMPLATE', `${source} at ${path}: ${issue?.message ?? 'invalid fixture'}`, { path });
}

/** The `.json` files of a folder, sorted, with the name each error should show. */
export function fixtureFiles(folder: URL | string): { name: string; file: string; source: string }[] {
  const dir = folder instanceof URL ? fileURLToPath(folder) : folder;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, file: join(dir, name), source: displayPath(join(dir, name)) }));
}
