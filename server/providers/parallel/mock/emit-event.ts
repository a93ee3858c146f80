/**
 * @module Turns a write into Parallel's webhook: the exact envelope `{id, profileId|petitionId, type,
 * data, createdAt}` (envelope.ts, the same builder the generators use) with a fresh `ProfileEvent` /
 * `PetitionEvent` id, kept in the `events` collection and handed to every subscription that takes it.
 */
import type { JsonObject } from '../../../util/json.ts';
import type { MockContext } from '../../mock-types.ts';
import { buildEnvelope } from '../envelope.ts';
import { parallelGroups, type ParallelGroup } from '../event-types.ts';
import { allocate } from './counters.ts';

export const eventsCollection = 'events';

export interface EmitInput {
  group: ParallelGroup;
  type: string;
  /** The profile's or parallel's database id. */
  subjectNumber: number;
  /** `data` in the key order of Parallel's mapProfileEventPayload / mapPetitionEventPayload. */
  data: JsonObject;
}

/**
 * @example emitParallelEvent(ctx, { group: 'Profile', type: 'PROFILE_CLOSED', subjectNumber: 1042, data: { userId } }) // delivery ids
 */
export function emitParallelEvent(ctx: Pick<MockContext, 'records' | 'emit' | 'now'>, { group, type, subjectNumber, data }: EmitInput): string[] {
  const envelope = buildEnvelope({ group, type, eventNumber: allocate(ctx.records, parallelGroups[group].eventType), subjectNumber, data, createdAt: ctx.now() });
  ctx.records.put(eventsCollection, String(envelope.id), envelope);
  return ctx.emit(type, { payload: envelope, eventId: String(envelope.id) });
}
