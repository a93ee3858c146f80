/** @module The idloom mock REST API (see idloom-mock.ts). */
export { idloomMock } from './idloom-mock.ts';
export { idloomMockSettingsSchema, type IdloomMockSettings } from './mock-settings.ts';
