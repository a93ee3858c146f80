/**
 * @module A custom "send" event type, shaped like Connectif's `CustomEventTypeCreation` resource
 * (`{name, icon, category, fields:[{id, name, type, required, isPrimaryKey, …, options}], webhookUrl,
 * webhookHeaders:[{name, value}]}`), plus two hookbench-only keys: `vars` and each field's `template`.
 */
import { z } from 'zod';
import { slug } from '../../generate/common-helpers.ts';
import { jsonValueSchema } from '../../util/json.ts';
import { headerNameSchema, reservedHeaderProblem } from './header-names.ts';

/** Field types hookbench generates values for. Connectif's own list is not published [inferred]. */
export const fieldTypes = ['text', 'number', 'boolean', 'date', 'email', 'phone', 'select'] as const;
export type FieldType = (typeof fieldTypes)[number];

const optionSchema = z.object({ id: z.string().min(1), label: z.string().min(1) }).strict();

export const sendEventFieldSchema = z
  .object({
    /** The key of the value in the delivered JSON. Letters, digits, `_`, `-`, `$` (so `--set <id>=…` works). */
    id: z.string().regex(/^[A-Za-z0-9_$-]{1,64}$/, 'a field id is 1–64 letters, digits, "_", "-" or "$" (it is a JSON key and a --set path)'),
    name: z.string().min(1),
    type: z.enum(fieldTypes),
    required: z.boolean().default(false),
    isPrimaryKey: z.boolean().default(false),
    /** Used by Connectif's reception events to read inbound JSON; kept for fidelity, unused when sending. */
    jsonPointerPath: z.string().optional(),
    /** For `phone` fields: the country of numbers written without a prefix (ISO 3166 alpha-2). */
    defaultCountryCode: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code such as ES').optional(),
    options: z.array(optionSchema).optional(),
    /** hookbench only: a template (server/generate/template.ts, with `es.*` helpers) for the value. */
    template: jsonValueSchema.optional(),
  })
  .strict()
  .superRefine((field, ctx) => {
    if (field.type === 'select' && (field.options?.length ?? 0) === 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'a select field needs options: [{"id":…,"label":…}]' });
    if (field.type !== 'select' && field.options !== undefined) ctx.addIssue({ code: 'custom', path: ['options'], message: `only select fields have options; this one is ${field.type}` });
    if (field.type !== 'phone' && field.defaultCountryCode !== undefined) ctx.addIssue({ code: 'custom', path: ['defaultCountryCode'], message: 'only phone fields have a defaultCountryCode' });
    const ids = (field.options ?? []).map((o) => o.id);
    for (const [i, id] of ids.entries()) if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['options', i, 'id'], message: `option id "${id}" is used twice` });
  });

const webhookHeaderSchema = z.object({ name: headerNameSchema, value: z.string().regex(/^[\t\x20-\x7e]*$/, 'printable ASCII, no line breaks') }).strict();

export const sendEventTypeSchema = z
  .object({
    name: z.string().min(1).max(100),
    icon: z.string().optional(),
    category: z.literal('send').default('send'),
    /** hookbench only: one line for pickers; made from the name and fields when absent. */
    description: z.string().min(10).max(160).optional(),
    fields: z.array(sendEventFieldSchema).min(1),
    /** Where Connectif posts it. hookbench delivers to the delivery's target; kept for the mock API. */
    webhookUrl: z.url().optional(),
    /**
     * Static headers sent with this event. The secret ones belong in the provider's credentials
     * (`headers`), which are added to every event and win on a name clash.
     */
    webhookHeaders: z.array(webhookHeaderSchema).default([]),
    /** hookbench only: template variables rendered before the fields (`{{json.get("$cart","totalPrice")}}`). */
    vars: z.record(z.string(), jsonValueSchema).optional(),
  })
  .strict()
  .superRefine((type, ctx) => {
    if (slug(type.name) === '') ctx.addIssue({ code: 'custom', path: ['name'], message: 'the name needs letters or digits: the catalogue key is send.<slug of the name>' });
    const ids = type.fields.map((f) => f.id);
    for (const [i, id] of ids.entries()) if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['fields', i, 'id'], message: `field id "${id}" is used twice` });
    const keys = type.fields.flatMap((f, i) => (f.isPrimaryKey ? [i] : []));
    const [key] = keys;
    if (keys.length !== 1 || key === undefined) {
      ctx.addIssue({ code: 'custom', path: ['fields'], message: `exactly one field must be the primary key (isPrimaryKey: true), the contact's e-mail; found ${keys.length}` });
    } else {
      const field = type.fields[key];
      if (field?.type !== 'email') ctx.addIssue({ code: 'custom', path: ['fields', key, 'type'], message: 'the primary key is the contact\'s e-mail: its type must be "email"' });
      if (field?.required !== true) ctx.addIssue({ code: 'custom', path: ['fields', key, 'required'], message: 'the e-mail primary key must be required' });
    }
    const names = type.webhookHeaders.map((h) => h.name.toLowerCase());
    for (const [i, name] of names.entries()) {
      if (names.indexOf(name) !== i) ctx.addIssue({ code: 'custom', path: ['webhookHeaders', i, 'name'], message: `header "${name}" is listed twice` });
      const problem = reservedHeaderProblem(name);
      if (problem) ctx.addIssue({ code: 'custom', path: ['webhookHeaders', i, 'name'], message: problem });
    }
  });

export type SendEventType = z.output<typeof sendEventTypeSchema>;
export type SendEventField = z.output<typeof sendEventFieldSchema>;

/**
 * The catalogue key of a send event type: `send.` and the slug of its name.
 * @example sendEventKey({ name: 'Carrito abandonado', … }) // 'send.carrito-abandonado'
 */
export function sendEventKey(type: Pick<SendEventType, 'name'>): string {
  return `send.${slug(type.name)}`;
}

/** The e-mail field that identifies the contact (validation guarantees there is exactly one). */
export function primaryKeyOf(type: Pick<SendEventType, 'fields'>): SendEventField | undefined {
  return type.fields.find((f) => f.isPrimaryKey);
}
