/** @module Checks one delivery against a case's expectations; each failure says what was expected and seen. */
import type { Delivery } from '../delivery/types.ts';
import { isJsonObject, type JsonValue } from '../util/json.ts';
import type { Expectation } from './suite-schema.ts';

export interface ExpectationFailure {
  /** Where in the case the unmet expectation is, e.g. "expect.status". */
  path: string;
  message: string;
  deliveryId: string;
}

type StatusPattern = number | string;

/** Whether `status` matches 200, "200", "2xx" or a list of them. */
export function statusMatches(status: number | undefined, expected: StatusPattern | StatusPattern[]): boolean {
  if (status === undefined) return false;
  return (Array.isArray(expected) ? expected : [expected]).some((pattern) =>
    typeof pattern === 'number' || /^\d+$/.test(pattern) ? Number(pattern) === status : Math.floor(status / 100) === Number(pattern[0]),
  );
}

/**
 * Objects match when every expected key matches; arrays element by element (same length); the rest by
 * equality.
 * @example jsonContains({ ok: true, id: 'x' }, { ok: true }) // true
 */
export function jsonContains(actual: JsonValue | undefined, expected: JsonValue): boolean {
  if (isJsonObject(expected)) {
    return isJsonObject(actual) && Object.entries(expected).every(([key, value]) => Object.hasOwn(actual, key) && jsonContains(actual[key], value));
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((value, i) => jsonContains(actual[i], value));
  }
  return actual === expected;
}

/**
 * @example evaluateExpectation(delivery, { status: '2xx', maxMs: 3000 }, 'expect') // [] when met
 */
export function evaluateExpectation(delivery: Delivery, expect: Expectation, at = 'expect'): ExpectationFailure[] {
  const failures: ExpectationFailure[] = [];
  const fail = (key: string, message: string) => failures.push({ path: `${at}.${key}`, message, deliveryId: delivery.id });
  const last = delivery.attempts.at(-1);
  const response = last?.response;
  const seen = response ? `${response.status}${last?.error ? ` (then ${last.error.code})` : ''}` : (last?.error?.code ?? 'no attempt');

  if (expect.status !== undefined && (!statusMatches(response?.status, expect.status) || last?.error)) {
    fail('status', `expected ${JSON.stringify(expect.status)}, got ${seen}${last?.error && !response ? `: ${last.error.message}` : ''}`);
  }
  if (expect.maxMs !== undefined && (last?.durationMs ?? Infinity) > expect.maxMs) {
    fail('maxMs', `expected an answer within ${expect.maxMs} ms, took ${last?.durationMs ?? '∞'} ms`);
  }
  if (expect.attempts !== undefined && delivery.attempts.length !== expect.attempts) {
    fail('attempts', `expected ${expect.attempts} attempts, made ${delivery.attempts.length}`);
  }
  if (expect.delivered !== undefined && (delivery.status === 'succeeded') !== expect.delivered) {
    fail('delivered', `expected the delivery to ${expect.delivered ? 'succeed' : 'fail'}; it ${delivery.status}`);
  }
  for (const [name, matcher] of Object.entries(expect.headers ?? {})) {
    const value = Object.entries(response?.headers ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
    const ok = value !== undefined && (typeof matcher === 'string' ? value === matcher : new RegExp(matcher.regex).test(value));
    if (!ok) fail(`headers.${name}`, `expected ${name}: ${typeof matcher === 'string' ? matcher : `/${matcher.regex}/`}, got ${value === undefined ? 'no such header' : value}`);
  }
  const text = response && response.bodyEncoding === 'utf8' ? response.body : undefined;
  if (expect.bodyMatches !== undefined && (text === undefined || !new RegExp(expect.bodyMatches).test(text))) {
    fail('bodyMatches', `expected the body to match /${expect.bodyMatches}/, got ${preview(text)}`);
  }
  if (expect.body !== undefined) {
    const parsed = parseJsonOrUndefined(text);
    if (parsed === undefined) fail('body', `expected a JSON body containing ${JSON.stringify(expect.body)}, got ${preview(text)}`);
    else if (!jsonContains(parsed, expect.body)) fail('body', `expected the JSON body to contain ${JSON.stringify(expect.body)}, got ${preview(text)}`);
  }
  return failures;
}

function parseJsonOrUndefined(text: string | undefined): JsonValue | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

const preview = (text: string | undefined) => (text === undefined ? 'no text body' : JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text));
