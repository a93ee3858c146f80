import { describe, expect, it } from 'vitest';
import { parallel } from './index.ts';

// Copied from the research file §1.2 ("Full enum order" and the petition enum), not from the code.
const profileTypes =
  'PROFILE_CREATED, PROFILE_FIELD_VALUE_UPDATED, PROFILE_FIELD_FILE_ADDED, PROFILE_FIELD_FILE_REMOVED, PROFILE_FIELD_EXPIRY_UPDATED, PETITION_ASSOCIATED, PETITION_DISASSOCIATED, PROFILE_CLOSED, PROFILE_SCHEDULED_FOR_DELETION, PROFILE_REOPENED, PROFILE_ANONYMIZED, PROFILE_UPDATED, PROFILE_RELATIONSHIP_CREATED, PROFILE_RELATIONSHIP_REMOVED, PROFILE_FIELD_VALUE_MONITORED'.split(', ');
const approvalSteps = ['STARTED', 'APPROVED', 'REJECTED', 'SKIPPED', 'REMINDER', 'FINISHED', 'CANCELED'].map((s) => `PETITION_APPROVAL_REQUEST_STEP_${s}`);
const petitionTypes = [
  ...'PETITION_CREATED, PETITION_COMPLETED, ACCESS_ACTIVATED, ACCESS_DEACTIVATED, ACCESS_OPENED, MESSAGE_SCHEDULED, MESSAGE_CANCELLED, MESSAGE_SENT, REMINDER_SENT, REPLY_CREATED, REPLY_DELETED, COMMENT_PUBLISHED, COMMENT_DELETED, USER_PERMISSION_ADDED, USER_PERMISSION_REMOVED, USER_PERMISSION_EDITED, OWNERSHIP_TRANSFERRED, PETITION_CLOSED, PETITION_CLOSED_NOTIFIED, PETITION_REOPENED, SIGNATURE_STARTED, SIGNATURE_COMPLETED, SIGNATURE_CANCELLED, ACCESS_DELEGATED, REPLY_UPDATED, GROUP_PERMISSION_ADDED, GROUP_PERMISSION_EDITED, GROUP_PERMISSION_REMOVED, TEMPLATE_USED, PETITION_CLONED, PETITION_DELETED, REMINDERS_OPT_OUT, ACCESS_ACTIVATED_FROM_PUBLIC_PETITION_LINK, RECIPIENT_SIGNED, PETITION_MESSAGE_BOUNCED, PETITION_REMINDER_BOUNCED, SIGNATURE_REMINDER, SIGNATURE_OPENED, PETITION_ANONYMIZED, REPLY_STATUS_CHANGED, PROFILE_ASSOCIATED, PROFILE_DISASSOCIATED, SIGNATURE_DELIVERED, PETITION_TAGGED, PETITION_UNTAGGED, CONTACTLESS_ACCESS_USED'.split(', '),
  ...approvalSteps,
  'PETITION_SCHEDULED_FOR_DELETION',
  'PETITION_RECOVERED_FROM_DELETION',
];
// Data shapes the research file's tables give (§1.2); the others come from Parallel's published schemas.
const researchShapes = [
  ...profileTypes,
  ...'PETITION_CREATED, PETITION_COMPLETED, PETITION_CLOSED, PETITION_REOPENED, ACCESS_ACTIVATED, ACCESS_DEACTIVATED, ACCESS_OPENED, ACCESS_DELEGATED, REPLY_CREATED, REPLY_UPDATED, REPLY_DELETED, COMMENT_PUBLISHED, COMMENT_DELETED, MESSAGE_SENT, MESSAGE_SCHEDULED, MESSAGE_CANCELLED, REMINDER_SENT, OWNERSHIP_TRANSFERRED, SIGNATURE_STARTED, SIGNATURE_COMPLETED, SIGNATURE_CANCELLED, SIGNATURE_DELIVERED, SIGNATURE_OPENED'.split(', '),
];

describe('parallel catalogue', () => {
  it('lists the 15 profile events, then the 55 petition events, in the order of Parallel\'s enums', () => {
    expect(profileTypes).toHaveLength(15);
    expect(petitionTypes).toHaveLength(55);
    expect(Object.keys(parallel.catalogue)).toEqual([...profileTypes, ...petitionTypes]);
  });

  it.each([
    ['Profile', 'PROFILE', profileTypes],
    ['Petition', 'PETITION', petitionTypes],
  ])('groups the %s events and names their subscription type %s', (group, subscription, types) => {
    for (const type of types) expect(parallel.catalogue[type]).toMatchObject({ group, meta: { subscription } });
  });

  it('says where each data shape comes from', () => {
    for (const [type, spec] of Object.entries(parallel.catalogue)) {
      expect(spec.meta?.dataShape, type).toBe(researchShapes.includes(type) ? 'research' : 'openapi');
    }
  });

  it('describes every event in one line', () => {
    for (const [type, spec] of Object.entries(parallel.catalogue)) expect(spec.description, type).toMatch(/^[A-Z][^\n]{10,120}$/);
  });
});
