/** @module What every command starts from: resolved options and the way to reach the engine. */
import { loadConfig } from '../config/load-config.ts';
import { resolveOptions, type Flags, type ResolvedOptions } from '../config/resolve-options.ts';
import { HookbenchError, isHookbenchError } from '../errors.ts';
import { configureProviders } from '../providers/provider-config.ts';
import { createWorkbench, type Workbench } from '../workbench.ts';

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const processIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });

export function resolveCliOptions(flags: Flags & { config?: string | undefined }, io: Io): ResolvedOptions {
  const { config, file } = loadConfig({ file: flags.config, cwd: io.cwd });
  const options = resolveOptions({ flags, env: io.env, config, configFile: file, cwd: io.cwd });
  checkProviderConfig(options, file);
  return options;
}

/** Providers' settings and credentials from the config, validated now so an error names the file it is in. */
export function checkProviderConfig(options: Pick<ResolvedOptions, 'providers' | 'custom'>, file: string | undefined): void {
  if (file === undefined) return;
  try {
    configureProviders({ config: options.providers, custom: options.custom });
  } catch (e) {
    // Custom providers' errors name their file already; the built-ins' settings and credentials do not.
    if (!isHookbenchError(e) || !e.path?.startsWith('providers.') || e.message.includes(file)) throw e;
    throw new HookbenchError('INVALID_CONFIG', `${file} at ${e.path}: ${e.message.replace(`${e.path}: `, '')}`, { path: e.path });
  }
}

/** The sink URL of a server started with these options (the default target). */
export function sinkUrl(options: Pick<ResolvedOptions, 'host' | 'port'>): string {
  const host = options.host === '0.0.0.0' ? '127.0.0.1' : options.host.includes(':') ? `[${options.host}]` : options.host;
  return `http://${host}:${options.port}/sink/default`;
}

/** An in-process workbench on the same store a server with these options would use. */
export function localWorkbench(options: ResolvedOptions): Workbench {
  return createWorkbench({
    dbPath: options.db,
    defaultTarget: options.target ?? sinkUrl(options),
    timeScale: options.timeScale,
    providers: options.providers,
    custom: options.custom,
  });
}
