/**
 * @module How idloom delivers: its timeout and retries are not documented (research §2.5). We wait
 * 30 s, count any 2xx as delivered, and never retry; the `retry` fault plays any schedule you want.
 */
import type { DeliveryPolicy } from '../types.ts';

export const idloomPolicy: DeliveryPolicy = {
  timeoutMs: 30_000,
  retryDelaysMs: [],
  retryNote:
    'idloom documents no retries, so none by default; the 30 s timeout and "any 2xx is a success" are chosen, not documented. Use the retry fault to try a schedule.',
  isSuccess: (status) => status >= 200 && status <= 299,
  isRetryable: () => true,
};
