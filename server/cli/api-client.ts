/** @module Talks to a running hookbench server over its control API. */
import { HookbenchError, type ErrorCode } from '../errors.ts';

export interface ApiClient {
  baseUrl: string;
  /** What every request carries: the access token, when one was given. */
  headers: Record<string, string>;
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
}

interface ErrorResponse {
  error?: { code?: string; message?: string; path?: string };
}

export function apiClient(baseUrl: string, { token }: { token?: string | undefined } = {}): ApiClient {
  const headers: Record<string, string> = token === undefined ? {} : { Authorization: `Bearer ${token}` };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const data = (await response.json().catch(() => ({}))) as T & ErrorResponse;
    if (!response.ok) {
      const error = data.error ?? {};
      throw new HookbenchError((error.code ?? 'INTERNAL') as ErrorCode, error.message ?? `${method} ${path} answered ${response.status}`, {
        path: error.path,
      });
    }
    return data;
  };
  return { baseUrl, headers, get: (path) => call('GET', path), post: (path, body) => call('POST', path, body) };
}

/**
 * The hookbench server answering at host:port, or undefined when nothing (or something else) does.
 * A hookbench that wants a token it was not given is an error, not a reason to work without it.
 * @example const api = await findServer({ host: '127.0.0.1', port: 4400, token: process.env.HOOKBENCH_TOKEN })
 */
export async function findServer({ host, port, token, timeoutMs = 800 }: { host: string; port: number; token?: string | undefined; timeoutMs?: number }): Promise<ApiClient | undefined> {
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const baseUrl = `http://${urlHost}:${port}`;
  const api = apiClient(baseUrl, { token });
  let health: { name?: string } & ErrorResponse;
  let status: number;
  try {
    const response = await fetch(`${baseUrl}/api/health`, { headers: api.headers, signal: AbortSignal.timeout(timeoutMs) });
    status = response.status;
    health = (await response.json()) as typeof health;
  } catch {
    return undefined;
  }
  if (status === 401 && health.error?.code === 'UNAUTHORIZED') {
    throw new HookbenchError(
      'UNAUTHORIZED',
      token === undefined
        ? `the hookbench at ${baseUrl} requires its access token: pass --token or set HOOKBENCH_TOKEN (its start-up banner prints the token)`
        : `the hookbench at ${baseUrl} refused the access token given (--token or HOOKBENCH_TOKEN): its start-up banner prints the one it expects`,
      { path: '--token' },
    );
  }
  return health.name === 'hookbench' ? api : undefined;
}
