/** @module The idloom provider and the pieces other modules (the mock API) reuse. */
export { idloom } from './provider.ts';
export { idloomSettingsSchema, manualTriggerOf, type IdloomSettings } from './settings.ts';
export { idloomCredentialsSchema, type IdloomCredentials } from './credentials.ts';
export { idloomTriggers, type IdloomAction, type IdloomObject } from './triggers.ts';
export { looksLikeIdloomRecord } from './record-shape.ts';
