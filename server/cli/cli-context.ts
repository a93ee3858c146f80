/** @module What every command starts from: resolved options and the way to reach the engine. */
import { loadConfig } from '../config/load-config.ts';
import { resolveOptions, type Flags, type ResolvedOptions } from '../config/resolve-options.ts';
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
  return resolveOptions({ flags, env: io.env, config, configFile: file, cwd: io.cwd });
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
