/**
 * @module Connectif contacts: the ContactPatch resource (documented: system fields start with `_`,
 * anything else is a custom field id) and how a patch lands on a stored contact. GET answers the
 * stored contact: `_email` and every field it has [the GET shape is inferred].
 */
import { z } from 'zod';
import type { JsonObject } from '../../../util/json.ts';

export const emailStatuses = ['active', 'bounced', 'paused', 'banned'] as const;
export const phoneStatuses = ['active', 'bounced', 'paused'] as const;
export const subscriptionStatuses = ['subscribed', 'unsubscribed', 'none'] as const;

const isoDate = z.iso.datetime({ offset: true }).or(z.iso.date());
/** Custom fields: text, e-mail, date, radio and phone as strings; booleans; numbers; checkboxes as string lists. */
const customValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);

const systemFields = {
  _name: z.string().max(200).nullable(),
  _surname: z.string().max(200).nullable(),
  _birthdate: isoDate.nullable(),
  _mobilePhone: z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be a phone number in international format (+34612345678)').nullable(),
  _mobilePhoneStatus: z.enum(phoneStatuses),
  _emailStatus: z.enum(emailStatuses),
  _newsletterSubscriptionStatus: z.enum(subscriptionStatuses),
  _smsSubscriptionStatus: z.enum(subscriptionStatuses),
  _points: z.number().int(),
};

/** ContactPatch: the system fields, plus custom fields whose ids do not start with `_`. */
export const contactPatchSchema = z
  .object(systemFields)
  .partial()
  .catchall(customValue)
  .superRefine((patch, ctx) => {
    for (const key of Object.keys(patch)) {
      if (key.startsWith('_') && !Object.hasOwn(systemFields, key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `is not a contact field here; system fields are ${Object.keys(systemFields).join(', ')}` });
      }
    }
  });

/** ContactPatchByEmail adds `_externalId`. */
export const contactPatchByEmailSchema = z
  .object({ ...systemFields, _externalId: z.string().min(1).max(200).nullable() })
  .partial()
  .catchall(customValue)
  .superRefine((patch, ctx) => {
    for (const key of Object.keys(patch)) {
      if (key.startsWith('_') && key !== '_externalId' && !Object.hasOwn(systemFields, key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `is not a contact field here; system fields are _externalId, ${Object.keys(systemFields).join(', ')}` });
      }
    }
  });

export const emailSchema = z.email();

/** The contact a patch creates when the e-mail is new [defaults inferred]. */
export function newContact(email: string): JsonObject {
  return {
    _email: email,
    _name: null,
    _surname: null,
    _birthdate: null,
    _mobilePhone: null,
    _mobilePhoneStatus: 'active',
    _emailStatus: 'active',
    _newsletterSubscriptionStatus: 'none',
    _smsSubscriptionStatus: 'none',
    _points: 0,
    _externalId: null,
  };
}

/**
 * The contact after `patch`; with `onlyEmpty` (imports' updateOnlyEmptyFields) only fields it has no value for.
 * @example applyContactPatch(contact, { _points: 10 }) // { …contact, _points: 10 }
 */
export function applyContactPatch(contact: JsonObject, patch: JsonObject, { onlyEmpty = false } = {}): JsonObject {
  const next = { ...contact };
  for (const [key, value] of Object.entries(patch)) {
    const current = next[key];
    if (onlyEmpty && current !== undefined && current !== null && current !== '') continue;
    next[key] = value;
  }
  return next;
}

/** The store's key of a contact: its e-mail, lower-cased (addresses are case-insensitive in practice). */
export const contactKey = (email: string) => email.trim().toLowerCase();
