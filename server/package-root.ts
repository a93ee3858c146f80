/** @module Where hookbench's own files are (fixtures, the built inspector, package.json), from its sources or a build. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Walks up rather than counting "../": compiled modules sit one folder deeper (dist/server/…) than sources.
function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'fixtures'))) return dir;
    if (dirname(dir) === dir) throw new Error(`hookbench cannot find its package root above ${start}`);
  }
}

export const packageRoot = findRoot(dirname(fileURLToPath(import.meta.url)));

/**
 * @example fromPackageRoot('fixtures', 'ploomes') // '/…/hookbench/fixtures/ploomes'
 */
export const fromPackageRoot = (...parts: string[]): string => join(packageRoot, ...parts);
