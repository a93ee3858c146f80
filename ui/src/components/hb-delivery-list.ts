/** @module The live delivery list: one dense row per delivery, newest first; raises hb-select. */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DeliverySummary } from '../../../server/delivery/types.ts';
import { formatClock, formatDuration } from '../format/format-units.ts';
import './hb-status-badge.ts';

/**
 * Raised when a row is chosen; the owner decides what is selected.
 * @example list.addEventListener('hb-select', (e) => (selectedId = e.deliveryId))
 */
export class HbSelectEvent extends Event {
  static readonly type = 'hb-select';
  readonly deliveryId: string;
  constructor(deliveryId: string) {
    super(HbSelectEvent.type, { bubbles: true, composed: true });
    this.deliveryId = deliveryId;
  }
}

/**
 * @example html`<hb-delivery-list .deliveries=${rows} .selectedId=${id} @hb-select=${(e: HbSelectEvent) => …}></hb-delivery-list>`
 */
@customElement('hb-delivery-list')
export class HbDeliveryList extends LitElement {
  static override styles = css`
    :host {
      display: block;
      --cols: 60px minmax(0, 1fr) 104px 64px 56px;
    }
    .head,
    .row {
      display: grid;
      grid-template-columns: var(--cols);
      gap: 10px;
      align-items: center;
      padding: 0 12px;
    }
    .head {
      position: sticky;
      top: 0;
      z-index: 1;
      height: 26px;
      background: var(--hb-surface-2);
      border-bottom: 1px solid var(--hb-border);
      font-size: var(--hb-font-size-small);
      font-weight: 600;
      color: var(--hb-text-muted);
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .row {
      width: 100%;
      height: 42px;
      box-sizing: border-box;
      border: 0;
      border-bottom: 1px solid var(--hb-border);
      background: var(--hb-surface);
      color: inherit;
      font: inherit;
      text-align: left;
      cursor: pointer;
    }
    .row:hover {
      background: var(--hb-surface-2);
    }
    .row[aria-current='true'] {
      background: var(--hb-selected);
      box-shadow: inset 3px 0 0 var(--hb-accent);
    }
    .row:focus-visible {
      outline: 2px solid var(--hb-accent);
      outline-offset: -2px;
    }
    .cell {
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .mono {
      font-family: var(--hb-font-mono);
      font-size: var(--hb-font-size-small);
    }
    .muted {
      color: var(--hb-text-muted);
    }
    .what {
      display: flex;
      flex-direction: column;
      line-height: 1.3;
    }
    .event {
      font-weight: 600;
    }
    .target {
      font-size: 11px;
    }
    .provider {
      color: var(--hb-text-muted);
      margin-right: 6px;
      font-weight: 400;
    }
    .num {
      text-align: right;
    }
    .bad {
      color: var(--hb-fail);
    }
    .empty {
      padding: 32px 16px;
      text-align: center;
      color: var(--hb-text-muted);
    }
    code {
      font-family: var(--hb-font-mono);
    }
  `;

  @property({ attribute: false }) deliveries: readonly DeliverySummary[] = [];
  @property() selectedId: string | undefined;

  override render() {
    return html`<div class="head" aria-hidden="true">
        <span>Time</span><span>Event · target</span><span>Status</span><span>Result</span><span class="num">Latency</span>
      </div>
      ${this.deliveries.length === 0
        ? html`<div class="empty">No deliveries yet. Fire one from the panel, or run<br /><code>npx hookbench trigger ploomes Contacts.Update</code></div>`
        : html`<ol aria-label="Deliveries" @keydown=${this.onKeydown}>
            ${this.deliveries.map((d) => this.renderRow(d))}
          </ol>`}`;
  }

  private renderRow(d: DeliverySummary) {
    return html`<li>
      <button
        class="row"
        type="button"
        data-delivery-id=${d.id}
        data-provider=${d.provider}
        data-event=${d.event}
        data-status=${d.status}
        aria-current=${d.id === this.selectedId ? 'true' : 'false'}
        @click=${() => this.dispatchEvent(new HbSelectEvent(d.id))}
      >
        <span class="cell mono muted" title=${d.createdAt}>${formatClock(d.createdAt)}</span>
        <span class="cell what">
          <span class="cell event" title="${d.provider} ${d.event}"><span class="provider">${d.provider}</span>${d.event}</span>
          <span class="cell mono muted target" title=${d.target}>${shortTarget(d.target)}</span>
        </span>
        <span class="cell"><hb-status-badge .status=${d.status} .attempts=${d.attemptCount}></hb-status-badge></span>
        ${this.renderResult(d)}
      </button>
    </li>`;
  }

  private renderResult(d: DeliverySummary) {
    const bad = d.lastError !== undefined || (d.lastStatus !== undefined && d.lastStatus >= 400);
    const code = d.lastError ?? d.lastStatus;
    return html`<span class="cell mono ${bad ? 'bad' : ''}" title=${code === undefined ? '' : `last attempt: ${code}`}
        >${typeof code === 'string' ? shortCode(code) : (code ?? '')}</span
      >
      <span class="cell mono num">${d.lastDurationMs === undefined ? '' : formatDuration(d.lastDurationMs)}</span>`;
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const rows = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.row')];
    const at = rows.findIndex((r) => r === this.renderRoot.querySelector('button.row:focus'));
    const next = rows[Math.max(0, Math.min(rows.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (!next?.dataset.deliveryId) return;
    e.preventDefault();
    next.focus();
    this.dispatchEvent(new HbSelectEvent(next.dataset.deliveryId));
  }
}

/** CONNECTION_REFUSED → REFUSED: the column is narrow, and the detail shows the code in full. */
const shortCode = (code: string) => code.replace(/^CONNECTION_/, '');

/** The target without its scheme: the host and path are what tell targets apart. */
function shortTarget(target: string): string {
  return target.replace(/^https?:\/\//, '');
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-delivery-list': HbDeliveryList;
  }
  interface HTMLElementEventMap {
    'hb-select': HbSelectEvent;
  }
}
