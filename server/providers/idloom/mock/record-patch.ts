/**
 * @module Checks the fields a back-office write sets against the record they land on: known names
 * only (plus any `free_field<N>`), system fields read-only, each value of the field's JSON type.
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../../../util/json.ts';
import { IdloomApiError, invalid } from './idloom-api-error.ts';

/** Reads a JSON object body; 400 when it is not JSON, 422 when it is not an object. */
export function parseBody(text: string): JsonObject {
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new IdloomApiError(400, { message: 'The body is not valid JSON: send an object of fields, e.g. {"firstname":"Marie"}.' });
  }
  if (!isJsonObject(body)) throw invalid({ body: ['The body must be a JSON object of fields.'] });
  return body;
}

/**
 * The fields of `patch` that `template` accepts; 422 naming every refused field otherwise.
 * @example checkPatch({ firstname: 'Ana' }, guest, ['uid']) // { firstname: 'Ana' }
 */
export function checkPatch(patch: JsonObject, template: JsonObject, readOnly: readonly string[]): JsonObject {
  const errors: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(patch)) {
    const problem = readOnly.includes(name) ? 'is read-only' : fieldProblem(name, value, template);
    if (problem) errors[name] = [`The ${name} field ${problem}.`];
  }
  if (Object.keys(errors).length > 0) throw invalid(errors);
  return patch;
}

function fieldProblem(name: string, value: JsonValue, template: JsonObject): string | undefined {
  if (isJsonObject(value)) return 'must be a text, number, boolean or list';
  if (!Object.hasOwn(template, name)) {
    return /^free_field\d+$/.test(name) ? undefined : 'is not a field of this record (custom fields are free_field<N>)';
  }
  const current = template[name] ?? null;
  if (value === null || current === null) return undefined;
  if (Array.isArray(current)) return Array.isArray(value) ? undefined : 'must be a list';
  return typeof value === typeof current ? undefined : `must be a ${typeof current === 'string' ? 'text' : typeof current}`;
}

/** True when applying `patch` to `record` changes something. */
export function changes(record: JsonObject, patch: JsonObject): boolean {
  return Object.entries(patch).some(([name, value]) => JSON.stringify(record[name] ?? null) !== JSON.stringify(value));
}
