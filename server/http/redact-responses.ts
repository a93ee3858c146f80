/**
 * @module The control API's last word on secrets: every provider's credentials (current, and rotated-away
 * ones this process saw) scrubbed from its JSON answers, error messages included. Routes that return
 * recorded traffic redact it by header name first; this catches whatever else might echo a secret.
 */
import type { MiddlewareHandler } from 'hono';
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
    await next();
    if (shownOnPurpose.test(c.req.path) || !/^application\/json\b/i.test(c.res.headers.get('content-type') ?? '')) return;
    const text = await c.res.text();
    const { status, headers } = c.res;
    headers.delete('content-length');
    // Assigned whether or not anything changed: reading the body used it up.
    c.res = undefined;
    c.res = new Response(scrub(text), { status, headers });
  };
}
