/**
 * @module The query string of a GET delivery: the flat record as `key=value` pairs.
 *
 * idloom does not document it. Its back end is PHP [inferred], so by default (`php`) the query is what
 * PHP's `http_build_query()` writes: nulls left out, booleans as 1/0, nested values flattened with
 * brackets (`options[0]=…`, encoded `options%5B0%5D=…`), spaces as `+`, everything but
 * `A-Za-z0-9-_.` percent-encoded. `json` keeps one parameter per top-level key, JSON-encoding nested
 * values, `true`/`false` and an empty value for null, as URLSearchParams writes them.
 */
import { isJsonObject, type JsonValue } from '../../util/json.ts';

export type GetEncoding = 'php' | 'json';

/**
 * @example buildQuery({ a: 'x y', b: null, c: [true] }, 'php') // 'a=x+y&c%5B0%5D=1'
 */
export function buildQuery(payload: JsonValue, encoding: GetEncoding): string {
  return encoding === 'php' ? phpQuery(payload) : jsonQuery(payload);
}

/**
 * `target` with `query` appended to its own query (before any fragment); unchanged when empty.
 * @example appendQuery('http://h/hook?x=1', 'a=2') // 'http://h/hook?x=1&a=2'
 */
export function appendQuery(target: string, query: string): string {
  if (query === '') return target;
  const hash = target.indexOf('#');
  const [base, fragment] = hash === -1 ? [target, ''] : [target.slice(0, hash), target.slice(hash)];
  const joiner = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${joiner}${query}${fragment}`;
}

/** PHP's urlencode(): RFC 1738 with `+` for spaces; only A-Za-z0-9-_. are left as they are. */
export function phpUrlencode(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

function phpQuery(payload: JsonValue): string {
  const pairs: string[] = [];
  const walk = (prefix: string, value: JsonValue): void => {
    if (value === null) return;
    if (Array.isArray(value) || isJsonObject(value)) {
      for (const [key, inner] of Object.entries(value)) walk(`${prefix}%5B${phpUrlencode(key)}%5D`, inner);
      return;
    }
    pairs.push(`${prefix}=${phpUrlencode(scalar(value))}`);
  };
  if (Array.isArray(payload) || isJsonObject(payload)) {
    for (const [key, value] of Object.entries(payload)) walk(phpUrlencode(key), value);
  } else {
    walk('payload', payload);
  }
  return pairs.join('&');
}

function scalar(value: string | number | boolean): string {
  return typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
}

function jsonQuery(payload: JsonValue): string {
  const params = new URLSearchParams();
  const entries = isJsonObject(payload) ? Object.entries(payload) : [['payload', payload] as const];
  for (const [key, value] of entries) {
    params.append(key, value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value));
  }
  return params.toString();
}
