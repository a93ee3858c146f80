/**
 * @module Where a contact write makes Connectif call out: the Email Integration webhooks. A contact
 * whose newsletter status becomes `subscribed` fires `email.subscription`; one that goes from
 * `subscribed` to `unsubscribed` fires `email.unsubscription`; both `GET <url>?email=&ip=`, with `ip`
 * empty because the change did not come from a form (documented for the contact sheet, imports and
 * workflows; that API writes call out at all is our inference).
 */
import type { JsonObject } from '../../../util/json.ts';
import type { MockContext } from '../../mock-types.ts';
import { connectifEventId } from '../event-id.ts';

/**
 * The deliveries fired for a contact that went from `before` (undefined: it is new) to `after`.
 * @example emitNewsletterChange(ctx, { _newsletterSubscriptionStatus: 'none' }, contact) // ['dlv_…']
 */
export function emitNewsletterChange(ctx: Pick<MockContext, 'emit'>, before: JsonObject | undefined, after: JsonObject): string[] {
  const was = before?._newsletterSubscriptionStatus ?? 'none';
  const now = after._newsletterSubscriptionStatus;
  const payload = { email: String(after._email), ip: '' };
  const emit = (event: string) => ctx.emit(event, { payload, eventId: connectifEventId(event, payload) });
  if (now === 'subscribed' && was !== 'subscribed') return emit('email.subscription');
  if (now === 'unsubscribed' && was === 'subscribed') return emit('email.unsubscription');
  return [];
}

/** Lets the caller see what a write fired, without changing Connectif's response body. */
export const deliveriesHeader = 'X-Hookbench-Deliveries';
