/**
 * @module One delivery in full: what it is, its actions (replay, edit and resend, cancel, copy as
 * curl, copy body), the attempts timeline, and the chosen attempt's exchange, signature and changes.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Attempt, Delivery, DeliverySummary } from '../../../server/delivery/types.ts';
import type { ApiClient } from '../controllers/api-client.ts';
import { ResourceController } from '../controllers/resource-controller.ts';
import { formatClock, formatDuration } from '../format/format-units.ts';
import { changesOf, type ChangeSet } from '../state/change-diff.ts';
import { controls } from '../styles/controls.ts';
import { HbAttemptSelectEvent } from './hb-attempt-timeline.ts';
import './hb-attempt-timeline.ts';
import './hb-change-diff.ts';
import './hb-copy-button.ts';
import './hb-exchange-view.ts';
import './hb-signature-explainer.ts';
import './hb-status-badge.ts';

/**
 * Raised by Replay (as-is) and by Edit & resend (`edit`); the owner replays or opens the dialog.
 * @example detail.addEventListener('hb-replay-request', (e) => (e.edit ? openDialog(e.deliveryId) : api.replay(e.deliveryId, {})))
 */
export class HbReplayRequestEvent extends Event {
  static readonly type = 'hb-replay-request';
  readonly deliveryId: string;
  readonly edit: boolean;
  constructor(deliveryId: string, edit: boolean) {
    super(HbReplayRequestEvent.type, { bubbles: true, composed: true });
    this.deliveryId = deliveryId;
    this.edit = edit;
  }
}

/**
 * Raised by Cancel on a delivery that has not settled (Cancel batch when it belongs to one).
 * @example detail.addEventListener('hb-cancel-request', (e) => api.cancel(e.deliveryId))
 */
export class HbCancelRequestEvent extends Event {
  static readonly type = 'hb-cancel-request';
  readonly deliveryId: string;
  readonly batchId: string | undefined;
  constructor(deliveryId: string, batchId?: string) {
    super(HbCancelRequestEvent.type, { bubbles: true, composed: true });
    this.deliveryId = deliveryId;
    this.batchId = batchId;
  }
}

type Tab = 'exchange' | 'signature' | 'changes';

/**
 * @example html`<hb-delivery-detail .api=${api} deliveryId=${id} .summary=${feed.get(id)}></hb-delivery-detail>`
 */
