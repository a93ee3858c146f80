import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HookbenchError } from '../../errors.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../util/json.ts';
import { fromGlobalId } from './global-id.ts';
import { parallel } from './index.ts';

const now = new Date('2026-05-04T10:20:30.456Z');
const seeds = [0, 1, 2, 3, 42, 2024, 99_999];
const settings = parallel.settings.parse({});
const generate = (type: string, seed: number, extra: { set?: Record<string, JsonValue>; settings?: Record<string, unknown> } = {}) =>
  parallel.generate(type, { seed, now, set: extra.set ?? {}, settings: parallel.settings.parse(extra.settings ?? {}) });
const body = (type: string, seed: number, extra = {}) => generate(type, seed, extra).payload as JsonObject;

/** A global id of `type` (the codec itself is checked against the research file in global-id.test.ts). */
const isGlobalId = (text: string, type: string) => {
  try {
    return fromGlobalId(text, type).id > 0;
  } catch {
    return false;
  }
};
const gid = (type: string) => z.string().refine((s) => isGlobalId(s, type), `a ${type} global id`);
const user = gid('User');
const access = gid('PetitionAccess');
const field = gid('ProfileTypeField');
const alias = z.string().regex(/^p_[a-z_]+$/);
const signer = z.strictObject({ firstName: z.string().min(1), lastName: z.string().min(1), email: z.email() });
const replyBy = { petitionAccessId: access.nullable(), userId: user.nullable(), petitionFieldId: gid('PetitionField'), petitionFieldReplyId: gid('PetitionFieldReply') };
const permission = z.enum(['READ', 'WRITE']);
const tags = { userId: user, tagIds: z.array(gid('Tag')).min(1), tagNames: z.array(z.string().min(1)).min(1) };
const approval = { userId: user, approvalRequestStepId: gid('PetitionApprovalRequestStep') };
const relationship = { userId: user.nullable(), integrationId: gid('OrgIntegration').nullable(), profileRelationshipId: gid('ProfileRelationship'), profileRelationshipTypeId: gid('ProfileRelationshipType'), relationshipAlias: alias.nullable() };
const actor = { userId: user.nullable(), integrationId: gid('OrgIntegration').nullable() };

