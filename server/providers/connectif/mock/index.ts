/** @module The Connectif mock REST API (see connectif-mock.ts). */
export { connectifMock } from './connectif-mock.ts';
export { connectifMockSettingsSchema, connectifScopes, type ConnectifMockSettings, type ConnectifScope } from './mock-settings.ts';
