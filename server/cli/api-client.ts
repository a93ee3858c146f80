/** @module Talks to a running hookbench server over its control API. */
import { HookbenchError, type ErrorCode } from '../errors.ts';

export interface ApiClient {
  baseUrl: string;
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
}

interface ErrorResponse {
  error?: { code?: string; message?: string; path?: string };
}

export function apiClient(baseUrl: string): ApiClient {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
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
  return { baseUrl, get: (path) => call('GET', path), post: (path, body) => call('POST', path, body) };
}

/**
 * The hookbench server answering at host:port, or undefined when nothing (or something else) does.
 * @example const api = await findServer({ host: '127.0.0.1', port: 4400 })
 */
export async function findServer({ host, port, timeoutMs = 800 }: { host: string; port: number; timeoutMs?: number }): Promise<ApiClient | undefined> {
  const urlHost = host === '0.0.0.0' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const baseUrl = `http://${urlHost}:${port}`;
  try {
    const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(timeoutMs) });
    const health = (await response.json()) as { name?: string };
    return health.name === 'hookbench' ? apiClient(baseUrl) : undefined;
  } catch {
    return undefined;
  }
}
