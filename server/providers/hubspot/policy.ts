/**
 * @module How HubSpot delivers: POST, a seconds-scale timeout, 2xx is success, and "up to 10 retries
 * spread over 24 hours" for anything but 400/401/403/404/405 (research §2.5). The exact schedule is
 * not published: ours doubles from 2 minutes, as HubSpot's older docs described ("first retry in
 * 2 minutes, second in 4 minutes, third in 8 minutes, etc."), capped at 7.5 h so the tenth retry lands
 * 23.5 h after the first attempt.
 */
import type { DeliveryPolicy } from '../types.ts';

const minute = 60_000;

/** Delays before retries 1–10: 2, 4, 8, 16, 32, 64, 128, 256 min, then 7.5 h twice. */
export const hubspotRetryDelaysMs: readonly number[] = [2, 4, 8, 16, 32, 64, 128, 256, 450, 450].map((m) => m * minute);

/** Statuses HubSpot does not retry (HubSpot staff answer, research §2.5). */
const notRetried = new Set([400, 401, 403, 404, 405]);

export const hubspotPolicy: DeliveryPolicy = {
  // Documented as seconds-scale (1 s, then 2 s, now 5 s); one captured request said X-HubSpot-Timeout-Millis: 10000.
  timeoutMs: 5_000,
  retryDelaysMs: hubspotRetryDelaysMs,
  retryNote:
    'HubSpot retries up to 10 times over 24 h but does not publish the schedule: this one is chosen (doubling from 2 min as older docs said, capped at 7.5 h; last retry 23.5 h after the first attempt). 400, 401, 403, 404 and 405 are not retried; 429 is retried too (HubSpot then honours Retry-After).',
  isSuccess: (status) => status >= 200 && status <= 299,
  isRetryable: ({ status }) => status === undefined || !notRetried.has(status),
  // throttling.maxConcurrentRequests, per app; the settings API's documented example is 10.
  maxConcurrency: 10,
  // HubSpot staff: a 429 is retried after its Retry-After.
  honorsRetryAfter: true,
};
