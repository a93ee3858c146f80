/** @module Middleware: no answer leaves before the writes it acknowledges are committed. */
import type { Context, MiddlewareHandler } from 'hono';
import type { Store } from '../store/open-store.ts';

/**
 * Writes of one event-loop turn commit together at its end, or a few ms later under load
 * (store/turn-transaction.ts); a 202 for a delivery, or the sink's answer to a request it recorded,
 * waits for that commit.
 *
 * A read of the control API sees the writes still pending too, so it may not leave before they are
 * committed either; but it commits them at once instead of waiting out the gap. Under load a write
 * is nearly always pending, and the gap's timer fires only when the busy event loop comes round to
 * it: every read waited that much longer (the soak's GET p50 5.3–5.8 → 3.2–3.5 ms, bench/soak.ts).
 * Reads are few (a person, a page, a script polling), so the commits they add are too; the gap is
 * kept for the writes that come by the hundred.
 */
export function commitBeforeReply(store: Pick<Store, 'committed' | 'commitNow'>): MiddlewareHandler {
  return async function commitBeforeReplyMiddleware(c, next) {
    await next();
    if (isControlRead(c)) store.commitNow();
    else await store.committed();
  };
}

/** The sink records every request it takes, whatever its method, and a mock API's GETs come as fast as the client sends them. */
function isControlRead(c: Context): boolean {
  return (c.req.method === 'GET' || c.req.method === 'HEAD') && c.req.path.startsWith('/api/');
}
