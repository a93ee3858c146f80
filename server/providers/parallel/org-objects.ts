/**
 * @module The organization's own objects a webhook names by id: profile type fields (by alias),
 * relationship types, tags and user groups. Aliases are Parallel's standard ones
 * (ProfilesSetupService.ts); ids are `orgId × 100 + position`, stable for a workbench.
 */

/** What a profile type field can be the subject of. */
export type FieldUse = 'value' | 'file' | 'expiry' | 'monitoring';

/** Standard fields of the Individual profile type; which ones expire is our choice [inferred]. */
export const profileFields: readonly { alias: string; uses: readonly FieldUse[] }[] = [
  { alias: 'p_first_name', uses: ['value'] },
  { alias: 'p_last_name', uses: ['value'] },
  { alias: 'p_email', uses: ['value'] },
  { alias: 'p_tax_id', uses: ['value'] },
  { alias: 'p_city', uses: ['value'] },
  { alias: 'p_zip', uses: ['value'] },
  { alias: 'p_country_of_residence', uses: ['value'] },
  { alias: 'p_passport_number', uses: ['value'] },
  { alias: 'p_is_pep', uses: ['value'] },
  { alias: 'p_risk', uses: ['value'] },
  { alias: 'p_occupation', uses: ['value'] },
  { alias: 'p_client_status', uses: ['value'] },
  { alias: 'p_id_document', uses: ['file', 'expiry'] },
  { alias: 'p_passport_document', uses: ['file', 'expiry'] },
  { alias: 'p_risk_assessment', uses: ['file'] },
  { alias: 'p_poa', uses: ['file'] },
  { alias: 'p_background_check', uses: ['value', 'monitoring'] },
];

/** Parallel's standard relationship types (`ProfileRelationshipTypeAlias`). */
export const relationshipAliases: readonly string[] = [
  'p_parent__child',
  'p_family_member',
  'p_close_associate',
  'p_spouse',
  'p_legal_representative__legally_represented',
  'p_legal_guardian__legally_guarded',
  'p_director__managed_by',
  'p_shareholder__participated_in_by',
  'p_beneficial_owner__direct_or_indirect_property',
  'p_parent_company__subsidiary',
  'p_main_office__branch_office',
  'p_associated_company',
];

/** Tags an org might put on its parallels, in each data language [inferred]. */
export const tagNames: readonly { es: string; en: string }[] = [
  { es: 'KYC', en: 'KYC' },
  { es: 'Alta de cliente', en: 'Client onboarding' },
  { es: 'Riesgo alto', en: 'High risk' },
  { es: 'Urgente', en: 'Urgent' },
  { es: 'Renovación', en: 'Renewal' },
  { es: 'PBC/FT', en: 'AML' },
];

/** The org has this many user groups (`UserGroup`). */
export const userGroupCount = 3;

/**
 * @example orgScopedId(1287, 0) // 128701
 */
export function orgScopedId(orgId: number, index: number): number {
  return orgId * 100 + index + 1;
}
