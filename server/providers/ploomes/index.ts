/** @module The Ploomes provider and the pieces other modules (the mock API) reuse. */
export { ploomes } from './provider.ts';
export { defaultActionIds, defaultEntityIds, ploomesActions, ploomesEntities, webhookActionRows } from './ids.ts';
export type { PloomesAction, PloomesEntity, PloomesIdTable } from './ids.ts';
export { idTableOf, ploomesSettingsSchema, type PloomesSettings } from './settings.ts';
export type { PloomesCredentials } from './credentials.ts';
export { formatPloomesDate, parsePloomesDate } from './format-date.ts';