@customElement('hb-delivery-detail')
export class HbDeliveryDetail extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
        container-type: inline-size;
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
        flex-wrap: wrap;
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
      .actions {
        display: flex;
        gap: 6px;
        flex-wrap: wrap;
        margin-top: 10px;
      }
      kbd {
        font: 10px var(--hb-font-mono);
        border: 1px solid currentColor;
        border-radius: 3px;
        padding: 0 3px;
        opacity: 0.7;
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
      .body {
        padding: 12px 16px 28px;
        display: flex;
        flex-direction: column;
        gap: 14px;
      }
      [role='tablist'] {
        display: flex;
        gap: 2px;
        border-bottom: 1px solid var(--hb-border);
      }
      [role='tab'] {
        font: 500 var(--hb-font-size) var(--hb-font-ui);
        color: var(--hb-text-muted);
        background: none;
        border: 0;
        border-bottom: 2px solid transparent;
        padding: 6px 10px;
        margin-bottom: -1px;
        cursor: pointer;
      }
      [role='tab'][aria-selected='true'] {
        color: var(--hb-text);
        border-bottom-color: var(--hb-accent);
        font-weight: 600;
      }
      [role='tab']:focus-visible {
        outline: 2px solid var(--hb-focus);
        outline-offset: -2px;
      }
      .note,
      .empty {
        color: var(--hb-text-muted);
      }
      .empty {
        padding: 40px 16px;
        text-align: center;
      }
      .error {
        margin: 16px;
      }
    `,
  ];

  @property({ attribute: false }) api: ApiClient | undefined;
  @property() deliveryId: string | undefined;
  /** The live row of this delivery; a new object means something changed, so the detail is fetched again. */
  @property({ attribute: false }) summary: DeliverySummary | undefined;
  /** The attempt shown; 0 follows the latest. */
  @state() private attemptN = 0;
  @state() private tab: Tab = 'exchange';
  private readonly delivery = new ResourceController<string, Delivery>(this, { load: (id, signal) => this.api!.delivery(id, { signal }) });
  private changes: ChangeSet | undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('deliveryId')) this.attemptN = 0;
    if (changed.has('deliveryId') || changed.has('api')) this.delivery.show(this.api && this.deliveryId ? this.deliveryId : undefined);
    else if (changed.has('summary') && this.summary?.id === this.deliveryId) this.delivery.show(this.deliveryId, { refresh: true });
    const d = this.delivery.value;
    this.changes = d && d.id === this.deliveryId ? changesOf(d.provider, d.payload) : undefined;
    if (this.tab === 'changes' && !this.changes && d) this.tab = 'exchange';
  }

  override render() {
    if (!this.deliveryId) return html`<div class="empty">Select a delivery to see its requests and responses.</div>`;
    if (this.delivery.error) return html`<div class="error error-box" role="alert"><code>${this.delivery.error.code}</code> ${this.delivery.error.message}</div>`;
    const d = this.delivery.value;
    if (!d || d.id !== this.deliveryId) return html`<div class="empty">Loading ${this.deliveryId}…</div>`;
    const attempt = d.attempts.find((a) => a.n === this.attemptN) ?? d.attempts.at(-1);
    return html`<article data-delivery-id=${d.id} aria-label="Delivery ${d.id}">
      ${this.renderHeader(d, attempt)}
      <div class="body">
        <hb-attempt-timeline .delivery=${d} selected=${attempt?.n ?? 0} @hb-attempt-select=${(e: HbAttemptSelectEvent) => (this.attemptN = e.n)}></hb-attempt-timeline>
        ${attempt ? this.renderTabs(d, attempt) : html`<p class="note">${d.nextAttemptAt ? `First attempt due at ${formatClock(d.nextAttemptAt)}.` : 'No attempt yet.'}</p>`}
      </div>
    </article>`;
  }

  private renderHeader(d: Delivery, attempt: Attempt | undefined) {
    const unsettled = d.status === 'queued' || d.status === 'delivering' || d.status === 'retrying';
    const faults = Object.entries(d.faults);
    return html`<header>
      <div class="title">
        <h2><span class="provider">${d.provider} ·</span> ${d.event}</h2>
        <hb-status-badge .status=${d.status} .attempts=${d.attemptCount}></hb-status-badge>
      </div>
      <div class="actions">
        <button class="btn primary replay" type="button" title="Send it again as it was (r opens the replay dialog)" @click=${() => this.dispatchEvent(new HbReplayRequestEvent(d.id, false))}>
          Replay
        </button>
        <button class="btn edit" type="button" @click=${() => this.dispatchEvent(new HbReplayRequestEvent(d.id, true))}>Edit &amp; resend… <kbd>r</kbd></button>
        ${unsettled ? html`<button class="btn danger cancel" type="button" @click=${() => this.dispatchEvent(new HbCancelRequestEvent(d.id))}>Cancel</button>` : nothing}
        ${unsettled && d.batchId
          ? html`<button class="btn danger cancel-batch" type="button" @click=${() => this.dispatchEvent(new HbCancelRequestEvent(d.id, d.batchId))}>Cancel batch</button>`
          : nothing}
        <hb-copy-button class="curl" button caption="Copy as curl"
          label="Copy ${attempt ? `attempt ${attempt.n}` : 'the request'} as curl (credentials as $HOOKBENCH_ variables)"
          .load=${() => this.api!.exportText('curl', { q: d.id, ...(attempt ? { attempt: attempt.n } : {}) })}></hb-copy-button>
        ${attempt ? html`<hb-copy-button class="copy-body" button caption="Copy body" label="Copy the request body" .text=${attempt.request.body}></hb-copy-button>` : nothing}
      </div>
      <dl>
        <dt>Delivery</dt><dd>${d.id}</dd>
        <dt>Event id</dt><dd>${d.eventId}</dd>
        <dt>Target</dt><dd>${d.target}</dd>
        <dt>Created</dt><dd title=${d.createdAt}>${formatClock(d.createdAt, { ms: true })} · seed ${d.seed}</dd>
        <dt>Retry schedule</dt><dd class="schedule">${scheduleText(d)}</dd>
        ${faults.length === 0 ? nothing : html`<dt>Faults</dt><dd>${faults.map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join(', ')}</dd>`}
        ${d.edits ? html`<dt>Edited</dt><dd>${[d.edits.body !== undefined ? 'body' : '', ...Object.keys(d.edits.headers ?? {})].filter(Boolean).join(', ')}</dd>` : nothing}
        ${d.replayOf ? html`<dt>Replay of</dt><dd><a href="/deliveries/${d.replayOf}">${d.replayOf}</a></dd>` : nothing}
        ${d.duplicateOf ? html`<dt>Duplicate of</dt><dd>${d.duplicateOf}</dd>` : nothing}
        ${d.batchId ? html`<dt>Batch</dt><dd><a href="/?batchId=${encodeURIComponent(d.batchId)}">${d.batchId}</a></dd>` : nothing}
      </dl>
    </header>`;
  }

  private renderTabs(d: Delivery, attempt: Attempt) {
    const tabs: [Tab, string][] = [
      ['exchange', 'Request & response'],
      ['signature', 'Signature'],
      ...(this.changes ? ([['changes', `Changes (${this.changes.changes.filter((c) => c.changed).length})`]] as [Tab, string][]) : []),
    ];
    return html`<div role="tablist" aria-label="Attempt ${attempt.n}" @keydown=${this.onTabKey}>
        ${tabs.map(
          ([tab, label]) => html`<button role="tab" id="tab-${tab}" data-tab=${tab} aria-selected=${String(this.tab === tab)} aria-controls="panel"
            tabindex=${this.tab === tab ? 0 : -1} @click=${() => (this.tab = tab)}>${label}</button>`,
        )}
      </div>
      <section role="tabpanel" id="panel" aria-labelledby="tab-${this.tab}" data-attempt=${attempt.n}>
        ${this.tab === 'exchange'
          ? html`<hb-exchange-view .attempt=${attempt}></hb-exchange-view>`
          : this.tab === 'signature'
            ? html`<hb-signature-explainer .api=${this.api} deliveryId=${d.id} n=${attempt.n}></hb-signature-explainer>`
            : html`<hb-change-diff .changes=${this.changes}></hb-change-diff>`}
      </section>`;
  }

  /** Arrow keys move between tabs, as the ARIA tabs pattern has it. */
  private onTabKey(e: KeyboardEvent): void {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const tabs = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const at = tabs.findIndex((t) => t.dataset.tab === this.tab);
    const next = tabs[(at + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
    if (!next) return;
    this.tab = next.dataset.tab as Tab;
    next.focus();
  }
}

/** The provider's real delays, and as played when the time scale is not 1. */
function scheduleText(d: Delivery): string {
  if (d.retryDelaysMs.length === 0) return `no retries · timeout ${formatDuration(d.timeoutMs)}`;
  const real = d.retryDelaysMs.map(formatDuration).join(', ');
  const played = d.timeScale === 1 ? '' : ` → played ×${d.timeScale}: ${d.retryDelaysMs.map((ms) => formatDuration(ms * d.timeScale)).join(', ')}`;
  return `${real} (real)${played} · timeout ${formatDuration(d.timeoutMs)}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-delivery-detail': HbDeliveryDetail;
  }
  interface HTMLElementEventMap {
    'hb-replay-request': HbReplayRequestEvent;
    'hb-cancel-request': HbCancelRequestEvent;
  }
}