// `data` per event, keys in wire order: research file §1.2, else Parallel's published event schemas.
const dataShapes: Record<string, z.ZodObject | z.ZodUnion<z.ZodObject[]>> = {
  PROFILE_CREATED: z.strictObject(actor),
  PROFILE_FIELD_VALUE_UPDATED: z.strictObject({ ...actor, profileTypeFieldId: field, alias }),
  PROFILE_FIELD_FILE_ADDED: z.strictObject({ userId: user, profileTypeFieldId: field, profileFieldFileId: gid('ProfileFieldFile'), alias }),
  PROFILE_FIELD_FILE_REMOVED: z.strictObject({ userId: user, profileTypeFieldId: field, profileFieldFileId: gid('ProfileFieldFile'), alias }),
  PROFILE_FIELD_EXPIRY_UPDATED: z.strictObject({ ...actor, profileTypeFieldId: field, expiryDate: z.iso.date().nullable(), alias }),
  PETITION_ASSOCIATED: z.strictObject({ petitionId: gid('Petition'), userId: user }),
  PETITION_DISASSOCIATED: z.strictObject({ petitionId: gid('Petition'), petitionAccessId: access.nullable(), userId: user.nullable() }),
  PROFILE_CLOSED: z.strictObject({ userId: user }),
  PROFILE_SCHEDULED_FOR_DELETION: z.strictObject({ userId: user }),
  PROFILE_REOPENED: z.strictObject({ userId: user }),
  PROFILE_ANONYMIZED: z.strictObject({}),
  PROFILE_UPDATED: z.strictObject({ ...actor, profileTypeFieldIds: z.array(field).min(1).nullable() }),
  PROFILE_RELATIONSHIP_CREATED: z.strictObject(relationship),
  PROFILE_RELATIONSHIP_REMOVED: z.strictObject({ ...relationship, reason: z.literal('PROFILE_DELETED') }),
  PROFILE_FIELD_VALUE_MONITORED: z.strictObject({ profileTypeFieldId: field }),
  PETITION_CREATED: z.strictObject({ userId: user }),
  PETITION_COMPLETED: z.union([z.strictObject({ userId: user }), z.strictObject({ petitionAccessId: access })]),
  ACCESS_ACTIVATED: z.strictObject({ petitionAccessId: access, userId: user }),
  ACCESS_DEACTIVATED: z.union([
    z.strictObject({ petitionAccessId: access, userId: user, reason: z.literal('DEACTIVATED_BY_USER') }),
    z.strictObject({ petitionAccessId: access, userId: z.null(), reason: z.literal('EMAIL_BOUNCED') }),
  ]),
  ACCESS_OPENED: z.strictObject({ petitionAccessId: access }),
  MESSAGE_SCHEDULED: z.strictObject({ petitionMessageId: gid('PetitionMessage') }),
  MESSAGE_CANCELLED: z.union([
    z.strictObject({ userId: user, petitionMessageId: gid('PetitionMessage'), reason: z.literal('CANCELLED_BY_USER') }),
    z.strictObject({ userId: z.null(), petitionMessageId: gid('PetitionMessage'), reason: z.literal('EMAIL_BOUNCED') }),
  ]),
  MESSAGE_SENT: z.strictObject({ petitionMessageId: gid('PetitionMessage') }),
  REMINDER_SENT: z.strictObject({ petitionReminderId: gid('PetitionReminder') }),
  REPLY_CREATED: z.strictObject(replyBy),
  REPLY_DELETED: z.strictObject(replyBy),
  COMMENT_PUBLISHED: z.strictObject({ petitionFieldCommentId: gid('PetitionFieldComment'), petitionFieldId: gid('PetitionField').nullable() }),
  COMMENT_DELETED: z.strictObject({ petitionAccessId: access.nullable(), petitionFieldCommentId: gid('PetitionFieldComment'), petitionFieldId: gid('PetitionField').nullable(), userId: user.nullable() }),
  USER_PERMISSION_ADDED: z.strictObject({ userId: user, permissionUserId: user, permissionType: permission }),
  USER_PERMISSION_REMOVED: z.strictObject({ userId: user, permissionUserId: user }),
  USER_PERMISSION_EDITED: z.strictObject({ userId: user, permissionUserId: user, permissionType: permission }),
  OWNERSHIP_TRANSFERRED: z.strictObject({ previousOwnerId: user.nullable(), ownerId: user, userId: user }),
  PETITION_CLOSED: z.strictObject({ userId: user }),
  PETITION_CLOSED_NOTIFIED: z.strictObject({ petitionAccessId: access, userId: user }),
  PETITION_REOPENED: z.strictObject({ userId: user }),
  SIGNATURE_STARTED: z.strictObject({ petitionSignatureRequestId: gid('PetitionSignatureRequest') }),
  SIGNATURE_COMPLETED: z.strictObject({ fileUploadId: gid('FileUpload'), petitionSignatureRequestId: gid('PetitionSignatureRequest') }),
  SIGNATURE_CANCELLED: z.strictObject({
    cancelData: z.union([
      z.strictObject({ userId: user }),
      z.strictObject({ canceller: signer, declineReason: z.string().min(1) }),
      z.strictObject({ error: z.string().min(1), errorCode: z.string().min(1) }),
      z.strictObject({ petitionAccessId: access }),
      z.strictObject({}),
    ]),
    cancelReason: z.enum(['CANCELLED_BY_USER', 'DECLINED_BY_SIGNER', 'REQUEST_ERROR', 'REQUEST_RESTARTED', 'REQUEST_EXPIRED']),
    petitionSignatureRequestId: gid('PetitionSignatureRequest'),
  }),
  ACCESS_DELEGATED: z.strictObject({ newPetitionAccessId: access, petitionAccessId: access }),
  REPLY_UPDATED: z.strictObject(replyBy),
  GROUP_PERMISSION_ADDED: z.strictObject({ userId: user, userGroupId: gid('UserGroup'), permissionType: permission }),
  GROUP_PERMISSION_EDITED: z.strictObject({ userId: user, userGroupId: gid('UserGroup'), permissionType: permission }),
  GROUP_PERMISSION_REMOVED: z.strictObject({ userId: user, userGroupId: gid('UserGroup') }),
  TEMPLATE_USED: z.strictObject({ userId: user, newPetitionId: gid('Petition') }),
  PETITION_CLONED: z.strictObject({ userId: user, newPetitionId: gid('Petition'), type: z.enum(['PETITION', 'TEMPLATE']) }),
  PETITION_DELETED: z.strictObject({ userId: user.nullable(), status: z.enum(['CLOSED', 'COMPLETED', 'DRAFT', 'PENDING']) }),
  REMINDERS_OPT_OUT: z.strictObject({ petitionAccessId: access, reason: z.enum(['NOT_INTERESTED', 'NOT_REQUESTED', 'WRONG_PERSON', 'NO_REMINDERS', 'OTHER']), other: z.string().nullable() }),
  ACCESS_ACTIVATED_FROM_PUBLIC_PETITION_LINK: z.strictObject({ petitionAccessId: access }),
  RECIPIENT_SIGNED: z.strictObject({ signer, petitionSignatureRequestId: gid('PetitionSignatureRequest') }),
  PETITION_MESSAGE_BOUNCED: z.strictObject({ petitionMessageId: gid('PetitionMessage') }),
  PETITION_REMINDER_BOUNCED: z.strictObject({ petitionReminderId: gid('PetitionReminder') }),
  SIGNATURE_REMINDER: z.strictObject({ petitionSignatureRequestId: gid('PetitionSignatureRequest'), userId: user }),
  SIGNATURE_OPENED: z.strictObject({ signer, petitionSignatureRequestId: gid('PetitionSignatureRequest') }),
  PETITION_ANONYMIZED: z.strictObject({}),
  REPLY_STATUS_CHANGED: z.strictObject({ status: z.enum(['APPROVED', 'REJECTED', 'PENDING']), ...replyBy }),
  PROFILE_ASSOCIATED: z.strictObject({ userId: user, profileId: gid('Profile') }),
  PROFILE_DISASSOCIATED: z.strictObject({ petitionAccessId: access.nullable(), userId: user.nullable(), profileId: gid('Profile') }),
  SIGNATURE_DELIVERED: z.strictObject({ signer, petitionSignatureRequestId: gid('PetitionSignatureRequest') }),
  PETITION_TAGGED: z.strictObject(tags),
  PETITION_UNTAGGED: z.strictObject(tags),
  CONTACTLESS_ACCESS_USED: z.strictObject({ petitionAccessId: access, contactId: gid('Contact') }),
  PETITION_APPROVAL_REQUEST_STEP_STARTED: z.strictObject(approval),
  PETITION_APPROVAL_REQUEST_STEP_APPROVED: z.strictObject(approval),
  PETITION_APPROVAL_REQUEST_STEP_REJECTED: z.strictObject(approval),
  PETITION_APPROVAL_REQUEST_STEP_SKIPPED: z.strictObject(approval),
  PETITION_APPROVAL_REQUEST_STEP_REMINDER: z.strictObject(approval),
  PETITION_APPROVAL_REQUEST_STEP_FINISHED: z.strictObject(approval),
  PETITION_APPROVAL_REQUEST_STEP_CANCELED: z.strictObject(approval),
  PETITION_SCHEDULED_FOR_DELETION: z.strictObject({ userId: user }),
  PETITION_RECOVERED_FROM_DELETION: z.strictObject({ userId: user }),
};

