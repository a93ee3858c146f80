/**
 * @module Connectif's Email Integration webhooks (Integrations → Email Integration → Settings):
 * new subscription and cancellation as `GET <url>?email=&ip=`, bounce as a JSON POST.
 */
import type { HttpMethod } from '../types.ts';

export const emailEvents = ['email.subscription', 'email.unsubscription', 'email.bounce'] as const;
export type EmailEvent = (typeof emailEvents)[number];

/** How each is sent (documented in the Email Integration help article). */
export const emailEventMethods: Readonly<Record<EmailEvent, HttpMethod>> = {
  'email.subscription': 'GET',
  'email.unsubscription': 'GET',
  'email.bounce': 'POST',
};

export const isEmailEvent = (name: string): name is EmailEvent => (emailEvents as readonly string[]).includes(name);

/** Where a subscription change came from; only a form (sign-up or unsubscribe page) has the contact's IP. */
export const changeOrigins = ['form', 'contact-sheet', 'import', 'workflow'] as const;
export type ChangeOrigin = (typeof changeOrigins)[number];
