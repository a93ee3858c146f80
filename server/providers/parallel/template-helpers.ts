/**
 * @module The helpers a Parallel fixture can call: the generic ones, plus `parallel.*` for global ids
 * of the org's users, integrations, fields, relationship types, tags and groups.
 *
 * | helper | returns |
 * |---|---|
 * | `parallel.id("PetitionAccess")`, `parallel.id("Tag", 3)` | a global id (random number 1000–999999 unless given) |
 * | `parallel.userId`, `parallel.userIds(3)`, `parallel.integrationId` | the org's users and integrations (settings) |
 * | `parallel.field("value" \| "file" \| "expiry" \| "monitoring")` | `{id, alias}` of a profile type field |
 * | `parallel.fieldIds({"min":1,"max":3})` | ids of distinct value fields |
 * | `parallel.relationshipType`, `parallel.userGroupId`, `parallel.tags({"min":1,"max":2})` | `{id, alias}`, an id, `{ids, names}` |
 * | `parallel.text({"es":[…],"en":[…]})` | one line in the data language |
 * | `parallel.expiryDate` | a date 1 month to 3 years ahead, `YYYY-MM-DD` |
 */
import type { Faker } from '@faker-js/faker';
import { z } from 'zod';
import { HookbenchError } from '../../errors.ts';
import { commonHelpers } from '../../generate/common-helpers.ts';
import { mergeHelpers } from '../../generate/merge-helpers.ts';
import type { TemplateHelper } from '../../generate/template.ts';
import type { JsonValue } from '../../util/json.ts';
import { toGlobalId } from './global-id.ts';
import { orgScopedId, profileFields, relationshipAliases, tagNames, userGroupCount, type FieldUse } from './org-objects.ts';
import type { ParallelSettings } from './settings.ts';

export interface ParallelHelperOptions {
  faker: Faker;
  now: Date;
  settings: ParallelSettings;
}

const rangeSchema = z.object({ min: z.number().int().min(1), max: z.number().int().min(1) }).strict();
/** A global-id type: PascalCase, as Parallel names its tables' types. */
const typeSchema = z.string().regex(/^[A-Z][A-Za-z]+$/);
const fieldUseSchema = z.enum(['value', 'file', 'expiry', 'monitoring']);
const textSchema = z.object({ es: z.array(z.string()).min(1), en: z.array(z.string()).min(1) }).strict();
const idNumberSchema = z.number().int().positive();
const userCountSchema = z.number().int().min(1).max(10);
const day = 86_400_000;

/**
 * @example parallelHelpers({ faker, now, settings })['parallel.userId']() // '4EpJtbARxz' (User:17)
 */
export function parallelHelpers({ faker, now, settings }: ParallelHelperOptions): Record<string, TemplateHelper> {
  const { orgId, locale } = settings;
  const count = (name: string, range: JsonValue | undefined, max: number): number => {
    const r = parse(name, rangeSchema, range ?? { min: 1, max: 1 });
    return faker.number.int({ min: Math.min(r.min, max), max: Math.min(Math.max(r.min, r.max), max) });
  };
  const fieldsFor = (use: FieldUse) => orgFields(orgId, use);
  return mergeHelpers(commonHelpers({ faker, now, formatDate: (d) => d.toISOString(), parseDate: parseIso }), {
    'parallel.id': (type, n) => {
      const number = n === undefined ? faker.number.int({ min: 1000, max: 999_999 }) : parse('parallel.id', idNumberSchema, n);
      return toGlobalId(parse('parallel.id', typeSchema, type), number);
    },
    'parallel.userId': () => toGlobalId('User', faker.helpers.arrayElement(settings.userIds)),
    'parallel.userIds': (n) => distinctUsers(faker, settings.userIds, parse('parallel.userIds', userCountSchema, n ?? 2)),
    'parallel.integrationId': () => toGlobalId('OrgIntegration', faker.helpers.arrayElement(settings.integrationIds)),
    'parallel.field': (use) => {
      const { id, alias } = faker.helpers.arrayElement(fieldsFor(parse('parallel.field', fieldUseSchema, use)));
      return { id, alias };
    },
    'parallel.fieldIds': (range) => {
      const fields = fieldsFor('value');
      return faker.helpers.arrayElements(fields, count('parallel.fieldIds', range, fields.length)).map((f) => f.id);
    },
    'parallel.relationshipType': () => {
      const i = faker.number.int({ min: 0, max: relationshipAliases.length - 1 });
      return { id: toGlobalId('ProfileRelationshipType', orgScopedId(orgId, i)), alias: relationshipAliases[i] ?? null };
    },
    'parallel.userGroupId': () => toGlobalId('UserGroup', orgScopedId(orgId, faker.number.int({ min: 0, max: userGroupCount - 1 }))),
    'parallel.tags': (range) => {
      const picked = faker.helpers.arrayElements([...tagNames.keys()], count('parallel.tags', range, tagNames.length)).sort((a, b) => a - b);
      return { ids: picked.map((i) => toGlobalId('Tag', orgScopedId(orgId, i))), names: picked.map((i) => tagNames[i]?.[locale] ?? '') };
    },
    'parallel.text': (options) => faker.helpers.arrayElement(parse('parallel.text', textSchema, options)[locale]),
    'parallel.expiryDate': () => new Date(now.getTime() + faker.number.int({ min: 30, max: 3 * 365 }) * day).toISOString().slice(0, 10),
  });
}

// The org's fields are the same for every event; their ids cost a base58 encoding each.
const fieldsByOrg = new Map<string, ReturnType<typeof buildOrgFields>>();

function buildOrgFields(orgId: number, use: FieldUse) {
  return profileFields.map((f, i) => ({ ...f, id: toGlobalId('ProfileTypeField', orgScopedId(orgId, i)) })).filter((f) => f.uses.includes(use));
}

function orgFields(orgId: number, use: FieldUse): ReturnType<typeof buildOrgFields> {
  const key = `${orgId}:${use}`;
  let fields = fieldsByOrg.get(key);
  if (!fields) fieldsByOrg.set(key, (fields = buildOrgFields(orgId, use)));
  return fields;
}

/** `count` users, all different while the org has enough of them. */
function distinctUsers(faker: Faker, userIds: readonly number[], count: number): string[] {
  const shuffled = faker.helpers.shuffle([...userIds]);
  return Array.from({ length: count }, (_, i) => toGlobalId('User', shuffled[i % shuffled.length] as number));
}

function parseIso(text: string): Date | undefined {
  const ms = Date.parse(text);
  return /^\d{4}-\d{2}-\d{2}T/.test(text) && Number.isFinite(ms) ? new Date(ms) : undefined;
}

function parse<T>(name: string, schema: z.ZodType<T>, value: JsonValue | undefined): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]?.message ?? 'invalid';
  throw new HookbenchError('INVALID_TEMPLATE', `${name}: ${JSON.stringify(value)} is not a valid argument (${issue}); see template-helpers.ts`);
}
