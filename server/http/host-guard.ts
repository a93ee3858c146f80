/** @module Refuses foreign Host and Origin headers (DNS rebinding, cross-site requests) on the control API, UI and WebSocket. */
import type { MiddlewareHandler } from 'hono';
import { HookbenchError } from '../errors.ts';

export interface HostGuardOptions {
  /** host:port values the server answers to, e.g. "127.0.0.1:4400", "localhost:4400". */
  allowedHosts: readonly string[];
  /** Origins allowed besides http://<allowed host> (e.g. a Vite dev server). */
  allowedOrigins?: readonly string[];
}

/** The host names that always mean "this machine" for a server listening on `port`. */
export function loopbackHosts(port: number, extraHosts: readonly string[] = []): string[] {
  return [...new Set(['127.0.0.1', 'localhost', '[::1]', ...extraHosts].map((h) => `${h}:${port}`))];
}

/**
 * The pure check, shared by the middleware and the WebSocket upgrade. Throws FORBIDDEN_HOST or
 * FORBIDDEN_ORIGIN; a request without Origin (curl, the CLI) passes the origin check.
 */
export function checkHostAndOrigin(host: string | undefined, origin: string | undefined, options: HostGuardOptions): void {
  const hosts = options.allowedHosts.map((h) => h.toLowerCase());
  if (!host || !hosts.includes(host.toLowerCase())) {
    throw new HookbenchError('FORBIDDEN_HOST', `Host "${host ?? ''}" is not this workbench (expected one of ${hosts.join(', ')}); refused to protect against DNS rebinding`, {
      path: 'headers.host',
    });
  }
  if (origin === undefined) return;
  const origins = [...hosts.map((h) => `http://${h}`), ...(options.allowedOrigins ?? []).map((o) => o.toLowerCase())];
  if (!origins.includes(origin.toLowerCase())) {
    throw new HookbenchError('FORBIDDEN_ORIGIN', `Origin "${origin}" may not use this workbench's control API; add it to allowedOrigins in hookbench.config.json if you trust it`, {
      path: 'headers.origin',
    });
  }
}

/**
 * @example app.use('/api/*', hostGuard({ allowedHosts: loopbackHosts(4400) }))
 */
export function hostGuard(options: HostGuardOptions): MiddlewareHandler {
  if (options.allowedHosts.length === 0) throw new Error('hostGuard needs at least one allowed host');
  return async function hostGuardMiddleware(c, next) {
    checkHostAndOrigin(c.req.header('host'), c.req.header('origin'), options);
    await next();
  };
}
