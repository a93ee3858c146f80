/**
 * @module Connectif's webhook authentication: no signature, only the static headers the user gave
 * the event type (`webhookHeaders`), the same on every call. They are the credentials' `headers`.
 */
import type { SignContext } from '../types.ts';
import type { ConnectifCredentials } from './credentials.ts';
import { isEmailEvent } from './email-events.ts';
import { eventOfId } from './event-id.ts';
import type { ConnectifSettings } from './settings.ts';

/**
 * @example signConnectif({ eventId, credentials: { headers: { 'X-Connectif-Token': 't' }, apiKey }, settings }) // { 'X-Connectif-Token': 't' }
 */
export function signConnectif({
  eventId,
  credentials,
  settings,
}: Pick<SignContext<ConnectifSettings, ConnectifCredentials>, 'eventId' | 'credentials' | 'settings'>): Record<string, string> {
  // The sign context carries no event name; the id we made in generate does (event-id.ts).
  if (!sendsHeaders(eventOfId(eventId) ?? '', settings)) return {};
  return { ...credentials.headers };
}

/** Email Integration webhooks carry the headers only while `emailIntegration.headers` is on. */
export function sendsHeaders(event: string, settings: ConnectifSettings): boolean {
  return !isEmailEvent(event) || settings.emailIntegration.headers;
}
