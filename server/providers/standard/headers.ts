/**
 * @module The three header names of a Standard Webhooks delivery. Svix sends the same scheme under
 * `svix-id`, `svix-timestamp`, `svix-signature` unless `whitelabel_headers` is on (svix-server's
 * worker.rs), so signer and verifier take the names as a parameter: brand at the edge.
 */

export interface WebhookHeaderNames {
  id: string;
  timestamp: string;
  signature: string;
}

/** The spec's names, lower-case as the spec and Svix write them. */
export const standardHeaderNames: WebhookHeaderNames = {
  id: 'webhook-id',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
};
