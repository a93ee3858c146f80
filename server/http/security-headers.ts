/**
 * @module Response headers that keep each part of the origin in its lane: the inspector under a strict
 * CSP, the API's JSON never rendered or embedded, and whatever the sink and mock APIs answer inert.
 */
import type { MiddlewareHandler } from 'hono';

/**
 * No inline script, no inline style, nothing from elsewhere. Vite emits only external module scripts,
 * and Lit adopts its styles as constructed stylesheets, which CSP does not govern; dynamic styles go
 * through CSSOM (styleMap), which it does not govern either.
 */
export const inspectorCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // 'self' covers ws:// to the same host and port (CSP 3): the inspector's WebSocket.
  "connect-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * A page served from /sink or /mock shares the inspector's origin, and `?body=` says what it contains:
 * sandboxed (an opaque origin, no script) and allowed nothing, it cannot act as the inspector.
 */
export const inertCsp = "sandbox; default-src 'none'; frame-ancestors 'none'";

const common = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

const headersFor = {
  inspector: { ...common, 'Content-Security-Policy': inspectorCsp, 'X-Frame-Options': 'DENY', 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Resource-Policy': 'same-origin' },
  // Other sites may not even embed the API's answers (<script src>, <img src>): Chromium drops them unread.
  api: { ...common, 'Content-Security-Policy': inertCsp, 'Cross-Origin-Resource-Policy': 'same-origin' },
  // Receivers and integrations anywhere read these, so no Cross-Origin-Resource-Policy.
  inert: { ...common, 'Content-Security-Policy': inertCsp },
} as const;

/**
 * @example app.use('/sink/*', securityHeaders('inert'))
 */
export function securityHeaders(kind: keyof typeof headersFor): MiddlewareHandler {
  const headers = Object.entries(headersFor[kind]);
  return async function securityHeadersMiddleware(c, next) {
    // Set before the answer exists, they go into every response Hono makes (c.json, c.body, errors);
    // set after, each c.header() re-created the finished response with a body stream.
    for (const [name, value] of headers) c.header(name, value);
    await next();
    // A route that returned a Response of its own (a file, a stream) did not take them.
    for (const [name, value] of headers) if (c.res.headers.get(name) !== value) c.header(name, value);
  };
}
