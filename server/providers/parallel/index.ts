/** @module The Parallel provider and the pieces other modules (the mock API) reuse. */
export { parallel } from './provider.ts';
export { fromGlobalId, toGlobalId } from './global-id.ts';
export { parallelGroups, petitionEventTypes, profileEventTypes, type ParallelGroup } from './event-types.ts';
export { parallelSettingsSchema, type ParallelSettings } from './settings.ts';
export { maxSignatureKeys, type ParallelCredentials } from './credentials.ts';
