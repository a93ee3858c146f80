/** @module Reads suites from files, folders and globs; an invalid suite names its file, case and path. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { z } from 'zod';
import { HookbenchError } from '../errors.ts';
import { zodIssuesToError } from '../util/zod-error.ts';
import { eventCaseSchema, scenarioCaseSchema, suiteSchema, type Suite } from './suite-schema.ts';

export interface LoadedSuite {
  file: string;
  suite: Suite;
}

/**
 * Every suite the arguments name: files, folders (their *.json, recursively) and glob patterns.
 * @example loadSuites(['fixtures/suites/'], process.cwd())
 */
export function loadSuites(patterns: readonly string[], cwd: string): LoadedSuite[] {
  if (patterns.length === 0) throw new HookbenchError('INVALID_INPUT', 'name at least one suite: a file, a folder or a glob like "suites/*.json"', { path: 'SUITE' });
  const files = new Set<string>();
  for (const pattern of patterns) {
    const full = resolve(cwd, pattern);
    const matches = existsSync(full)
      ? statSync(full).isDirectory()
        ? globSync('**/*.json', { cwd: full, absolute: true })
        : [full]
      : globSync(pattern, { cwd, absolute: true });
    if (matches.length === 0) throw new HookbenchError('INVALID_INPUT', `no suite matches "${pattern}" (from ${cwd})`, { path: pattern });
    matches.sort().forEach((file) => files.add(file));
  }
  return [...files].map((file) => ({ file, suite: parseSuite(readJson(file), file) }));
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new HookbenchError('INVALID_INPUT', `${file} is not a readable JSON suite: ${e instanceof Error ? e.message : String(e)}`, { path: file });
  }
}

const suiteShape = suiteSchema.extend({ cases: z.array(z.unknown()).min(1) });

/**
 * Validates a suite; each case is checked as the kind it says it is (an event, or a scenario), so
 * errors point into the case rather than at "no union member matched".
 */
export function parseSuite(value: unknown, where: string): Suite {
  const shape = suiteShape.safeParse(value);
  if (!shape.success) throw located(where, zodIssuesToError(shape.error, '', { wholeInput: '$' }));
  const cases = shape.data.cases.map((raw, i) => {
    const schema = typeof raw === 'object' && raw !== null && 'scenario' in raw ? scenarioCaseSchema : eventCaseSchema;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const name = typeof raw === 'object' && raw !== null && 'name' in raw ? ` ("${String(raw.name)}")` : '';
      throw located(`${where} case ${i}${name}`, zodIssuesToError(parsed.error, `cases.${i}`));
    }
    return parsed.data;
  });
  return { ...shape.data, cases };
}

function located(where: string, error: HookbenchError): HookbenchError {
  return new HookbenchError('INVALID_INPUT', `${where}: ${error.message}`, { path: error.path });
}
