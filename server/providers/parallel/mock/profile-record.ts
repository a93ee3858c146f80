/**
 * @module A profile as the mock stores it (its properties with value ids, files and expiries) and as
 * Parallel's API shows it: `{id, name, status, profileType, createdAt, values, fields?, …}`, every
 * alias of the type in `values` (null when empty; FILE fields as their files), per `mapProfile` in
 * Parallel's `api/public/helpers.ts` and the `Profile` schema of `schemas/core.ts`.
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../../../util/json.ts';
import { optionsOf, profileTypeFields, profileTypeResource, type ProfileTypeField } from './profile-type.ts';

export const profileStatuses = ['OPEN', 'CLOSED', 'DELETION_SCHEDULED'] as const;
export type ProfileStatus = (typeof profileStatuses)[number];

export interface StoredFile {
  id: string;
  file: { filename: string; size: number; contentType: string };
  createdAt: string;
}

export interface StoredProperty {
  /** `ProfileFieldValue` id of the current value (Parallel keeps one row per version). */
  valueId: string | null;
  value: JsonValue;
  files: StoredFile[] | null;
  expiresAt: string | null;
  createdAt: string;
}

export interface StoredProfile {
  id: string;
  name: string;
  status: ProfileStatus;
  profileTypeId: string;
  createdAt: string;
  properties: Record<string, StoredProperty>;
}

export interface ProfileIncludes {
  fields: boolean;
  fieldOptions: boolean;
  subscribers: boolean;
  relationships: boolean;
}

/** The store keeps JSON; the mock only ever writes this shape there. */
export const asStoredProfile = (record: JsonObject): StoredProfile => record as unknown as StoredProfile;
export const toJson = (profile: StoredProfile): JsonObject => profile as unknown as JsonObject;

/**
 * @example toProfileResource(profile, 1287, { fields: false, … }).values.p_first_name // 'Lucía'
 */
export function toProfileResource(profile: StoredProfile, orgId: number, include: ProfileIncludes): JsonObject {
  const fields = profileTypeFields(orgId);
  const { id, name } = profileTypeResource(orgId, { fields: false, options: false });
  return {
    id: profile.id,
    name: profile.name,
    status: profile.status,
    profileType: { id: id ?? null, name: name ?? null },
    createdAt: profile.createdAt,
    ...(include.fields ? { fields: fields.map((f) => fieldProperty(f, profile.properties[f.alias], include.fieldOptions)) } : {}),
    values: Object.fromEntries(fields.map((f) => [f.alias, valueOf(f, profile.properties[f.alias])])),
    // The mock has no users subscribed and no relationships [inferred scope].
    ...(include.subscribers ? { subscribers: [] } : {}),
    ...(include.relationships ? { relationships: [] } : {}),
  };
}

function valueOf(field: ProfileTypeField, property: StoredProperty | undefined): JsonValue {
  if (!property) return null;
  if (field.type === 'FILE') return property.files?.map((f) => f.file) ?? null;
  return property.value;
}

function fieldProperty(field: ProfileTypeField, property: StoredProperty | undefined, withOptions: boolean): JsonObject {
  const described: JsonObject = { id: field.id, name: field.name, alias: field.alias, type: field.type, isExpirable: field.isExpirable };
  if (withOptions) described.options = optionsOf(field);
  if (field.type === 'FILE') {
    const files = property?.files?.map((f) => ({ id: f.id, file: f.file, expiresAt: property.expiresAt, createdAt: f.createdAt })) ?? null;
    return { field: described, files };
  }
  const value =
    property && property.valueId
      ? { id: property.valueId, content: isJsonObject(property.value) ? property.value : { value: property.value }, expiresAt: property.expiresAt, createdAt: property.createdAt }
      : null;
  return { field: described, value };
}
