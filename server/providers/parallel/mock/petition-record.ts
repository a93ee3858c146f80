/**
 * @module Parallels ("petitions") and templates as the mock stores them and as Parallel's API shows
 * them (the `Petition` and `Template` schemas of `api/public/schemas/core.ts`): tags and the owner are
 * kept beside the resource and shown only when `include` asks for them.
 */
import type { JsonObject } from '../../../util/json.ts';

export const petitionStatuses = ['DRAFT', 'PENDING', 'COMPLETED', 'CLOSED'] as const;
export type PetitionStatus = (typeof petitionStatuses)[number];

/** `include` values of the petition endpoints (petitionIncludeParam); the mock fills tags and owner. */
export const petitionIncludes = ['recipients', 'fields', 'tags', 'replies', 'progress', 'signers', 'signatures', 'recipients.recipientUrl', 'variablesResult', 'owner'] as const;
export type PetitionInclude = (typeof petitionIncludes)[number];

export interface StoredPetition {
  id: string;
  name: string | null;
  path: string;
  status: PetitionStatus;
  deadline: string | null;
  locale: string;
  createdAt: string;
  fromTemplateId: string | null;
  customProperties: Record<string, string>;
  isAnonymized: boolean;
  tags: string[];
  owner: JsonObject;
}

export interface StoredTemplate {
  id: string;
  name: string;
  path: string;
  description: string | null;
  locale: string;
  createdAt: string;
  customProperties: Record<string, string>;
  tags: string[];
}

export const asStoredPetition = (record: JsonObject): StoredPetition => record as unknown as StoredPetition;
export const asStoredTemplate = (record: JsonObject): StoredTemplate => record as unknown as StoredTemplate;
export const petitionJson = (petition: StoredPetition): JsonObject => petition as unknown as JsonObject;

/**
 * @example toPetitionResource(petition, ['tags']).tags // ['KYC']
 */
export function toPetitionResource({ tags, owner, ...petition }: StoredPetition, include: readonly PetitionInclude[] = []): JsonObject {
  const has = (name: PetitionInclude) => include.includes(name);
  return {
    ...petition,
    // Nobody was sent, nothing was replied, nothing signed in the mock [inferred scope].
    ...(has('recipients') ? { recipients: [] } : {}),
    ...(has('fields') ? { fields: [] } : {}),
    ...(has('tags') ? { tags } : {}),
    ...(has('replies') ? { replies: {} } : {}),
    ...(has('signers') ? { signers: null } : {}),
    ...(has('signatures') ? { signatures: [] } : {}),
    ...(has('variablesResult') ? { variablesResult: [] } : {}),
    ...(has('owner') ? { owner } : {}),
  };
}

export function toTemplateResource({ tags, ...template }: StoredTemplate, include: readonly string[] = []): JsonObject {
  return { ...template, ...(include.includes('tags') ? { tags } : {}), ...(include.includes('fields') ? { fields: [] } : {}) };
}
