/**
 * @module Per-workbench Ploomes settings: the impersonated account, its users and webhooks, and the
 * EntityId/ActionId table. `ploomesSettingsSchema.parse({})` gives the defaults.
 */
import { z } from 'zod';
import { defaultActionIds, defaultEntityIds, type PloomesIdTable } from './ids.ts';

const ploomesId = z.number().int().positive();

/** Rejects two names sharing one id: a webhook registration would be ambiguous. */
function distinctIds(what: string) {
  return (ids: Record<string, number>, ctx: z.RefinementCtx): void => {
    const seen = new Map<number, string>();
    for (const [name, id] of Object.entries(ids)) {
      const other = seen.get(id);
      if (other !== undefined) ctx.addIssue({ code: 'custom', path: [name], message: `${what} ${other} and ${name} cannot share the id ${id}` });
      seen.set(id, name);
    }
  };
}

const e = defaultEntityIds;
const entityIdsSchema = z
  .object({
    Contacts: ploomesId.default(e.Contacts),
    Deals: ploomesId.default(e.Deals),
    Orders: ploomesId.default(e.Orders),
    Products: ploomesId.default(e.Products),
    Quotes: ploomesId.default(e.Quotes),
    Tasks: ploomesId.default(e.Tasks),
  })
  .strict()
  .superRefine(distinctIds('entities'))
  .prefault({});

const a = defaultActionIds;
const actionIdsSchema = z
  .object({
    Create: ploomesId.default(a.Create),
    Update: ploomesId.default(a.Update),
    Delete: ploomesId.default(a.Delete),
    Win: ploomesId.default(a.Win),
    Lose: ploomesId.default(a.Lose),
    Reopen: ploomesId.default(a.Reopen),
    Finish: ploomesId.default(a.Finish),
  })
  .strict()
  .superRefine(distinctIds('actions'))
  .prefault({});

export const ploomesSettingsSchema = z
  .object({
    /** The Ploomes account (tenant) the deliveries come from: `AccountId`. */
    accountId: ploomesId.default(1003921),
    /** The user who registered the webhooks: `WebhookCreatorId`. */
    webhookCreatorId: ploomesId.default(50004711),
    /** The account's users; ActionUserId, OwnerId, CreatorId and UpdaterId are drawn from them by the seed. */
    userIds: z.array(ploomesId).min(1).default([10025812, 10026044, 10031177, 50004711]),
    /** `WebhookId` is this plus the event's index in the catalogue: one webhook per Entity × Action. */
    webhookIdBase: ploomesId.default(50001901),
    /**
     * What `Old` holds on Update-like actions: `changed` (Id plus the changed fields, our default) or
     * `full` (the whole previous record, as one real capture suggests: see docs/providers/ploomes.md).
     */
    old: z.enum(['changed', 'full']).default('changed'),
    /**
     * EntityId per entity. Sources agree on Contacts 1; Deals 2 and Orders 4 are well attested;
     * Products 7, Quotes 8 and Tasks 12 come from few sources. Fix them here if your account differs.
     */
    entityIds: entityIdsSchema,
    /**
     * ActionId per action. Sources CONFLICT: Win=4, Lose=5 ("confirmed via GET /Webhooks@Actions")
     * against Win=5, Lose=6, Reopen=7 in another guide; Finish is not documented (7 is our guess).
     */
    actionIds: actionIdsSchema,
    /**
     * The ValidationKey deliveries carry, in place of the credential's: set per webhook registered
     * through the mock's `POST /Webhooks` (the empty string: registered without one, no header).
     */
    validationKey: z.string().optional(),
    /** The mock REST API's rate limit per User-Key (Ploomes documents none: 120/min is inferred, research §1.6). */
    mockRateLimit: z
      .object({ limit: z.number().int().positive().default(120), windowMs: z.number().int().positive().default(60_000) })
      .strict()
      .prefault({}),
  })
  .strict();

export type PloomesSettings = z.output<typeof ploomesSettingsSchema>;

/** The effective EntityId/ActionId table (what a mock `GET /Webhooks@Actions` serves). */
export function idTableOf(settings: PloomesSettings): PloomesIdTable {
  return { entities: settings.entityIds, actions: settings.actionIds };
}
