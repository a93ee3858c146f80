/**
 * @module The Ploomes webhook body: `{Action, Entity, AccountId, ActionUserId, WebhookId,
 * WebhookCreatorId, New, Old}`, in that order, one event per POST.
 */
import type { JsonObject } from '../../util/json.ts';
import { jsonEqual } from '../../util/json-equal.ts';
import type { PloomesEvent } from './catalogue.ts';
import type { PloomesSettings } from './settings.ts';
import type { Transition } from './transition.ts';

export interface EnvelopeInput {
  event: PloomesEvent;
  settings: PloomesSettings;
  actionUserId: number;
  transition: Transition;
}

/**
 * @example buildEnvelope({ event, settings, actionUserId, transition }).Old // { Id: …, StageId: …, LastUpdateDate: … }
 */
export function buildEnvelope({ event, settings, actionUserId, transition }: EnvelopeInput): JsonObject {
  return {
    Action: event.action,
    Entity: event.entity,
    AccountId: settings.accountId,
    ActionUserId: actionUserId,
    WebhookId: settings.webhookIdBase + event.index,
    WebhookCreatorId: settings.webhookCreatorId,
    New: transition.after,
    Old: oldOf(transition, settings.old),
  };
}

/**
 * `Old`: null on Create, the whole record on Delete, and otherwise the Id plus every field whose
 * value changed, with its earlier value (`full`: the whole earlier record).
 */
export function oldOf({ before, after }: Transition, mode: PloomesSettings['old']): JsonObject | null {
  if (!before) return null;
  if (!after || mode === 'full') return before;
  const old: JsonObject = { Id: before.Id ?? after.Id ?? null };
  // after's keys, then those only before has: a Set of both, in its order, without building it.
  for (const key of Object.keys(after)) listIfChanged(old, key, before, after);
  for (const key of Object.keys(before)) if (!Object.hasOwn(after, key)) listIfChanged(old, key, before, after);
  return old;
}

function listIfChanged(old: JsonObject, key: string, before: JsonObject, after: JsonObject): void {
  if (key === 'Id') return;
  // LastUpdateDate always moves on an update; it is listed even if a fixture pins it.
  if (key === 'LastUpdateDate' || !jsonEqual(before[key], after[key])) old[key] = before[key] ?? null;
}
