/**
 * @module The Parallel webhook body (`mapProfileEvent` / `mapPetitionEvent` in eventMapper.ts):
 * `{id, profileId | petitionId, type, data, createdAt}`, in that order, sent as `JSON.stringify(event)`.
 */
import type { JsonObject } from '../../util/json.ts';
import { parallelGroups, type ParallelGroup } from './event-types.ts';
import { toGlobalId } from './global-id.ts';

export interface EnvelopeInput {
  group: ParallelGroup;
  type: string;
  /** The event's database id (`ProfileEvent:<n>` / `PetitionEvent:<n>`). */
  eventNumber: number;
  /** The profile's or parallel's database id. */
  subjectNumber: number;
  data: JsonObject;
  /** The event's creation time: written as ISO-8601 UTC with milliseconds, as `Date` serialises. */
  createdAt: Date;
}

/**
 * @example buildEnvelope({ group: 'Profile', type: 'PROFILE_CLOSED', eventNumber: 48213, subjectNumber: 1042, data, createdAt }).id // '4LXfhJbyUPJfvTBsrX8VbiH6A'
 */
export function buildEnvelope({ group, type, eventNumber, subjectNumber, data, createdAt }: EnvelopeInput): JsonObject {
  const { eventType, subjectKey, subjectType } = parallelGroups[group];
  return {
    id: toGlobalId(eventType, eventNumber),
    [subjectKey]: toGlobalId(subjectType, subjectNumber),
    type,
    data,
    createdAt: createdAt.toISOString(),
  };
}
