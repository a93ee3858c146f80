/** @module The selected delivery in full: what was generated, every attempt's request and response, refreshed as it changes. */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Delivery, DeliverySummary } from '../../../server/delivery/types.ts';
import { ApiError, type ApiClient } from '../controllers/api-client.ts';
import { formatClock, formatDuration } from '../format/format-units.ts';
import './hb-attempt-view.ts';
import './hb-status-badge.ts';

/**
 * Fetches the delivery named by `deliveryId`, and again whenever `summary` (the live row the owner
 * keeps up to date from the WebSocket) changes.
 * @example html`<hb-delivery-detail .api=${api} .deliveryId=${id} .summary=${row}></hb-delivery-detail>`
 */
@customElement('hb-delivery-detail')
export class HbDeliveryDetail extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .empty {
      padding: 48px 24px;
      text-align: center;
      color: var(--hb-text-muted);
    }
    header {
      padding: 12px 16px 10px;
      border-bottom: 1px solid var(--hb-border);
      background: var(--hb-surface);
    }
    .title {
      display: flex;
      align-items: center;
      gap: 10px;
    }
    h2 {
      margin: 0;
      font-size: 15px;
      font-weight: 600;
    }
    .provider {
      color: var(--hb-text-muted);
      font-weight: 500;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 2px 14px;
      margin: 10px 0 0;
      font-size: var(--hb-font-size-small);
    }
    dt {
      color: var(--hb-text-muted);
    }
    dd {
      margin: 0;
      font-family: var(--hb-font-mono);
      word-break: break-all;
    }
    .attempts {
      display: flex;
      flex-direction: column;
      gap: 10px;
      padding: 12px 16px 24px;
    }
    .note {
      color: var(--hb-text-muted);
      font-style: italic;
    }
    .error {
      margin: 16px;
      padding: 8px 12px;
      border-radius: var(--hb-radius);
      background: var(--hb-fail-bg);
      color: var(--hb-fail);
    }
  `;

  @property({ attribute: false }) api: ApiClient | undefined;
  @property() deliveryId: string | undefined;
  /** The live row of this delivery; a new object means something changed, so the detail is fetched again. */
  @property({ attribute: false }) summary: DeliverySummary | undefined;

  @state() private delivery: Delivery | undefined;
  @state() private error: ApiError | undefined;
  private inflight: AbortController | undefined;
  /** A change arrived while a fetch was in flight: fetch once more when it lands. */
  private stale = false;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('deliveryId')) {
      this.inflight?.abort();
      this.inflight = undefined;
      this.stale = false;
      this.delivery = undefined;
      this.error = undefined;
      void this.load();
    } else if (changed.has('summary') && this.summary?.id === this.deliveryId) {
      void this.load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.inflight?.abort();
  }

  private async load(): Promise<void> {
    const { api, deliveryId } = this;
    if (!api || !deliveryId) return;
    if (this.inflight) {
      this.stale = true;
      return;
    }
    const controller = new AbortController();
    this.inflight = controller;
    try {
      this.delivery = await api.delivery(deliveryId, { signal: controller.signal });
      this.error = undefined;
    } catch (e) {
      if (controller.signal.aborted) return;
      this.error = e instanceof ApiError ? e : new ApiError({ code: 'INTERNAL', message: String(e), status: 0 });
    } finally {
      if (this.inflight === controller) {
        this.inflight = undefined;
        if (this.stale) {
          this.stale = false;
          void this.load();
        }
      }
    }
  }

  override render() {
    if (!this.deliveryId) return html`<div class="empty">Select a delivery to see every attempt's request and response.</div>`;
    if (this.error) return html`<div class="error" role="alert"><strong>${this.error.code}</strong> ${this.error.message}</div>`;
    const d = this.delivery;
    if (!d) return html`<div class="empty">Loading ${this.deliveryId}…</div>`;
    const latest = d.attempts.at(-1)?.n;
    return html`<article data-delivery-id=${d.id}>
      ${this.renderHeader(d)}
      <div class="attempts">
        ${d.attempts.length === 0
          ? html`<div class="note">${d.nextAttemptAt ? `First attempt due at ${formatClock(d.nextAttemptAt)}` : 'No attempt yet.'}</div>`
          : [...d.attempts]
              .reverse()
              .map((a) => html`<hb-attempt-view .attempt=${a} .timeScale=${d.timeScale} ?open=${a.n === latest}></hb-attempt-view>`)}
      </div>
    </article>`;
  }

  private renderHeader(d: Delivery) {
    const faults = Object.entries(d.faults);
    return html`<header>
      <div class="title">
        <h2><span class="provider">${d.provider} ·</span> ${d.event}</h2>
        <hb-status-badge .status=${d.status} .attempts=${d.attemptCount}></hb-status-badge>
      </div>
      <dl>
        <dt>Delivery</dt><dd>${d.id}</dd>
        <dt>Event id</dt><dd>${d.eventId}</dd>
        <dt>Target</dt><dd>${d.target}</dd>
        <dt>Created</dt><dd title=${d.createdAt}>${formatClock(d.createdAt, { ms: true })}</dd>
        <dt>Seed</dt><dd>${d.seed}</dd>
        <dt>Retries</dt><dd>${retryText(d)}</dd>
        ${faults.length === 0 ? nothing : html`<dt>Faults</dt><dd>${faults.map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join(', ')}</dd>`}
        ${d.replayOf ? html`<dt>Replay of</dt><dd>${d.replayOf}</dd>` : nothing}
        ${d.duplicateOf ? html`<dt>Duplicate of</dt><dd>${d.duplicateOf}</dd>` : nothing}
        ${d.batchId ? html`<dt>Batch</dt><dd>${d.batchId}</dd>` : nothing}
      </dl>
    </header>`;
  }
}

function retryText(d: Delivery): string {
  const schedule = d.retryDelaysMs.length === 0 ? 'none' : d.retryDelaysMs.map(formatDuration).join(', ');
  const timeout = `timeout ${formatDuration(d.timeoutMs)}`;
  return `${schedule} · ${timeout}${d.timeScale === 1 ? '' : ` · time ×${d.timeScale}`}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-delivery-detail': HbDeliveryDetail;
  }
}
