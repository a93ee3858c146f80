/**
 * @module Connectif's internal ids look like MongoDB ObjectIds (24 hex: seconds since 1970, then 16
 * hex). Ours are derived from what they name, so the same data set gets the same ids.
 */
import { createHash } from 'node:crypto';

/**
 * @example objectId(new Date('2026-01-01T00:00:00Z'), 'contact:ana@gmail.com') // '6955b900' + 16 hex
 */
export function objectId(at: Date, name: string): string {
  const seconds = Math.floor(at.getTime() / 1000).toString(16).padStart(8, '0');
  return `${seconds}${createHash('sha1').update(name).digest('hex').slice(0, 16)}`;
}

/**
 * An id for something whose creation time the mock does not know (a contact's `contactId` on purchases).
 * @example stableId('contact:ana@gmail.com').length // 24
 */
export function stableId(name: string): string {
  return createHash('sha1').update(name).digest('hex').slice(0, 24);
}
