/**
 * @module Writes `values` (by alias) into a stored profile, as `POST /profiles` and `PUT
 * /profiles/{id}` take them: a value, `null` or `""` to clear, or `{value, expiryDate}`; and says which
 * fields changed so the route can emit the field-level events.
 */
import { z } from 'zod';
import type { MockRecords } from '../../mock-types.ts';
import { ParallelApiError } from './api-error.ts';
import { allocateId } from './counters.ts';
import type { StoredProfile } from './profile-record.ts';
import type { ProfileTypeField } from './profile-type.ts';

const plainValue = z.union([z.null(), z.string(), z.number(), z.array(z.string())]);
/** Parallel's `UpdateProfileFieldValues` / `CreateProfile` value (schemas/core.ts). */
export const profileValueSchema = z.union([plainValue, z.object({ value: plainValue.optional(), expiryDate: z.string().nullable().optional() }).strict()]);
export const profileValuesSchema = z.record(z.string(), profileValueSchema);
export type ProfileValuesInput = z.output<typeof profileValuesSchema>;

export interface FieldChange {
  kind: 'value' | 'expiry' | 'fileRemoved';
  field: ProfileTypeField;
  expiryDate?: string | null;
  fileId?: string;
}

/**
 * Applies `input` to `profile` in place; unchanged values make no change. BadRequestError for what
 * Parallel refuses (FILE values need multipart, which the mock does not take).
 * @example applyValues({ profile, input: { p_first_name: 'Ana' }, fields, records, now }) // [{ kind: 'value', field }]
 */
export function applyValues({
  profile,
  input,
  fields,
  records,
  now,
}: {
  profile: StoredProfile;
  input: ProfileValuesInput;
  fields: readonly ProfileTypeField[];
  records: MockRecords;
  now: Date;
}): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [alias, raw] of Object.entries(input)) {
    const field = fields.find((f) => f.alias === alias);
    // Wording of Parallel's parseProfileTypeFieldInput not found [inferred].
    if (!field) throw new ParallelApiError('BadRequestError', `Unknown alias ${alias}`);
    const isObject = raw !== null && typeof raw === 'object' && !Array.isArray(raw);
    const value = isObject ? raw.value : raw;
    const expiryDate = isObject ? raw.expiryDate : undefined;
    if (expiryDate !== undefined && !field.isExpirable) throw new ParallelApiError('BadRequestError', "You can't set an expiry date on a non-expirable field");
    if (expiryDate && !/^\d{4}-\d{2}-\d{2}$/.test(expiryDate)) throw new ParallelApiError('BadRequestError', `Invalid expiryDate ${expiryDate} for ${alias}: use YYYY-MM-DD`);
    if (value !== undefined) changes.push(...writeValue({ profile, field, value, records, now }));
    // An expiry belongs to a value or files: with neither there is nothing to expire.
    const target = profile.properties[alias];
    if (expiryDate !== undefined && target && target.expiresAt !== expiryDate) {
      target.expiresAt = expiryDate;
      changes.push({ kind: 'expiry', field, expiryDate });
    }
  }
  return changes;
}

function writeValue({ profile, field, value, records, now }: { profile: StoredProfile; field: ProfileTypeField; value: z.output<typeof plainValue>; records: MockRecords; now: Date }): FieldChange[] {
  const current = profile.properties[field.alias];
  const clearing = value === null || value === '';
  if (field.type === 'FILE') {
    if (!clearing) throw new ParallelApiError('BadRequestError', `${field.alias} is a FILE field: Parallel takes files as multipart/form-data, which this mock does not accept`);
    delete profile.properties[field.alias];
    return (current?.files ?? []).map((f) => ({ kind: 'fileRemoved' as const, field, fileId: f.id }));
  }
  if (field.type === 'BACKGROUND_CHECK') throw new ParallelApiError('BadRequestError', `${field.alias} is a BACKGROUND_CHECK field: its value comes from a search, not from the API`);
  if (clearing) {
    if (!current) return [];
    delete profile.properties[field.alias];
    return [{ kind: 'value', field }];
  }
  const text = Array.isArray(value) ? value : String(value);
  if (field.options && (Array.isArray(text) || !field.options.includes(text))) {
    throw new ParallelApiError('BadRequestError', `Invalid value ${JSON.stringify(value)} for ${field.alias}: use one of ${field.options.join(', ')}`);
  }
  if (current && JSON.stringify(current.value) === JSON.stringify(text)) return [];
  profile.properties[field.alias] = {
    valueId: allocateId(records, 'ProfileFieldValue'),
    value: text,
    files: null,
    expiresAt: current?.expiresAt ?? null,
    createdAt: now.toISOString(),
  };
  return [{ kind: 'value', field }];
}