/** The keys of the branch of `shape` that `data` matches, in declaration order. */
function expectedKeys(shape: z.ZodObject | z.ZodUnion<z.ZodObject[]>, data: JsonValue): string[] {
  const branches = shape instanceof z.ZodUnion ? shape.options : [shape];
  const match = branches.find((b) => b.safeParse(data).success);
  return Object.keys(match?.shape ?? {});
}

describe('every catalogue event', () => {
  it('has a data shape in this test', () => {
    expect(Object.keys(parallel.catalogue).sort()).toEqual(Object.keys(dataShapes).sort());
  });

  describe.each(Object.keys(dataShapes))('%s', (type) => {
    const isProfile = parallel.catalogue[type]?.group === 'Profile';
    const subjectKey = isProfile ? 'profileId' : 'petitionId';

    it.each(seeds)('is a Parallel envelope in wire order for seed %i', (seed) => {
      const { eventId, payload } = generate(type, seed);
      const b = payload as JsonObject;
      expect(Object.keys(b)).toEqual(['id', subjectKey, 'type', 'data', 'createdAt']);
      expect(fromGlobalId(String(b.id), isProfile ? 'ProfileEvent' : 'PetitionEvent').id).toBeGreaterThanOrEqual(100_000);
      expect(fromGlobalId(String(b[subjectKey]), isProfile ? 'Profile' : 'Petition').id).toBeGreaterThan(0);
      expect(b.type).toBe(type);
      expect(b.createdAt).toBe('2026-05-04T10:20:30.456Z');
      expect(eventId).toBe(b.id);
    });

    it.each(seeds)('has the documented data, keys in wire order, for seed %i', (seed) => {
      const data = body(type, seed).data as JsonObject;
      const shape = dataShapes[type];
      if (!shape) throw new Error(`no shape for ${type}`);
      expect(shape.safeParse(data).error?.issues ?? []).toEqual([]);
      expect(Object.keys(data)).toEqual(expectedKeys(shape, data).filter((k) => k in data));
    });
  });
});

