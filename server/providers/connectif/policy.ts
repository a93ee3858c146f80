/**
 * @module How Connectif delivers: its timeout, retries and ordering are not documented for any
 * outbound call (research §3.5). We wait 30 s, count any 2xx as delivered, and never retry; the
 * `retry` fault plays any schedule you want to test against.
 */
import type { DeliveryPolicy } from '../types.ts';

export const connectifPolicy: DeliveryPolicy = {
  timeoutMs: 30_000,
  retryDelaysMs: [],
  retryNote:
    'Connectif documents no timeout, retries or ordering for send events or Email Integration webhooks, so none by default; the 30 s timeout and "any 2xx succeeds" are chosen, not documented. Use the retry fault to try a schedule.',
  isSuccess: (status) => status >= 200 && status <= 299,
  isRetryable: () => true,
};
