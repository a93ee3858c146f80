/** @module Middleware: tells the store how many requests run side by side (it spaces commits only while they overlap). */
import type { MiddlewareHandler } from 'hono';
import type { OverlapWatch } from '../store/overlap-watch.ts';

/**
 * A request counts from its arrival until its answer is ready to leave (its writes committed).
 * @example app.use('*', watchOverlap(store.overlap), commitBeforeReply(store))
 */
export function watchOverlap(watch: Pick<OverlapWatch, 'begin'>): MiddlewareHandler {
  return async function watchOverlapMiddleware(_c, next) {
    const end = watch.begin('requests');
    try {
      await next();
    } finally {
      end();
    }
  };
}
