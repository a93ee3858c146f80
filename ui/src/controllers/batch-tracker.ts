/**
 * @module Bursts and scenario runs the user started here, with their progress from the WebSocket and
 * a way to cancel what has not gone out yet.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Message } from '../../../server/messages.ts';
import { noteMessage, progressOf, type BatchOutcomes, type BatchProgress } from '../state/batch-progress.ts';

export interface TrackedBatch {
  batchId: string;
  /** What started it, e.g. "Burst · ploomes Deals.Win ×50". */
  label: string;
  total: number;
  cancelling?: boolean;
}

/**
 * @example tracker.track({ batchId, label: 'Burst ×50', total: 50 }); tracker.progress(batchId).done
 */
export class BatchTracker implements ReactiveController {
  batches: readonly TrackedBatch[] = [];
  private readonly outcomes: BatchOutcomes = new Map();
  private readonly host: ReactiveControllerHost;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Notes every batched delivery, tracked or not yet: a burst's messages may beat its 202. */
  receive(message: Message): void {
    if (!noteMessage(this.outcomes, message)) return;
    if (message.type === 'deliveries.cleared') this.batches = [];
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.host.requestUpdate();
    }, 100);
  }

  track(batch: TrackedBatch): void {
    this.batches = [batch, ...this.batches.filter((b) => b.batchId !== batch.batchId)].slice(0, 5);
    this.host.requestUpdate();
  }

  update(batchId: string, changes: Partial<TrackedBatch>): void {
    this.batches = this.batches.map((b) => (b.batchId === batchId ? { ...b, ...changes } : b));
    this.host.requestUpdate();
  }

  dismiss(batchId: string): void {
    this.batches = this.batches.filter((b) => b.batchId !== batchId);
    this.host.requestUpdate();
  }

  progress(batch: TrackedBatch): BatchProgress {
    return progressOf(this.outcomes, batch.batchId, batch.total);
  }
}
