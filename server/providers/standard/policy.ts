/**
 * @module How Svix delivers Standard Webhooks: 15 s to answer, any 2xx is a success, and seven
 * retries at 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (docs.svix.com/retries; the same list is
 * svix-server's default `retry_schedule = "5,300,1800,7200,18000,36000,36000"`).
 */
import type { DeliveryPolicy } from '../types.ts';

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;

export const standardPolicy: DeliveryPolicy = {
  timeoutMs: 15 * second,
  retryDelaysMs: [5 * second, 5 * minute, 30 * minute, 2 * hour, 5 * hour, 10 * hour, 10 * hour],
  retryNote:
    "Svix's documented schedule (docs.svix.com/retries): retries 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h after each failure, without Svix's ±20 % jitter. 410 Gone is not retried (the spec and Svix disable the endpoint); a Retry-After on 429 or 503 sets the next delay (spec). 15 s timeout (Svix).",
  isSuccess: (status) => status >= 200 && status <= 299,
  // Spec, "Delivery success and failure": 410 means the receiver wants no more webhooks.
  isRetryable: ({ status }) => status !== 410,
  // Spec: a Retry-After (429, 503) "should be taken into consideration when scheduling the next attempt".
  honorsRetryAfter: true,
};
