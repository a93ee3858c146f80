/** @module Flags over environment over config file over defaults, merged once. */
import { isAbsolute, resolve } from 'node:path';
import { targetSchema } from '../delivery/delivery-input.ts';
import { HookbenchError } from '../errors.ts';
import { defaultStorePath } from '../store/open-store.ts';
import type { Config } from './config-schema.ts';

export const defaults = { host: '127.0.0.1', port: 4400, db: defaultStorePath, timeScale: 1 } as const;

export interface ResolvedOptions {
  host: string;
  port: number;
  db: string;
  target: string | undefined;
  timeScale: number;
  allowedOrigins: string[];
  /** The access token to require (serve) or present (the other commands); never read from the config file, which gets shared. */
  token: string | undefined;
  providers: NonNullable<Config['providers']>;
  /** User-defined providers and the config file their fixture paths are relative to. */
  custom: CustomProviders | undefined;
}

export interface CustomProviders {
  entries: NonNullable<Config['customProviders']>;
  configFile: string;
}

export interface Flags {
  host?: string | undefined;
  port?: string | undefined;
  db?: string | undefined;
  target?: string | undefined;
  timeScale?: string | undefined;
  token?: string | undefined;
}

/**
 * @example resolveOptions({ flags: { port: '4500' }, env: process.env, config: {} }).port // 4500
 */
export function resolveOptions({
  flags,
  env,
  config,
  configFile,
  cwd = process.cwd(),
}: {
  flags: Flags;
  env: NodeJS.ProcessEnv;
  config: Config;
  configFile?: string | undefined;
  cwd?: string;
}): ResolvedOptions {
  const port = flags.port ?? env.HOOKBENCH_PORT;
  const timeScale = flags.timeScale ?? env.HOOKBENCH_TIME_SCALE;
  return {
    host: flags.host ?? env.HOOKBENCH_HOST ?? config.host ?? defaults.host,
    port: port === undefined ? (config.port ?? defaults.port) : parsePort(port, flags.port ? '--port' : 'HOOKBENCH_PORT'),
    db: storePath(flags.db ?? env.HOOKBENCH_DB ?? config.db ?? defaults.db, cwd),
    target: flags.target !== undefined ? checkTarget(flags.target, '--target') : env.HOOKBENCH_TARGET ? checkTarget(env.HOOKBENCH_TARGET, 'HOOKBENCH_TARGET') : config.target,
    timeScale: timeScale === undefined ? (config.timeScale ?? defaults.timeScale) : parseTimeScale(timeScale, flags.timeScale ? '--time-scale' : 'HOOKBENCH_TIME_SCALE'),
    allowedOrigins: config.allowedOrigins ?? [],
    token: flags.token ?? (env.HOOKBENCH_TOKEN || undefined),
    providers: config.providers ?? {},
    custom: config.customProviders?.length && configFile ? { entries: config.customProviders, configFile } : undefined,
  };
}

/** A relative store path means relative to where the command runs, not to wherever node started. */
function storePath(path: string, cwd: string): string {
  return path === ':memory:' || isAbsolute(path) ? path : resolve(cwd, path);
}

function parsePort(text: string, where: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new HookbenchError('INVALID_INPUT', `${where} "${text}" is not a port (0–65535)`, { path: where });
  }
  return port;
}

function checkTarget(text: string, where: string): string {
  if (!targetSchema.safeParse(text).success) throw new HookbenchError('INVALID_INPUT', `${where} "${text}" must be an http:// or https:// URL`, { path: where });
  return text;
}

function parseTimeScale(text: string, where: string): number {
  const scale = Number(text);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1000) {
    throw new HookbenchError('INVALID_INPUT', `${where} "${text}" is not a time scale: a number above 0, e.g. 0.001`, { path: where });
  }
  return scale;
}
