/**
 * @module Refuses foreign Host and Origin headers (DNS rebinding, cross-site requests) on the control API,
 * UI and WebSocket, and requires the access token when the workbench listens beyond this machine.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { HookbenchError } from '../errors.ts';
import { checkToken, sameSecret, sessionCookie, unauthorized, type AccessToken } from './access-token.ts';

export interface HostGuardOptions {
  /** host:port values the server answers to, e.g. "127.0.0.1:4400", "localhost:4400". */
  allowedHosts: readonly string[];
  /** Origins allowed besides http://<allowed host> (e.g. a Vite dev server). */
  allowedOrigins?: readonly string[];
  /** When set, every request must carry the token (bearer header or the inspector's cookie). */
  access?: AccessToken | undefined;
}

/** Request headers by lower-case name, as node (IncomingHttpHeaders) or Hono (`c.req.header()`) give them. */
export type GuardedHeaders = Readonly<Record<string, string | string[] | undefined>>;

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
 * Host, Origin, what the browser says of the request's site, then the token: everything a request
 * to the API, the inspector or the WebSocket must pass.
 */
export function checkAccess(headers: GuardedHeaders, options: HostGuardOptions): void {
  const origin = first(headers.origin);
  checkHostAndOrigin(first(headers.host), origin, options);
  // Browsers leave Origin off no-cors GETs (<img>, <script>, fetch mode no-cors), but mark them with
  // Sec-Fetch-Site; following a link to the inspector is the one cross-site request worth keeping.
  const site = first(headers['sec-fetch-site']);
  if (origin === undefined && (site === 'cross-site' || site === 'same-site') && first(headers['sec-fetch-mode']) !== 'navigate') {
    throw new HookbenchError('FORBIDDEN_ORIGIN', `a page of another site asked for this (Sec-Fetch-Site: ${site}); only the inspector may use this workbench's control API`, {
      path: 'headers.sec-fetch-site',
    });
  }
  checkToken({ authorization: first(headers.authorization), cookie: first(headers.cookie) }, options.access);
}

/**
 * @example app.use('/api/*', hostGuard({ allowedHosts: loopbackHosts(4400) }))
 * @param tokenInQuery the inspector's pages take `?token=` once (the banner's URL) and trade it for a cookie
 */
export function hostGuard(options: HostGuardOptions, { tokenInQuery = false }: { tokenInQuery?: boolean } = {}): MiddlewareHandler {
  if (options.allowedHosts.length === 0) throw new Error('hostGuard needs at least one allowed host');
  return async function hostGuardMiddleware(c, next) {
    const offered = tokenInQuery && options.access && c.req.method === 'GET' ? c.req.query('token') : undefined;
    if (offered !== undefined && options.access) return exchange(c, offered, options, options.access);
    checkAccess(c.req.header(), options);
    await next();
  };
}

/** Trades the banner URL's token for the session cookie, and takes it out of the address bar (and so out of copied links). */
function exchange(c: Context, offered: string, options: HostGuardOptions, access: AccessToken): Response {
  checkHostAndOrigin(c.req.header('host'), c.req.header('origin'), options);
  if (!sameSecret(offered, access.token)) throw unauthorized();
  const url = new URL(c.req.url);
  url.searchParams.delete('token');
  c.header('Set-Cookie', sessionCookie(access));
  c.header('Cache-Control', 'no-store');
  return c.redirect(`${url.pathname}${url.search}`, 303);
}

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
