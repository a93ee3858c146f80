/**
 * @module The format of `fixtures/hubspot/<object>.json`: one file per HubSpot object, named by its
 * wire name (`contact.json`, `line_item.json`), giving its objectTypeId and a template per property a
 * propertyChange event may report. Templates use server/generate/template.ts placeholders.
 *
 * ```json
 * { "objectTypeId": "0-3",
 *   "properties": { "dealname": "{{company.name}} - {{commerce.productName}}",
 *                   "dealstage": { "$oneOf": ["appointmentscheduled", "closedwon"] },
 *                   "closedate": "{{clock.future({\"days\":90})}}" } }
 * ```
 * - Values are sent as strings, as HubSpot sends `propertyValue`; dates render as epoch milliseconds.
 * - `objectTypeId` null: the object has no generic `object.*` form (conversations).
 * - A `"$vars"` key inside `properties` renders first, so properties can agree with each other.
 */
import { z } from 'zod';
import { jsonValueSchema, type JsonObject } from '../../util/json.ts';

/** Subscription ids leave room for this many properties per object (see settings.ts). */
export const maxProperties = 49;

const propertyName = /^[A-Za-z][A-Za-z0-9_]*$/;

export const fixtureSchema = z
  .object({
    $comment: z.string().optional(),
    objectTypeId: z
      .string()
      .regex(/^\d+-\d+$/, 'an objectTypeId looks like "0-1" (contacts) or "2-1234567" (custom objects)')
      .nullable(),
    properties: z.record(z.string(), jsonValueSchema).superRefine((properties, ctx) => {
      const names = Object.keys(properties).filter((k) => k !== '$vars');
      if (names.length === 0) ctx.addIssue({ code: 'custom', path: [], message: 'list at least one property' });
      if (names.length > maxProperties) ctx.addIssue({ code: 'custom', path: [], message: `at most ${maxProperties} properties per object` });
      for (const name of names) {
        if (!propertyName.test(name)) ctx.addIssue({ code: 'custom', path: [name], message: `"${name}" is not a HubSpot property's internal name` });
      }
      const vars = properties.$vars;
      if (vars !== undefined && (typeof vars !== 'object' || vars === null || Array.isArray(vars))) {
        ctx.addIssue({ code: 'custom', path: ['$vars'], message: '"$vars" must be an object' });
      }
    }),
  })
  .strict();

export interface HubSpotFixture {
  objectTypeId: string | null;
  properties: JsonObject;
}
