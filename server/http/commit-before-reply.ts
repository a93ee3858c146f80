/** @module Middleware: no answer leaves before the writes it acknowledges are committed. */
import type { MiddlewareHandler } from 'hono';
import type { Store } from '../store/open-store.ts';

/**
 * Writes of one event-loop turn commit together at its end, or a few ms later under load
 * (store/turn-transaction.ts); a 202 for a delivery, or the sink's answer to a request it recorded,
 * waits for that commit. Reads pass at once.
 */
export function commitBeforeReply(store: Pick<Store, 'committed'>): MiddlewareHandler {
  return async function commitBeforeReplyMiddleware(_c, next) {
    await next();
    await store.committed();
  };
}
