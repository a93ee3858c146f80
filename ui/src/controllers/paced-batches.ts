/**
 * @module Live messages held for a moment and handed over together, at the pace batch-pace.ts sets:
 * the one timer each list's feed needs.
 */
import { defaultPace, nextBatchDelay, type BatchPace } from '../state/batch-pace.ts';

/**
 * @example const batches = new PacedBatches<Message>((batch) => apply(batch)); batches.push(message)
 */
export class PacedBatches<T> {
  private held: T[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private delay: number;
  private readonly apply: (batch: T[]) => void;
  private readonly pace: BatchPace;

  constructor(apply: (batch: T[]) => void, pace: BatchPace = defaultPace) {
    this.apply = apply;
    this.pace = pace;
    this.delay = pace.minMs;
  }

  push(item: T): void {
    this.held.push(item);
    this.timer ??= setTimeout(() => this.flush(), this.delay);
  }

  /** Keeps only the held items `keep` accepts (those a reloaded page does not already cover). */
  retain(keep: (item: T) => boolean): void {
    this.held = this.held.filter(keep);
  }

  /** Stops the timer; what is held waits for the next push (the host left the page). */
  pause(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private flush(): void {
    this.timer = undefined;
    const batch = this.held;
    this.held = [];
    this.delay = nextBatchDelay(batch.length, this.pace);
    this.apply(batch);
  }
}
