/** @module hookbench's own version, from package.json. */
import { readFileSync } from 'node:fs';
import { fromPackageRoot } from './package-root.ts';

export const version: string = (JSON.parse(readFileSync(fromPackageRoot('package.json'), 'utf8')) as { version: string }).version;
