/** @module Reads hookbench.config.json (optional unless named) and validates it, naming file and path. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HookbenchError } from '../errors.ts';
import { configSchema, type Config } from './config-schema.ts';

export const defaultConfigFile = 'hookbench.config.json';

/**
 * The config in `file`, or in ./hookbench.config.json when it exists, or `{}`.
 * @example loadConfig({ file: undefined, cwd: process.cwd() })
 */
export function loadConfig({ file, cwd = process.cwd() }: { file?: string | undefined; cwd?: string }): { config: Config; file?: string } {
  const path = resolve(cwd, file ?? defaultConfigFile);
  if (!existsSync(path)) {
    if (file === undefined) return { config: {} };
    throw new HookbenchError('INVALID_CONFIG', `config file ${file} does not exist`, { path: '--config' });
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new HookbenchError('INVALID_CONFIG', `${path} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { path: '$' });
  }
  const parsed = configSchema.safeParse(value);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const at = issue?.path.length ? issue.path.join('.') : '$';
    // Credentials are secrets: never echo what the file holds.
    const message = at.includes('credentials') ? 'invalid value' : (issue?.message ?? 'invalid');
    throw new HookbenchError('INVALID_CONFIG', `${path} at ${at}: ${message}`, { path: at });
  }
  return { config: parsed.data, file: path };
}
