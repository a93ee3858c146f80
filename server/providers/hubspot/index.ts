/** @module The HubSpot provider and the pieces other modules (the mock API) reuse. */
export { hubspot } from './provider.ts';
export { hubspotSettingsSchema, type HubSpotSettings, type SignatureVersion } from './settings.ts';
export { hubspotCredentialsSchema, type HubSpotCredentials } from './credentials.ts';
export { subscriptionTypes, type SubscriptionType } from './subscription-types.ts';
export { signatureV1, signatureV2, signatureV3 } from './signatures.ts';
export { hubspotRequestUri } from './request-uri.ts';