describe('parallel generate', () => {
  const profileEvents = Object.keys(parallel.catalogue).filter((t) => parallel.catalogue[t]?.group === 'Profile');

  it('shows one profile through every profile event of one seed, each event with its own id', () => {
    const bodies = profileEvents.map((t) => body(t, 7));
    expect(new Set(bodies.map((b) => b.profileId)).size).toBe(1);
    expect(new Set(bodies.map((b) => b.id)).size).toBe(bodies.length);
  });

  it("draws users and integrations from the org's settings", () => {
    const custom = { userIds: [501], integrationIds: [77] };
    for (const seed of seeds) {
      const data = body('PROFILE_CREATED', seed, { settings: custom }).data as JsonObject;
      if (data.userId !== null) expect(fromGlobalId(String(data.userId), 'User').id).toBe(501);
      if (data.integrationId !== null) expect(fromGlobalId(String(data.integrationId), 'OrgIntegration').id).toBe(77);
    }
  });

  it('gives each field alias one profileTypeFieldId, orgId × 100 + its position', () => {
    const idOf = new Map<string, string>();
    for (const seed of [...seeds, 5, 6, 8, 9, 10, 11, 12]) {
      for (const type of ['PROFILE_FIELD_VALUE_UPDATED', 'PROFILE_FIELD_FILE_ADDED', 'PROFILE_FIELD_EXPIRY_UPDATED']) {
        const data = body(type, seed).data as JsonObject;
        const known = idOf.get(String(data.alias));
        if (known) expect(data.profileTypeFieldId).toBe(known);
        idOf.set(String(data.alias), String(data.profileTypeFieldId));
        expect(Math.floor(fromGlobalId(String(data.profileTypeFieldId), 'ProfileTypeField').id / 100)).toBe(settings.orgId);
      }
    }
    expect(new Set(idOf.values()).size).toBe(idOf.size);
    const other = body('PROFILE_FIELD_FILE_ADDED', 1, { settings: { orgId: 4242 } }).data as JsonObject;
    expect(Math.floor(fromGlobalId(String(other.profileTypeFieldId), 'ProfileTypeField').id / 100)).toBe(4242);
  });

  it('covers every cancelReason of SIGNATURE_CANCELLED with the cancelData it implies', () => {
    const cancelData: Record<string, string[][]> = {
      CANCELLED_BY_USER: [['userId']],
      DECLINED_BY_SIGNER: [['canceller', 'declineReason']],
      REQUEST_ERROR: [['error', 'errorCode']],
      REQUEST_RESTARTED: [['petitionAccessId'], ['userId']],
      REQUEST_EXPIRED: [[]],
    };
    const seen = new Set<string>();
    for (let seed = 0; seed < 60; seed++) {
      const data = body('SIGNATURE_CANCELLED', seed).data as JsonObject;
      const reason = String(data.cancelReason);
      expect(cancelData[reason]).toContainEqual(Object.keys(data.cancelData as JsonObject));
      seen.add(reason);
    }
    expect([...seen].sort()).toEqual(Object.keys(cancelData).sort());
  });

  it('writes signers in the data language', () => {
    const es = (body('SIGNATURE_OPENED', 3).data as JsonObject).signer;
    const en = (body('SIGNATURE_OPENED', 3, { settings: { locale: 'en' } }).data as JsonObject).signer;
    expect(es).not.toEqual(en);
    const reasons = (locale: string) =>
      Array.from({ length: 40 }, (_, seed) => (body('SIGNATURE_CANCELLED', seed, { settings: { locale } }).data as JsonObject).cancelData)
        .filter(isJsonObject)
        .map((d) => d.declineReason)
        .filter(Boolean);
    expect(reasons('es').join(' ')).toMatch(/condiciones|documento|persona/);
    expect(reasons('en').join(' ')).toMatch(/terms|document|person/);
  });

  it('applies --set paths, and an overridden id becomes the event id', () => {
    const { eventId, payload } = generate('PROFILE_CLOSED', 1, { set: { 'data.userId': 'custom', id: 'myEventId' } });
    expect(eventId).toBe('myEventId');
    expect((payload as JsonObject).data).toEqual({ userId: 'custom' });
  });

  it('refuses an unknown event, naming some known ones', () => {
    expect(() => generate('PROFILE_DELETED', 1)).toThrow(HookbenchError);
    expect(() => generate('PROFILE_DELETED', 1)).toThrow(/unknown event "PROFILE_DELETED" for parallel; known: PROFILE_CREATED/);
  });
});
