/** @module HubSpot's mock REST API (CRM v3 objects and Webhooks v3), mounted at /mock/hubspot. */
export { hubspotMock } from './hubspot-mock.ts';
