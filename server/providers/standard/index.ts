/** @module The Standard Webhooks provider and the scheme other providers reuse (Svix's branded headers, user-defined providers). */
export { standard } from './provider.ts';
export { standardCredentials, standardCredentialsSchema, type StandardCredentials, type StandardKeySet } from './credentials.ts';
export { standardHeaderNames, type WebhookHeaderNames } from './headers.ts';
export { signStandard, type SignStandardInput } from './sign.ts';
export { verifyStandard, type VerifyStandardInput } from './verify.ts';
export { toleranceSeconds } from './check-timestamp.ts';
export { standardPolicy } from './policy.ts';
export { signatureSchemes, standardSettingsSchema, svixUserAgent, type SignatureScheme, type StandardSettings } from './settings.ts';
