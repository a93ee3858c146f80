/** @module Reads an OData resource path: `Contacts`, `Contacts(123)`, `Deals(7)/Win`, `Webhooks@Actions`. */

export interface ResourcePath {
  /** The set, with its `@` sub-collection when there is one (`Fields@Entities`). */
  set: string;
  id?: number;
  action?: string;
}

const pattern = /^\/?([A-Za-z]+(?:@[A-Za-z]+)*)(?:\((\d+)\))?(?:\/([A-Za-z]+))?\/?$/;

/**
 * Undefined for anything else.
 * @example parseResourcePath('Deals(501090282)/Win') // { set: 'Deals', id: 501090282, action: 'Win' }
 */
export function parseResourcePath(path: string): ResourcePath | undefined {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const m = pattern.exec(decoded);
  if (!m) return undefined;
  const [, set, id, action] = m;
  return { set: set as string, ...(id !== undefined ? { id: Number(id) } : {}), ...(action !== undefined ? { action } : {}) };
}
