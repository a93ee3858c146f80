/**
 * @module The format of `fixtures/parallel/<Group>.json` (Profile, Petition): one `data` template per
 * event type of that subscription kind, rendered with server/generate/template.ts.
 *
 * ```json
 * { "vars": { "user": "{{parallel.userId}}" },
 *   "events": { "PROFILE_CLOSED": { "description": "…", "shape": "research", "data": { "userId": "{{var.user}}" } } } }
 * ```
 * - `vars` render first for every event of the file, so one seed names the same user, access or
 *   field in each event of one profile or parallel.
 * - `shape` says where the `data` shape comes from: `research` (the research file's table),
 *   `openapi` (Parallel's published event schemas and its event mapper), `inferred` (ours).
 * - Keys of `data` are in the order Parallel's mapper writes them: the body is compared byte for byte.
 */
import { z } from 'zod';
import { isJsonObject, jsonValueSchema, type JsonObject } from '../../util/json.ts';

export const dataShapes = ['research', 'openapi', 'inferred'] as const;
export type DataShape = (typeof dataShapes)[number];

/** A template that renders to an object: a plain object, or `{"$oneOf": [objects]}`. */
const objectTemplate = z.record(z.string(), jsonValueSchema).superRefine((value, ctx) => {
  if (!('$oneOf' in value)) return;
  const branches = value.$oneOf;
  if (!Array.isArray(branches) || branches.length === 0 || Object.keys(value).length !== 1) {
    ctx.addIssue({ code: 'custom', path: ['$oneOf'], message: '"$oneOf" must be the only key and hold a non-empty array' });
    return;
  }
  branches.forEach((branch, i) => {
    if (!isJsonObject(branch)) ctx.addIssue({ code: 'custom', path: ['$oneOf', i], message: 'each "$oneOf" branch must be an object' });
  });
});

const eventSpec = z
  .object({
    /** One English line for pickers: what happened in Parallel. */
    description: z.string().min(11),
    shape: z.enum(dataShapes),
    data: objectTemplate,
  })
  .strict();

export const fixtureSchema = z
  .object({
    $comment: z.string().optional(),
    vars: z.record(z.string(), jsonValueSchema).optional(),
    events: z.record(z.string(), eventSpec),
  })
  .strict();

export interface EventTemplate {
  description: string;
  shape: DataShape;
  data: JsonObject;
}

export interface ParallelFixture {
  vars?: JsonObject | undefined;
  events: Record<string, EventTemplate>;
}
