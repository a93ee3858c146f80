/**
 * @module The Ploomes webhook body: `{Action, Entity, AccountId, ActionUserId, WebhookId,
 * WebhookCreatorId, New, Old}`, in that order, one event per POST.
 */
import type { JsonObject } from '../../util/json.ts';
import type { PloomesEvent } from './catalogue.ts';
import type { PloomesSettings } from './settings.ts';
import { sameJson, type Transition } from './transition.ts';

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
  for (const key of new Set([...Object.keys(after), ...Object.keys(before)])) {
    if (key === 'Id') continue;
    // LastUpdateDate always moves on an update; it is listed even if a fixture pins it.
    if (key === 'LastUpdateDate' || !sameJson(before[key], after[key])) old[key] = before[key] ?? null;
  }
  return old;
}
