/**
 * @module How Ploomes delivers: neither its timeout nor any retry is documented (research §1.5).
 * We wait 30 s and never retry; the `retry` fault plays any schedule you want to test against.
 */
import type { DeliveryPolicy } from '../types.ts';

export const ploomesPolicy: DeliveryPolicy = {
  timeoutMs: 30_000,
  retryDelaysMs: [],
  retryNote:
    'Ploomes documents no retries (one third-party guide says it does not retry), so none by default; the 30 s timeout is chosen, not documented. Use the retry fault to try a schedule.',
  isSuccess: (status) => status >= 200 && status <= 299,
  isRetryable: () => true,
};
