/**
 * @module Per-webhook idloom settings: what the organiser sets on a webhook in idloom (HTTP method,
 * custom headers, event filter, manual trigger names) plus the choices hookbench had to make where
 * idloom documents nothing (where the trigger name goes, GET encoding, date format). Any of them can be
 * overridden per delivery (`settings: {...}`), which is how one workbench plays several webhooks.
 * `idloomSettingsSchema.parse({})` gives the defaults.
 */
import { z } from 'zod';
import { euLanguages } from '../../generate/eu-countries.ts';
import { httpMethods } from '../types.ts';
import { headerNamePattern, isHeaderName, refuseHeaderNames } from './header-names.ts';
import { idloomMockSettingsSchema } from './mock/mock-settings.ts';

const headerName = z.string().regex(headerNamePattern, 'a header name is letters, digits and !#$%&\'*+.^_`|~-');
const headerValue = z.string().regex(/^[^\r\n\0]*$/, 'a header value cannot hold line breaks');
/** Custom headers a webhook sends besides the secret ones (those are credentials: credentials.ts). */
export const headersSchema = z.record(headerName, headerValue).superRefine(
  refuseHeaderNames({
    authorization:
      'it is a secret: set it in the idloom credentials (providers.idloom.credentials.headers, or PUT /api/providers/idloom/credentials), so it is redacted and shown to receivers',
  }),
);

const triggerName = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[^\p{Cc}]+$/u, 'a trigger name cannot hold control characters');

/** Where the trigger's name travels. idloom documents none; `none` is the faithful default (§ docs). */
export const triggerLocations = ['none', 'header', 'query', 'body'] as const;
export type TriggerLocation = (typeof triggerLocations)[number];

const triggerSchema = z
  .object({
    in: z.enum(triggerLocations).default('none'),
    /** Header name, query parameter or body key; defaults: X-Idloom-Trigger, trigger, trigger. */
    key: z.string().min(1).max(100).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.in === 'header' && value.key !== undefined && !isHeaderName(value.key)) {
      ctx.addIssue({ code: 'custom', path: ['key'], message: `"${value.key}" is not a valid header name` });
    }
  })
  .prefault({});

export const idloomSettingsSchema = z
  .object({
    /** The idloom account: public registration pages live at https://<accountName>.idloom.events/. */
    accountName: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'an account name is a DNS label: a-z, 0-9 and -').default('hookbench-demo'),
    /** The account profile (organiser) the events belong to: `profile_uid`. */
    profileUid: z.string().min(1).default('7d5c1c52-3b1e-4f64-9a57-0c1f4e0b8a21'),
    /** The webhook's HTTP method. GET sends the record as a query string, the others as a JSON body. */
    method: z.enum(httpMethods).default('POST'),
    /** Custom headers the webhook sends besides the secret ones of the credentials. */
    headers: headersSchema.default({}),
    /**
     * The webhook's event filter: when set, it fires only for these events, so generated guests
     * belong to one of them and generated events are one of them. Empty: every event of the account.
     */
    eventUids: z.array(z.string().min(1).max(100)).default([]),
    /** The manual triggers defined on the account, fired by name from the back office. */
    manualTriggers: z.array(triggerName).min(1).default(['Sync to CRM']),
    /** Which manual trigger a `*.manual` delivery plays; the first of manualTriggers by default. */
    manualTrigger: triggerName.optional(),
    /** Where the trigger name travels (not documented by idloom: nowhere by default). */
    trigger: triggerSchema,
    /** Languages guests register in (and events are held in); a language listed twice is drawn twice as often. */
    languages: z.array(z.enum(euLanguages)).min(1).default(['fr', 'nl', 'en', 'de', 'it']),
    /** GET only: `php` writes the query as PHP's http_build_query does; `json` JSON-encodes nested values. */
    getEncoding: z.enum(['php', 'json']).default('php'),
    /** `iso`: 2026-03-10T09:12:44Z (UTC); `sql`: 2026-03-10 10:12:44, local time in `timeZone`. */
    dateFormat: z.enum(['iso', 'sql']).default('iso'),
    /** The account's time zone, for `dateFormat: sql`. */
    timeZone: z.string().refine(isTimeZone, 'not an IANA time zone (e.g. Europe/Brussels)').default('Europe/Brussels'),
    /** The mock v4 REST API (/mock/idloom): data set size, rate limit, field mapping. Optional: defaults in mock/mock-settings.ts. */
    mock: idloomMockSettingsSchema.optional(),
  })
  .strict()
  .superRefine((settings, ctx) => {
    if (settings.manualTrigger !== undefined && !settings.manualTriggers.includes(settings.manualTrigger)) {
      ctx.addIssue({
        code: 'custom',
        path: ['manualTrigger'],
        message: `"${settings.manualTrigger}" is not one of the manual triggers (${settings.manualTriggers.join(', ')}); add it to manualTriggers`,
      });
    }
  });

export type IdloomSettings = z.output<typeof idloomSettingsSchema>;

/** The manual trigger a `*.manual` delivery plays. */
export function manualTriggerOf(settings: Pick<IdloomSettings, 'manualTrigger' | 'manualTriggers'>): string {
  return settings.manualTrigger ?? settings.manualTriggers[0] ?? 'manual';
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
