/**
 * @module idloom's webhook triggers: an object (event or guest) and what happened to it. The names
 * (`guest.update`) come from the issue; no idloom source confirms them (research §2.2).
 */

export const idloomObjects = ['event', 'guest'] as const;
export type IdloomObject = (typeof idloomObjects)[number];

/** `manual`: fired by name from the back office ("Sync to CRM"), not by a change. */
export const idloomActions = ['create', 'update', 'delete', 'manual'] as const;
export type IdloomAction = (typeof idloomActions)[number];

export interface IdloomTrigger {
  name: string;
  object: IdloomObject;
  action: IdloomAction;
}

/** Every trigger, events first, in catalogue order. */
export const idloomTriggers: readonly IdloomTrigger[] = idloomObjects.flatMap((object) =>
  idloomActions.map((action) => ({ name: `${object}.${action}`, object, action })),
);

/**
 * @example parseTrigger('guest.manual') // { name: 'guest.manual', object: 'guest', action: 'manual' }
 */
export function parseTrigger(name: string): IdloomTrigger | undefined {
  return idloomTriggers.find((t) => t.name === name);
}
