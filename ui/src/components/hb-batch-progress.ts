/** @module Bursts and scenario runs in progress: a bar per batch, its counts, Cancel and Show; raises hb-batch-cancel and hb-batch-dismiss. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { TrackedBatch } from '../controllers/batch-tracker.ts';
import type { BatchProgress } from '../state/batch-progress.ts';
import { controls } from '../styles/controls.ts';

/**
 * @example progress.addEventListener('hb-batch-cancel', (e) => api.cancelBatch(e.batchId))
 */
export class HbBatchCancelEvent extends Event {
  static readonly type = 'hb-batch-cancel';
  readonly batchId: string;
  constructor(batchId: string) {
    super(HbBatchCancelEvent.type, { bubbles: true, composed: true });
    this.batchId = batchId;
  }
}

/**
 * @example progress.addEventListener('hb-batch-dismiss', (e) => tracker.dismiss(e.batchId))
 */
export class HbBatchDismissEvent extends Event {
  static readonly type = 'hb-batch-dismiss';
  readonly batchId: string;
  constructor(batchId: string) {
    super(HbBatchDismissEvent.type, { bubbles: true, composed: true });
    this.batchId = batchId;
  }
}

export interface BatchView {
  batch: TrackedBatch;
  progress: BatchProgress;
}

/**
 * @example html`<hb-batch-progress .batches=${tracker.batches.map((batch) => ({ batch, progress: tracker.progress(batch) }))}></hb-batch-progress>`
 */
@customElement('hb-batch-progress')
export class HbBatchProgress extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      .batch {
        border: 1px solid var(--hb-border);
        border-radius: var(--hb-radius);
        padding: 8px 10px;
        background: var(--hb-surface);
        display: flex;
        flex-direction: column;
        gap: 6px;
        font-size: var(--hb-font-size-small);
      }
      .top {
        display: flex;
        align-items: center;
        gap: 6px;
      }
      .label {
        font-weight: 600;
        margin-right: auto;
        line-height: 1.35;
      }
      .bar {
        display: flex;
        height: 6px;
        border-radius: 3px;
        overflow: hidden;
        background: var(--hb-surface-2);
      }
      .bar span {
        display: block;
        height: 100%;
      }
      .ok {
        background: var(--hb-ok);
      }
      .failed {
        background: var(--hb-fail);
      }
      .cancelled {
        background: var(--hb-idle);
      }
      .counts {
        display: flex;
        gap: 10px;
        color: var(--hb-text-muted);
        font-family: var(--hb-font-mono);
      }
      .show {
        margin-left: auto;
        font-family: var(--hb-font-ui);
      }
      .counts .n-ok {
        color: var(--hb-ok);
      }
      .counts .n-failed {
        color: var(--hb-fail);
      }
    `,
  ];

  @property({ attribute: false }) batches: readonly BatchView[] = [];

  override render() {
    return this.batches.map(({ batch, progress: p }) => {
      const pct = (n: number) => `${p.total === 0 ? 0 : (n / p.total) * 100}%`;
      const settled = p.total - p.pending;
      return html`<section class="batch" data-batch-id=${batch.batchId} data-done=${String(p.done)} aria-label=${batch.label}>
        <div class="top">
          <span class="label" title=${batch.label}>${batch.label}</span>
          ${p.done
            ? html`<button class="btn small ghost" type="button" aria-label="Dismiss" @click=${() => this.dispatchEvent(new HbBatchDismissEvent(batch.batchId))}>✕</button>`
            : html`<button class="btn small danger cancel" type="button" ?disabled=${batch.cancelling} @click=${() => this.dispatchEvent(new HbBatchCancelEvent(batch.batchId))}>
                ${batch.cancelling ? 'Cancelling…' : 'Cancel'}
              </button>`}
        </div>
        <div class="bar" role="progressbar" aria-label="${batch.label} progress" aria-valuemin="0" aria-valuemax=${p.total} aria-valuenow=${settled}>
          <span class="ok" style="width: ${pct(p.succeeded)}"></span><span class="failed" style="width: ${pct(p.failed)}"></span
          ><span class="cancelled" style="width: ${pct(p.cancelled)}"></span>
        </div>
        <div class="counts">
          <span class="settled">${settled}/${p.total}</span>
          <span class="n-ok">${p.succeeded} ok</span>
          ${p.failed ? html`<span class="n-failed">${p.failed} failed</span>` : nothing}
          ${p.cancelled ? html`<span class="n-cancelled">${p.cancelled} cancelled</span>` : nothing}
          <a class="link show" href="/?batchId=${encodeURIComponent(batch.batchId)}">Show</a>
        </div>
      </section>`;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-batch-progress': HbBatchProgress;
  }
  interface HTMLElementEventMap {
    'hb-batch-cancel': HbBatchCancelEvent;
    'hb-batch-dismiss': HbBatchDismissEvent;
  }
}
