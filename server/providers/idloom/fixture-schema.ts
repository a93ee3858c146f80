/**
 * @module The format of `fixtures/idloom/<object>.json` (`event.json`, `guest.json`): one record
 * template, and per trigger a description and what it changes. Templates use
 * server/generate/template.ts placeholders and the helpers of template-helpers.ts.
 *
 * ```json
 * { "vars":     { "created": "{{clock.past({\"days\":60})}}" },
 *   "record":   { "uid": "{{string.uuid}}", …, "created_at": "{{var.created}}", "updated_at": "…" },
 *   "triggers": { "create": { "description": "…", "changes": { "created_at": "{{clock.now}}", … } },
 *                 "update": { "description": "…", "changes": { "$oneOf": [ {…}, {…} ] } },
 *                 "delete": { "description": "…" }, "manual": { "description": "…" } } }
 * ```
 * - `vars` render first and are visible everywhere (`{{var.created}}`).
 * - `record` is the record before the trigger; `changes` are written over it. Changes see the vars
 *   and the rendered record as `$record`.
 * - `delete` and `manual` send the record as it is: they change nothing.
 */
import { z } from 'zod';
import { isJsonObject, jsonValueSchema, type JsonObject, type JsonValue } from '../../util/json.ts';

/** Fields every record needs: the event id is made of them. */
export const requiredFields = ['uid', 'created_at', 'updated_at'] as const;

/** The variable changes see the rendered record under. */
export const recordVar = 'record';

const objectTemplate = z.record(z.string(), jsonValueSchema).superRefine((value, ctx) => {
  const oneOf = value.$oneOf;
  if (oneOf === undefined) return;
  if (!Array.isArray(oneOf) || oneOf.length === 0 || Object.keys(value).length !== 1) {
    ctx.addIssue({ code: 'custom', path: ['$oneOf'], message: '"$oneOf" must be the only key and hold a non-empty array' });
    return;
  }
  oneOf.forEach((branch, i) => {
    if (!isJsonObject(branch)) ctx.addIssue({ code: 'custom', path: ['$oneOf', i], message: 'each "$oneOf" branch must be an object' });
  });
});

const recordTemplate = objectTemplate.superRefine((value, ctx) => {
  for (const field of requiredFields) {
    if (!(field in value)) ctx.addIssue({ code: 'custom', path: [], message: `a record needs "${field}" (the event id is made of uid and updated_at)` });
  }
});

const changing = z.object({ description: z.string().min(10), changes: objectTemplate.optional() }).strict();
const unchanging = z.object({ description: z.string().min(10) }).strict();

export const fixtureSchema = z
  .object({
    $comment: z.string().optional(),
    vars: z
      .record(z.string(), jsonValueSchema)
      .refine((vars) => !(recordVar in vars), `"${recordVar}" is reserved: changes see the rendered record under that name`)
      .optional(),
    record: recordTemplate,
    triggers: z.object({ create: changing, update: changing, delete: unchanging, manual: unchanging }).strict(),
  })
  .strict();

export interface TriggerSpec {
  description: string;
  changes?: JsonObject | undefined;
}

export interface IdloomFixture {
  vars?: Record<string, JsonValue> | undefined;
  record: JsonObject;
  triggers: { create: TriggerSpec; update: TriggerSpec; delete: TriggerSpec; manual: TriggerSpec };
}
