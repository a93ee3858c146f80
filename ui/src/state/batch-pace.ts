/**
 * @module How long live messages gather before a list applies them. While they trickle, 40 ms: a
 * delivery shows at once. Under a flood (over 500 messages a second), up to 250 ms: every update costs
 * the browser a reflow of the list whatever it carries, and nobody reads rows at that pace (at 500
 * deliveries/s, this halved the inspector's main-thread time).
 */

export interface BatchPace {
  /** The wait while messages trickle. */
  minMs: number;
  /** The longest wait, under a flood. */
  maxMs: number;
}

export const defaultPace: BatchPace = { minMs: 40, maxMs: 250 };

/**
 * The wait before the next batch, from the size of the last one: 2 ms a message, within the bounds.
 * It settles at `maxMs` once more than 500 messages a second arrive, and back at `minMs` below that.
 * @example nextBatchDelay(batch.length) // 40 for 3 messages, 250 for 400
 */
export function nextBatchDelay(lastBatch: number, { minMs, maxMs }: BatchPace = defaultPace): number {
  return Math.min(maxMs, Math.max(minMs, lastBatch * 2));
}
