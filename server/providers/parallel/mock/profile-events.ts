/**
 * @module The profile events a values write causes: one field-level event per change
 * (`PROFILE_FIELD_VALUE_UPDATED`, `…_EXPIRY_UPDATED`, `…_FILE_REMOVED`, data in the key order of
 * research §1.2), then one `PROFILE_UPDATED` summing the changed field ids (the fixture's reading of
 * Parallel's events; on create there is `PROFILE_CREATED` before them and no summary [inferred]).
 */
import type { JsonObject } from '../../../util/json.ts';
import type { MockContext } from '../../mock-types.ts';
import { emitParallelEvent } from './emit-event.ts';
import type { FieldChange } from './profile-values.ts';

export function fieldChangeEvent(change: FieldChange, userId: string): { type: string; data: JsonObject } {
  const { id: profileTypeFieldId, alias } = change.field;
  switch (change.kind) {
    case 'value':
      return { type: 'PROFILE_FIELD_VALUE_UPDATED', data: { userId, integrationId: null, profileTypeFieldId, alias } };
    case 'expiry':
      return { type: 'PROFILE_FIELD_EXPIRY_UPDATED', data: { userId, integrationId: null, profileTypeFieldId, expiryDate: change.expiryDate ?? null, alias } };
    case 'fileRemoved':
      return { type: 'PROFILE_FIELD_FILE_REMOVED', data: { userId, profileTypeFieldId, profileFieldFileId: change.fileId ?? null, alias } };
  }
}

/**
 * Emits the events of `changes` on profile `subjectNumber`; returns the delivery ids.
 * @example emitProfileChanges(ctx, { subjectNumber: 1042, changes, userId, summary: true })
 */
export function emitProfileChanges(
  ctx: Pick<MockContext, 'records' | 'emit' | 'now'>,
  { subjectNumber, changes, userId, summary }: { subjectNumber: number; changes: readonly FieldChange[]; userId: string; summary: boolean },
): string[] {
  const deliveries = changes.flatMap((change) => emitParallelEvent(ctx, { group: 'Profile', subjectNumber, ...fieldChangeEvent(change, userId) }));
  if (summary && changes.length > 0) {
    const profileTypeFieldIds = [...new Set(changes.map((c) => c.field.id))];
    deliveries.push(...emitParallelEvent(ctx, { group: 'Profile', type: 'PROFILE_UPDATED', subjectNumber, data: { userId, integrationId: null, profileTypeFieldIds } }));
  }
  return deliveries;
}
