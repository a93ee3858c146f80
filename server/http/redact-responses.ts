/**
 * @module The control API's last word on secrets: every provider's credentials (current, and rotated-away
 * ones this process saw) scrubbed from its JSON answers, error messages included. Routes that return
 * recorded traffic redact it by header name first; this catches whatever else might echo a secret.
 */
import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Redactor } from '../export/redact.ts';

/** Where credentials are shown on purpose (the inspector's settings), and the export, redacted as it streams. */
const shownOnPurpose = /^\/api\/(providers\/[^/]+\/credentials(\/[^/]+)?|export)\/?$/;

/**
 * @example api.use('*', redactResponses(bench.redactor))
 */
export function redactResponses(redactor: Redactor, { accessToken }: { accessToken?: string | undefined } = {}): MiddlewareHandler {
  // The access token too: a path or query that carries it (a mistaken paste) is echoed by 404s and 422s.
  const scrub = (text: string) => {
    const out = redactor.everywhere(text);
    return accessToken === undefined ? out : out.split(accessToken).join('<redacted:access-token>');
  };
  return async function redactResponsesMiddleware(c, next) {
    if (shownOnPurpose.test(c.req.path)) return next();
    // JSON written through c.json (routes and onError alike) is scrubbed as it is serialised: reading a
    // finished answer back turns it into a full web Response with a body stream, 4 % of the server's
    // time at 500 deliveries/s. Whatever else answers JSON is still read back below.
    const scrubbed = new WeakSet<Response>();
    // c.json's own arguments and defaults (Hono: body, status or init, headers, JSON by default).
    const json = (object: unknown, arg?: ContentfulStatusCode | ResponseInit, headers?: Record<string, string | string[]>) => {
      const res = c.body(scrub(JSON.stringify(object)), arg as ContentfulStatusCode, { 'Content-Type': 'application/json', ...headers });
      scrubbed.add(res);
      return res;
    };
    // The cast is only Hono's compile-time tag on typed responses: the value is a JSON Response as c.json makes.
    c.json = json as unknown as typeof c.json;
    await next();
    if (scrubbed.has(c.res) || !/^application\/json\b/i.test(c.res.headers.get('content-type') ?? '')) return;
    const text = await c.res.text();
    const { status, headers } = c.res;
    headers.delete('content-length');
    // Assigned whether or not anything changed: reading the body used it up.
    c.res = undefined;
    c.res = new Response(scrub(text), { status, headers });
  };
}
