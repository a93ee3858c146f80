/**
 * @module How Parallel delivers (WebhooksWorkerQueue.ts, research §1.5): 15 s to answer, any 2xx is
 * delivered, anything else (status, network error, timeout) is retried after 10 · 2^n s.
 */
import type { DeliveryPolicy } from '../types.ts';

export const parallelPolicy: DeliveryPolicy = {
  timeoutMs: 15_000,
  retryDelaysMs: [10_000, 20_000, 40_000, 80_000, 160_000],
  retryNote:
    "Parallel's own worker (WebhooksWorkerQueue.ts): re-queued after 10 · 2^retry s — 10, 20, 40, 80, 160 s — so 6 attempts; then the event is marked undeliverable, logged on the subscription and the developer gets a \"webhook failed\" e-mail.",
  isSuccess: (status) => status >= 200 && status <= 299,
  isRetryable: () => true,
  // The webhooks worker polls batches of 10 from SQS and processes 5 at a time (research §1.5).
  maxConcurrency: 5,
};
