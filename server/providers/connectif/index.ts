/** @module The Connectif provider and the pieces other modules (the mock API) reuse. */
export { connectif, configureConnectif, connectifSettingsSchema } from './provider.ts';
export type { ConnectifSettings } from './settings.ts';
export type { ConnectifCredentials } from './credentials.ts';
export { defaultTokenHeader } from './credentials.ts';
export { emailEvents, type EmailEvent } from './email-events.ts';
export { sendEventKey, sendEventTypeSchema, fieldTypes, type SendEventType, type SendEventField } from './send-event-type.ts';
