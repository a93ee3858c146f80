/**
 * @module Turns a stored record into what a response shows: `$select`ed properties, navigation
 * properties only when `$expand`ed (nested options applied), links looked up in their own sets.
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../../../util/json.ts';
import { applyCollectionOptions } from './collection-options.ts';
import { navigations, typeNameOf, type Link, type StoredSet } from './entity-types.ts';
import type { ExpandItem, NestedOptions } from './odata/index.ts';
import { ODataQueryError } from './odata/index.ts';

/** Finds a record of a stored set by Id (the request's view of the store). */
export type Lookup = (set: StoredSet, id: JsonValue | undefined) => JsonObject | undefined;

/**
 * @example shapeRecord(contact, 'Contacts', { select: ['Id', 'Name'], expand: [{ name: 'Phones', options }], orderby: [] }, lookup)
 */
export function shapeRecord(record: JsonObject, set: StoredSet | undefined, options: Pick<NestedOptions, 'select' | 'expand'>, lookup: Lookup): JsonObject {
  const navs = set ? navigations[set] : {};
  const out = pick(record, options.select, (key) => key in navs);
  for (const item of options.expand) {
    const nav = navs[item.name];
    if (!nav) throw unknownNavigation(item.name, set, Object.keys(navs));
    if (nav.kind === 'one') {
      out[item.name] = linked(record, nav, item, lookup);
      continue;
    }
    const items = (Array.isArray(record[item.name]) ? (record[item.name] as JsonValue[]) : []).filter(isJsonObject);
    out[item.name] = applyCollectionOptions(items, item.options).map((entry) => shapeItem(entry, nav.itemLinks ?? {}, item.options, lookup));
  }
  return out;
}

function shapeItem(item: JsonObject, links: Readonly<Record<string, Link>>, options: NestedOptions, lookup: Lookup): JsonObject {
  const out = pick(item, options.select, () => false);
  for (const nested of options.expand) {
    const link = links[nested.name];
    if (!link) throw unknownNavigation(nested.name, undefined, Object.keys(links));
    out[nested.name] = linked(item, link, nested, lookup);
  }
  return out;
}

function linked(record: JsonObject, link: Link, item: ExpandItem, lookup: Lookup): JsonObject | null {
  const target = lookup(link.set, record[link.key]);
  return target ? shapeRecord(target, link.set, item.options, lookup) : null;
}

function pick(record: JsonObject, select: string[] | undefined, isNavigation: (key: string) => boolean): JsonObject {
  const out: JsonObject = {};
  // Keys, not entries: a page of Contacts is ten records of ~40 fields, and a pair per field showed in the profile.
  for (const key of Object.keys(record)) {
    if (isNavigation(key) || (select && !select.includes(key))) continue;
    out[key] = record[key] as JsonValue;
  }
  return out;
}

function unknownNavigation(name: string, set: StoredSet | undefined, known: string[]): ODataQueryError {
  const on = set ? ` on type '${typeNameOf(set)}'` : '';
  return new ODataQueryError(`$expand: could not find a navigation property named '${name}'${on}; expandable: ${known.join(', ') || 'none'}`);
}
