/**
 * @module The format of `fixtures/ploomes/<Entity>.json`: one record template per entity, plus what
 * each action changes. Templates use server/generate/template.ts placeholders.
 *
 * ```json
 * { "vars":   { "created": "{{clock.past({\"days\":90})}}" },
 *   "record": { "Id": "{{number.int({\"min\":500000000,\"max\":599999999})}}", "StatusId": 1, …,
 *               "$previous": { "Title": "{{…another title…}}" } },
 *   "actions": { "Create": { "description": "…" }, "Update": { "description": "…" }, "Delete": { "description": "…" },
 *                "Win": { "description": "…", "changes": { "StatusId": 2 }, "before": { "StatusId": 1 } } } }
 * ```
 * - `vars` render first and are visible everywhere (`{{var.created}}`), so actions can date
 *   themselves against the record.
 * - `record` (or one `$oneOf` branch of it) is the record before the event. Its `$previous` object
 *   gives, for the fields an Update may change, a template of the value they had before.
 * - `changes` are written into `New`; `before` into the state `Old` is taken from.
 */
import { z } from 'zod';
import { isJsonObject, jsonValueSchema, type JsonObject, type JsonValue } from '../../util/json.ts';
import { isPloomesAction, type PloomesAction } from './ids.ts';

/** The key inside a record template that lists earlier values for Update. */
export const previousKey = '$previous';

/** A template that renders to an object: a plain object, or `{"$oneOf": [objects]}`. */
const objectTemplate = z
  .record(z.string(), jsonValueSchema)
  .superRefine((value, ctx) => {
    const oneOf = value.$oneOf;
    if (oneOf !== undefined && (!Array.isArray(oneOf) || oneOf.length === 0 || Object.keys(value).length !== 1)) {
      ctx.addIssue({ code: 'custom', path: ['$oneOf'], message: '"$oneOf" must be the only key and hold a non-empty array' });
    }
    for (const [i, branch] of branchesOf(value).entries()) {
      if (!isJsonObject(branch)) ctx.addIssue({ code: 'custom', path: ['$oneOf', i], message: 'each "$oneOf" branch must be an object' });
    }
  });

const recordTemplate = objectTemplate.superRefine((value, ctx) => {
  const oneOf = '$oneOf' in value;
  for (const [i, branch] of branchesOf(value).entries()) {
    if (!isJsonObject(branch)) continue;
    const at = oneOf ? ['$oneOf', i] : [];
    for (const required of ['Id', 'LastUpdateDate']) {
      if (!(required in branch)) ctx.addIssue({ code: 'custom', path: at, message: `a record needs "${required}" (the envelope and its dedupe key use it)` });
    }
    const previous = branch[previousKey];
    if (previous === undefined) continue;
    if (!isJsonObject(previous)) {
      ctx.addIssue({ code: 'custom', path: [...at, previousKey], message: `"${previousKey}" must map field names to templates` });
      continue;
    }
    for (const field of Object.keys(previous)) {
      if (field === 'Id' || !(field in branch)) {
        ctx.addIssue({ code: 'custom', path: [...at, previousKey, field], message: `"${field}" is not an updatable field of this record` });
      }
    }
  }
});

const actionSpec = z
  .object({
    /** One English line for pickers; may cite the Portuguese term ("negócio"). */
    description: z.string().min(1),
    changes: objectTemplate.optional(),
    before: objectTemplate.optional(),
  })
  .strict();

export const fixtureSchema = z
  .object({
    $comment: z.string().optional(),
    vars: z.record(z.string(), jsonValueSchema).optional(),
    record: recordTemplate,
    actions: z.record(z.string(), actionSpec).superRefine((actions, ctx) => {
      for (const required of ['Create', 'Update', 'Delete']) {
        if (!(required in actions)) ctx.addIssue({ code: 'custom', path: [], message: `every entity has a "${required}" action` });
      }
      for (const [name, spec] of Object.entries(actions)) {
        if (!isPloomesAction(name)) ctx.addIssue({ code: 'custom', path: [name], message: `"${name}" is not a Ploomes action in ids.ts` });
        if (name === 'Delete' && (spec.changes || spec.before)) ctx.addIssue({ code: 'custom', path: [name], message: 'Delete sends the record as it was: no "changes" or "before"' });
        if (name === 'Create' && spec.before) ctx.addIssue({ code: 'custom', path: [name, 'before'], message: 'Create has no previous state' });
        if (!['Create', 'Update', 'Delete'].includes(name) && !spec.changes) {
          ctx.addIssue({ code: 'custom', path: [name, 'changes'], message: `${name} must say what it changes` });
        }
      }
    }),
  })
  .strict();

export interface ActionSpec {
  description: string;
  changes?: JsonObject | undefined;
  before?: JsonObject | undefined;
}

export interface PloomesFixture {
  vars?: JsonObject | undefined;
  record: JsonObject;
  actions: Partial<Record<PloomesAction, ActionSpec>>;
}

function branchesOf(value: JsonObject): JsonValue[] {
  const oneOf = value.$oneOf;
  return Array.isArray(oneOf) ? oneOf : [value];
}
