/**
 * @module Event names: the spec recommends full-stop delimited, hierarchical names of `[a-zA-Z0-9_]`
 * ("user.created", "invoice.paid"), whose first part names the resource.
 */

/** The spec's recommended shape; catalogue fixtures must follow it (any name may still be sent). */
export const recommendedEventName = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;

/** @example resourceOf('invoice.payment_failed') // 'invoice' */
export function resourceOf(event: string): string {
  const dot = event.indexOf('.');
  return dot <= 0 ? event : event.slice(0, dot);
}

/** @example actionOf('invoice.payment_failed') // 'payment_failed'; actionOf('ping') // '' */
export function actionOf(event: string): string {
  const dot = event.indexOf('.');
  return dot === -1 ? '' : event.slice(dot + 1);
}
