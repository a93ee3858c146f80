/** @module Reads a Retry-After header (seconds or an HTTP date) into milliseconds. */

/** Longer waits than this are taken as this: a receiver cannot park a delivery for days. */
const maxRetryAfterMs = 24 * 60 * 60 * 1000;

/**
 * @example retryAfterMs({ 'Retry-After': '120' }, new Date()) // 120000
 */
export function retryAfterMs(headers: Readonly<Record<string, string>>, now: Date): number | undefined {
  const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === 'retry-after');
  const value = entry?.[1].trim();
  if (!value) return undefined;
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now.getTime();
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(0, ms), maxRetryAfterMs);
}
