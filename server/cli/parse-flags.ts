/** @module Command-line flags through node:util parseArgs, with errors that name the flag. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { HookbenchError } from '../errors.ts';

export type FlagSpec = NonNullable<ParseArgsConfig['options']>;

/** Flags every command that reaches a server or the store understands. */
export const connectionFlags = {
  host: { type: 'string' },
  port: { type: 'string' },
  db: { type: 'string' },
  config: { type: 'string' },
  /** The running server's access token, when it listens beyond this machine (also HOOKBENCH_TOKEN). */
  token: { type: 'string' },
} as const satisfies FlagSpec;

export function parseFlags<const O extends FlagSpec>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    const message = e instanceof Error ? e.message.replace(/\. To specify a positional argument.*$/s, '') : String(e);
    throw new HookbenchError('INVALID_INPUT', `${message}\n\n${usage}`, { path: 'argv' });
  }
}

/** The positional at `index`, or a usage error naming it. */
export function positional(positionals: string[], index: number, name: string, usage: string): string {
  const value = positionals[index];
  if (value === undefined || value === '') throw new HookbenchError('INVALID_INPUT', `missing ${name}\n\n${usage}`, { path: name });
  return value;
}
