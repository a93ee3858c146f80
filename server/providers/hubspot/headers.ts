/** @module The header names HubSpot's webhook requests carry (spelled as HubSpot sends them). */

export const hubspotHeaders = {
  signature: 'X-HubSpot-Signature',
  signatureVersion: 'X-HubSpot-Signature-Version',
  signatureV3: 'X-HubSpot-Signature-v3',
  timestamp: 'X-HubSpot-Request-Timestamp',
  timeout: 'X-HubSpot-Timeout-Millis',
} as const;

/** Captured from a real delivery (research §2.4, Prismatic example payloads). */
export const hubspotUserAgent = 'HubSpot Connect 2.0 (http://dev.hubspot.com/) (namespace: webhooks-nio-http-client) - WebhooksExecutorDaemon-executor';
