/**
 * @module The format of `fixtures/standard/events/<event>.json` and `fixtures/standard/any-event.json`:
 * the template of the envelope's `data`, with server/generate/template.ts placeholders.
 *
 * ```json
 * { "description": "An invoice was paid in full",
 *   "vars": { "first": "{{person.firstName}}" },
 *   "data": { "id": "{{string.uuid}}", "type": "invoice", "customer": "{{var.first}}" } }
 * ```
 * `vars` render first and are visible in `data` as `{{var.name}}`.
 */
import { z } from 'zod';
import { jsonValueSchema } from '../../util/json.ts';

export const fixtureSchema = z
  .object({
    $comment: z.string().optional(),
    /** One line a picker shows. */
    description: z.string().regex(/^[^\n]{10,120}$/, 'the description is one line of 10 to 120 characters'),
    vars: z.record(z.string(), jsonValueSchema).optional(),
    /** The envelope's `data`: an object template. */
    data: z.record(z.string(), jsonValueSchema),
  })
  .strict();

export type StandardFixture = z.output<typeof fixtureSchema>;
