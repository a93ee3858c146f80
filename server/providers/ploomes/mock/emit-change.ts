/**
 * @module A write made through the API, sent as the webhook Ploomes would send: the event
 * `<Entity>.<Action>` with `New` and `Old` in webhook form (`Old`: Id plus the changed fields, or the
 * whole record per the `old` setting), acted by the API user.
 *
 * The envelope goes out as `set` overrides of a generated one rather than as a finished payload: each
 * subscription's deliveries are generated with its own settings, so each carries its own `WebhookId`
 * (see webhook-registration.ts), and the delivery's event id is the dedupe key of this very body.
 */
import type { JsonObject } from '../../../util/json.ts';
import { oldOf } from '../envelope.ts';
import type { PloomesAction, PloomesEntity } from '../ids.ts';
import { eventOf } from './mock-events.ts';
import { apiUserOf, type PloomesMockContext } from './ploomes-mock-context.ts';
import { toWebhookRecord } from './record-forms.ts';

export interface Change {
  entity: PloomesEntity;
  action: PloomesAction;
  /** REST form; null on Create. */
  before: JsonObject | null;
  /** REST form; null on Delete. */
  after: JsonObject | null;
}

/**
 * Returns the ids of the deliveries it queued (none when no webhook takes the event).
 * @example emitChange(ctx, { entity: 'Contacts', action: 'Update', before, after })
 */
export function emitChange(ctx: PloomesMockContext, { entity, action, before, after }: Change): string[] {
  const event = eventOf(entity, action);
  if (!event) return [];
  const settings = ctx.settings();
  const transition = { before: before && toWebhookRecord(before), after: after && toWebhookRecord(after) };
  return ctx.emit(event.name, { set: { ActionUserId: apiUserOf(settings), New: transition.after, Old: oldOf(transition, settings.old) } });
}
