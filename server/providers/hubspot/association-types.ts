/**
 * @module The HUBSPOT_DEFINED association types an associationChange event can carry: the pair of
 * objects, the legacy `associationType` name and the numeric `associationTypeId` (ids as in the
 * official SDK's `AssociationTypes` enum; `primaryTypeId` where HubSpot has a "primary" label).
 */

export interface AssociationType {
  from: string;
  to: string;
  /** Unlabelled association; `primaryTypeId` is the primary one (a contact's primary company). */
  typeId: number;
  primaryTypeId?: number;
}

// [from, to, typeId, primaryTypeId?]: each pair is listed in both directions.
const rows: readonly (readonly [string, string, number, number?])[] = [
  ['contact', 'company', 279, 1], ['company', 'contact', 280, 2],
  ['deal', 'contact', 3], ['contact', 'deal', 4],
  ['deal', 'company', 341, 5], ['company', 'deal', 342, 6],
  ['contact', 'ticket', 15], ['ticket', 'contact', 16],
  ['deal', 'line_item', 19], ['line_item', 'deal', 20],
  ['company', 'ticket', 340, 25], ['ticket', 'company', 339, 26],
  ['deal', 'ticket', 27], ['ticket', 'deal', 28],
  ['company', 'call', 181], ['call', 'company', 182], ['company', 'email', 185], ['email', 'company', 186],
  ['company', 'meeting', 187], ['meeting', 'company', 188], ['company', 'note', 189], ['note', 'company', 190],
  ['company', 'task', 191], ['task', 'company', 192],
  ['contact', 'call', 193], ['call', 'contact', 194], ['contact', 'email', 197], ['email', 'contact', 198],
  ['contact', 'meeting', 199], ['meeting', 'contact', 200], ['contact', 'note', 201], ['note', 'contact', 202],
  ['contact', 'task', 203], ['task', 'contact', 204],
  ['deal', 'call', 205], ['call', 'deal', 206], ['deal', 'email', 209], ['email', 'deal', 210],
  ['deal', 'meeting', 211], ['meeting', 'deal', 212], ['deal', 'note', 213], ['note', 'deal', 214],
  ['deal', 'task', 215], ['task', 'deal', 216],
  ['ticket', 'call', 219], ['call', 'ticket', 220], ['ticket', 'email', 223], ['email', 'ticket', 224],
  ['ticket', 'meeting', 225], ['meeting', 'ticket', 226], ['ticket', 'note', 227], ['note', 'ticket', 228],
  ['ticket', 'task', 229], ['task', 'ticket', 230],
];

export const associationTypes: readonly AssociationType[] = rows.map(([from, to, typeId, primaryTypeId]) =>
  primaryTypeId === undefined ? { from, to, typeId } : { from, to, typeId, primaryTypeId },
);

/** The objects the legacy `<object>.associationChange` events cover (changelog "New subscription types for webhooks"). */
export const legacyAssociationObjects: ReadonlySet<string> = new Set(['contact', 'company', 'deal', 'ticket', 'line_item', 'product']);

/**
 * The legacy `associationType` field's name for a pair.
 * @example associationTypeName({ from: 'contact', to: 'company' }) // 'CONTACT_TO_COMPANY'
 */
export function associationTypeName({ from, to }: Pick<AssociationType, 'from' | 'to'>): string {
  return `${from}_TO_${to}`.toUpperCase();
}

/**
 * The association types starting at `object`; legacy events only reach the legacy CRM objects.
 * @example associationsFrom('line_item', { legacy: true }) // [{ from: 'line_item', to: 'deal', typeId: 20 }]
 */
export function associationsFrom(object: string, { legacy }: { legacy: boolean }): AssociationType[] {
  return associationTypes.filter((a) => a.from === object && (!legacy || legacyAssociationObjects.has(a.to)));
}
