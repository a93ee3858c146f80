/**
 * @module Database ids for what the mock creates: one counter per global-id type, kept in the
 * `counters` collection (seeded above the seeded records, so a reset starts over consistently).
 */
import type { MockRecords } from '../../mock-types.ts';
import { toGlobalId } from '../global-id.ts';

export const countersCollection = 'counters';

/** Where each type's numbering starts when nothing was seeded [inferred: Parallel's ids are plain serials]. */
export const counterStarts: Readonly<Record<string, number>> = {
  Profile: 1000,
  Petition: 5000,
  ProfileEvent: 480_000,
  PetitionEvent: 900_000,
  ProfileFieldValue: 70_000,
  ProfileFieldFile: 30_000,
  ProfileEventSubscription: 10,
  PetitionEventSubscription: 10,
};

/**
 * The next database id of `type`, then the counter moves on.
 * @example allocate(records, 'Profile') // 1026 after 25 seeded profiles
 */
export function allocate(records: MockRecords, type: string): number {
  const current = records.get(countersCollection, type);
  const next = typeof current?.next === 'number' ? current.next : (counterStarts[type] ?? 1);
  records.put(countersCollection, type, { id: type, next: next + 1 });
  return next;
}

/** A fresh global id of `type`. */
export const allocateId = (records: MockRecords, type: string): string => toGlobalId(type, allocate(records, type));
