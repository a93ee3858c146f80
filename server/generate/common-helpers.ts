/**
 * @module Template helpers any provider can reuse: dates, GUIDs, slugs, money arithmetic, lookups.
 *
 * | helper | returns |
 * |---|---|
 * | `clock.now`, `clock.past({"days":N})`, `clock.recent`, `clock.future`, `clock.between({"from","to"})` | dates in the provider's format |
 * | `id.guid` | an uppercase GUID, as .NET writes them |
 * | `text.slug("Moraes Logística")` | `moraes-logistica` |
 * | `money.total({"quantity","unitPrice","discount"})`, `money.sum([...])` | amounts rounded to cents |
 * | `json.get(obj, "key")` | one field of a `$vars` object |
 */
import { HookbenchError } from '../errors.ts';
import { isJsonObject, type JsonValue } from '../util/json.ts';
import { clockHelpers, type ClockHelperOptions } from './clock-helpers.ts';
import { mergeHelpers } from './merge-helpers.ts';
import type { TemplateHelper } from './template.ts';

export type CommonHelperOptions = ClockHelperOptions;

/**
 * The options are read at each call, as clockHelpers reads them.
 * @example commonHelpers({ faker, now, formatDate: (d) => d.toISOString(), parseDate: (s) => new Date(s) })['id.guid']()
 */
export function commonHelpers(options: CommonHelperOptions): Record<string, TemplateHelper> {
  return mergeHelpers(clockHelpers(options), {
    'id.guid': () => options.faker.string.uuid().toUpperCase(),
    'text.slug': (text) => slug(String(text ?? '')),
    'money.total': (line) => lineTotal(line),
    'money.sum': (...values) => roundCents(values.flat().reduce<number>((acc, v) => acc + number('money.sum', v), 0)),
    'json.get': (value, key) => get(value, key),
  });
}

/** Rounds to cents, so amounts print with at most two decimals. */
export function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}

// Slugged texts repeat (company and event names drawn from short lists): Unicode normalisation and three
// regexes per call showed in the profile of every provider that builds URLs.
const slugs = new Map<string, string>();
const slugsKept = 10_000;

/** @example slug('Moraes Logística S.A.') // 'moraes-logistica-s-a' */
export function slug(text: string): string {
  // Most names are ASCII letters and digits only, which slugOf just lower-cases: quicker than a lookup
  // in a map this size, and they leave its room to the rest.
  if (isAsciiAlphanumeric(text)) return text.toLowerCase();
  let found = slugs.get(text);
  if (found === undefined) {
    if (slugs.size >= slugsKept) slugs.clear();
    slugs.set(text, (found = slugOf(text)));
  }
  return found;
}

function isAsciiAlphanumeric(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 0-9, A-Z, a-z
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function lineTotal(line: JsonValue | undefined): number {
  if (!isJsonObject(line)) throw helperError('money.total', 'pass {"quantity":…,"unitPrice":…,"discount":…}');
  const quantity = number('money.total', line.quantity ?? 1);
  const unitPrice = number('money.total', line.unitPrice);
  const discount = number('money.total', line.discount ?? 0);
  return roundCents(quantity * unitPrice * (1 - discount / 100));
}

function number(name: string, value: JsonValue | undefined): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw helperError(name, `${JSON.stringify(value)} is not a number`);
  return value;
}

function get(value: JsonValue | undefined, key: JsonValue | undefined): JsonValue {
  const found = Array.isArray(value)
    ? value[Number(key)]
    : isJsonObject(value) && typeof key === 'string' && Object.hasOwn(value, key)
      ? value[key]
      : undefined;
  if (found === undefined) throw helperError('json.get', `${JSON.stringify(value)} has no ${JSON.stringify(key)}`);
  return found;
}

function helperError(name: string, message: string): HookbenchError {
  return new HookbenchError('INVALID_TEMPLATE', `${name}: ${message}`);
}
