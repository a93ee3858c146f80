/**
 * @module Parallel's event types, in the order of its enums (`db/__types.ts`, research §1.2), and the
 * two subscription kinds they belong to. The catalogue follows this order.
 */

export const profileEventTypes = [
  'PROFILE_CREATED',
  'PROFILE_FIELD_VALUE_UPDATED',
  'PROFILE_FIELD_FILE_ADDED',
  'PROFILE_FIELD_FILE_REMOVED',
  'PROFILE_FIELD_EXPIRY_UPDATED',
  'PETITION_ASSOCIATED',
  'PETITION_DISASSOCIATED',
  'PROFILE_CLOSED',
  'PROFILE_SCHEDULED_FOR_DELETION',
  'PROFILE_REOPENED',
  'PROFILE_ANONYMIZED',
  'PROFILE_UPDATED',
  'PROFILE_RELATIONSHIP_CREATED',
  'PROFILE_RELATIONSHIP_REMOVED',
  'PROFILE_FIELD_VALUE_MONITORED',
] as const;

export const petitionEventTypes = [
  'PETITION_CREATED',
  'PETITION_COMPLETED',
  'ACCESS_ACTIVATED',
  'ACCESS_DEACTIVATED',
  'ACCESS_OPENED',
  'MESSAGE_SCHEDULED',
  'MESSAGE_CANCELLED',
  'MESSAGE_SENT',
  'REMINDER_SENT',
  'REPLY_CREATED',
  'REPLY_DELETED',
  'COMMENT_PUBLISHED',
  'COMMENT_DELETED',
  'USER_PERMISSION_ADDED',
  'USER_PERMISSION_REMOVED',
  'USER_PERMISSION_EDITED',
  'OWNERSHIP_TRANSFERRED',
  'PETITION_CLOSED',
  'PETITION_CLOSED_NOTIFIED',
  'PETITION_REOPENED',
  'SIGNATURE_STARTED',
  'SIGNATURE_COMPLETED',
  'SIGNATURE_CANCELLED',
  'ACCESS_DELEGATED',
  'REPLY_UPDATED',
  'GROUP_PERMISSION_ADDED',
  'GROUP_PERMISSION_EDITED',
  'GROUP_PERMISSION_REMOVED',
  'TEMPLATE_USED',
  'PETITION_CLONED',
  'PETITION_DELETED',
  'REMINDERS_OPT_OUT',
  'ACCESS_ACTIVATED_FROM_PUBLIC_PETITION_LINK',
  'RECIPIENT_SIGNED',
  'PETITION_MESSAGE_BOUNCED',
  'PETITION_REMINDER_BOUNCED',
  'SIGNATURE_REMINDER',
  'SIGNATURE_OPENED',
  'PETITION_ANONYMIZED',
  'REPLY_STATUS_CHANGED',
  'PROFILE_ASSOCIATED',
  'PROFILE_DISASSOCIATED',
  'SIGNATURE_DELIVERED',
  'PETITION_TAGGED',
  'PETITION_UNTAGGED',
  'CONTACTLESS_ACCESS_USED',
  'PETITION_APPROVAL_REQUEST_STEP_STARTED',
  'PETITION_APPROVAL_REQUEST_STEP_APPROVED',
  'PETITION_APPROVAL_REQUEST_STEP_REJECTED',
  'PETITION_APPROVAL_REQUEST_STEP_SKIPPED',
  'PETITION_APPROVAL_REQUEST_STEP_REMINDER',
  'PETITION_APPROVAL_REQUEST_STEP_FINISHED',
  'PETITION_APPROVAL_REQUEST_STEP_CANCELED',
  'PETITION_SCHEDULED_FOR_DELETION',
  'PETITION_RECOVERED_FROM_DELETION',
] as const;

/**
 * The two subscription kinds: each names its group in pickers, its fixture file, the envelope key of
 * its subject and the global-id types of the subject and of the event.
 */
export const parallelGroups = {
  Profile: { subscription: 'PROFILE', types: profileEventTypes, subjectKey: 'profileId', subjectType: 'Profile', eventType: 'ProfileEvent' },
  Petition: { subscription: 'PETITION', types: petitionEventTypes, subjectKey: 'petitionId', subjectType: 'Petition', eventType: 'PetitionEvent' },
} as const;

export type ParallelGroup = keyof typeof parallelGroups;
export const parallelGroupNames = Object.keys(parallelGroups) as ParallelGroup[];

export const isParallelGroup = (name: string): name is ParallelGroup => Object.hasOwn(parallelGroups, name);

/** Whether `type` is one of the group's enum values. */
export function isEventOf(group: ParallelGroup, type: string): boolean {
  return (parallelGroups[group].types as readonly string[]).includes(type);
}
