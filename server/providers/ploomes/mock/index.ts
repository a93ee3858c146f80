/** @module The Ploomes mock REST API (see ploomes-mock.ts). */
export { ploomesMock } from './ploomes-mock.ts';
