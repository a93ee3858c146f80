/**
 * @module The one profile type the mock organization has, "Individual", with the standard fields the
 * webhook generators name (org-objects.ts): the same aliases and the same `ProfileTypeField` ids
 * (`orgId × 100 + position`), so a field id in a webhook is a field id in the API.
 */
import type { JsonObject } from '../../../util/json.ts';
import { toGlobalId } from '../global-id.ts';
import { orgScopedId, profileFields } from '../org-objects.ts';

/** Parallel's field types (`ProfileTypeFieldType`) the mock uses. */
export type FieldType = 'SHORT_TEXT' | 'SELECT' | 'FILE' | 'BACKGROUND_CHECK';

export interface ProfileTypeField {
  id: string;
  alias: string;
  name: { es: string; en: string };
  type: FieldType;
  isExpirable: boolean;
  /** Allowed values of a SELECT field. */
  options?: readonly string[];
}

/** Names, types and SELECT options are our choice for Parallel's standard aliases [inferred]. */
const fieldDetails: Record<string, Omit<ProfileTypeField, 'id' | 'alias' | 'isExpirable'>> = {
  p_first_name: { name: { es: 'Nombre', en: 'First name' }, type: 'SHORT_TEXT' },
  p_last_name: { name: { es: 'Apellidos', en: 'Last name' }, type: 'SHORT_TEXT' },
  p_email: { name: { es: 'Correo electrónico', en: 'Email' }, type: 'SHORT_TEXT' },
  p_tax_id: { name: { es: 'NIF/NIE', en: 'Tax ID' }, type: 'SHORT_TEXT' },
  p_city: { name: { es: 'Ciudad', en: 'City' }, type: 'SHORT_TEXT' },
  p_zip: { name: { es: 'Código postal', en: 'ZIP code' }, type: 'SHORT_TEXT' },
  p_country_of_residence: { name: { es: 'País de residencia', en: 'Country of residence' }, type: 'SELECT', options: ['ES', 'PT', 'FR', 'IT', 'DE', 'GB', 'US', 'MX', 'AR', 'CO'] },
  p_passport_number: { name: { es: 'Número de pasaporte', en: 'Passport number' }, type: 'SHORT_TEXT' },
  p_is_pep: { name: { es: '¿Es PEP?', en: 'Politically exposed person' }, type: 'SELECT', options: ['YES', 'NO'] },
  p_risk: { name: { es: 'Nivel de riesgo', en: 'Risk level' }, type: 'SELECT', options: ['LOW', 'MEDIUM', 'HIGH'] },
  p_occupation: { name: { es: 'Profesión', en: 'Occupation' }, type: 'SHORT_TEXT' },
  p_client_status: { name: { es: 'Estado del cliente', en: 'Client status' }, type: 'SELECT', options: ['PROSPECT', 'ACTIVE', 'INACTIVE'] },
  p_id_document: { name: { es: 'Documento de identidad', en: 'ID document' }, type: 'FILE' },
  p_passport_document: { name: { es: 'Pasaporte', en: 'Passport' }, type: 'FILE' },
  p_risk_assessment: { name: { es: 'Evaluación de riesgo', en: 'Risk assessment' }, type: 'FILE' },
  p_poa: { name: { es: 'Justificante de domicilio', en: 'Proof of address' }, type: 'FILE' },
  p_background_check: { name: { es: 'Búsqueda en listas', en: 'Background check' }, type: 'BACKGROUND_CHECK' },
};

/** The profile type's database id: the org's first scoped id. */
export const profileTypeNumber = (orgId: number): number => orgScopedId(orgId, 0);

/**
 * @example profileTypeFields(1287)[0] // { id: toGlobalId('ProfileTypeField', 128701), alias: 'p_first_name', … }
 */
export function profileTypeFields(orgId: number): ProfileTypeField[] {
  return profileFields.map((f, i) => ({
    id: toGlobalId('ProfileTypeField', orgScopedId(orgId, i)),
    alias: f.alias,
    isExpirable: f.uses.includes('expiry'),
    ...(fieldDetails[f.alias] ?? { name: { es: f.alias, en: f.alias }, type: 'SHORT_TEXT' as const }),
  }));
}

/** The type as `GET /profile-types/{id}` shows it; fields only with `include=fields`. */
export function profileTypeResource(orgId: number, include: { fields: boolean; options: boolean }): JsonObject {
  return {
    id: toGlobalId('ProfileType', profileTypeNumber(orgId)),
    name: { es: 'Persona física', en: 'Individual' },
    ...(include.fields
      ? {
          fields: profileTypeFields(orgId).map((f) => ({
            id: f.id,
            name: f.name,
            alias: f.alias,
            type: f.type,
            isExpirable: f.isExpirable,
            ...(include.options ? { options: optionsOf(f) } : {}),
          })),
        }
      : {}),
  };
}

/** `options` as ProfileTypeField shows it: SELECT values with labels, `{}` for other types. */
export function optionsOf(field: ProfileTypeField): JsonObject {
  return field.options ? { values: field.options.map((v) => ({ label: { es: v, en: v }, value: v })) } : {};
}

/** Parallel names an individual after its first and last name [inferred from the UI]. */
export function profileName(values: Readonly<Record<string, unknown>>): string {
  return [values.p_first_name, values.p_last_name].filter((v): v is string => typeof v === 'string' && v !== '').join(' ');
}
