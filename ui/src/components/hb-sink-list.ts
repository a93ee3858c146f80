/** @module The requests the built-in sink received, virtualised, newest first, with their signature check; raises hb-sink-select. */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import type { SinkRequestSummary } from '../../../server/sink/types.ts';
import { formatBytes, formatClock } from '../format/format-units.ts';
import { gridList } from '../styles/grid-list.ts';
import './hb-verification-badge.ts';

/**
 * @example list.addEventListener('hb-sink-select', (e) => (open = e.requestId))
 */
export class HbSinkSelectEvent extends Event {
  static readonly type = 'hb-sink-select';
  readonly requestId: string;
  constructor(requestId: string) {
    super(HbSinkSelectEvent.type, { bubbles: true, composed: true });
    this.requestId = requestId;
  }
}

/**
 * @example html`<hb-sink-list .rows=${sink.items} selectedId=${id}></hb-sink-list>`
 */
@customElement('hb-sink-list')
export class HbSinkList extends LitElement {
  static override styles = [
    gridList,
    css`
      :host {
        --cols: 62px 68px minmax(0, 1.4fr) 74px minmax(0, 1.3fr) 44px 58px;
      }
      .method {
        font-weight: 700;
      }
      @container (max-width: 640px) {
        .head,
        .row {
          grid-template-columns: 58px minmax(0, 1fr) minmax(0, 1fr) 44px;
        }
        .c-name,
        .c-provider,
        .c-size {
          display: none;
        }
      }
    `,
  ];

  @property({ attribute: false }) rows: readonly SinkRequestSummary[] = [];
  @property({ type: Boolean }) loading = false;
  @property() selectedId: string | undefined;
  @property() cursorId: string | undefined;
  @query('lit-virtualizer') private virtualizer: LitVirtualizer<SinkRequestSummary> | null | undefined;
  @query('[role="grid"]') private grid: HTMLElement | null | undefined;

  focusGrid(): void {
    this.grid?.focus({ preventScroll: true });
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('cursorId') && this.cursorId) {
      const index = this.rows.findIndex((r) => r.id === this.cursorId);
      if (index >= 0) this.virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
    }
  }

  override render() {
    if (this.rows.length === 0) {
      return html`<div class="empty" role="status">
        ${this.loading ? 'Loading…' : html`Nothing received yet. Point a webhook at <code>${location.origin}/sink/&lt;name&gt;</code>`}
      </div>`;
    }
    const cursor = this.cursorId && this.rows.some((r) => r.id === this.cursorId) ? `row-${this.cursorId}` : '';
    return html`<div role="grid" aria-label="Sink requests" aria-rowcount=${this.rows.length + 1} tabindex="0" aria-activedescendant=${cursor}>
      <div class="head" role="row" aria-rowindex="1">
        <span role="columnheader">Time</span><span role="columnheader" class="c-name">Sink</span><span role="columnheader">Request</span
        ><span role="columnheader" class="c-provider">Provider</span><span role="columnheader">Signature</span><span role="columnheader">Status</span
        ><span role="columnheader" class="num c-size">Size</span>
      </div>
      <lit-virtualizer role="rowgroup" scroller .items=${this.rows as SinkRequestSummary[]} .keyFunction=${byPosition}
        .renderItem=${(r: SinkRequestSummary, i: number) => this.renderRow(r, i)}></lit-virtualizer>
    </div>`;
  }

  private renderRow(r: SinkRequestSummary, index: number) {
    const bad = r.responseStatus >= 400;
    return html`<div class="row ${r.id === this.cursorId ? 'cursor' : ''}" role="row" id="row-${r.id}" aria-rowindex=${index + 2}
      aria-selected=${String(r.id === this.selectedId)} data-sink-id=${r.id} data-verified=${r.verification ? String(r.verification.ok) : 'none'}
      @click=${() => this.dispatchEvent(new HbSinkSelectEvent(r.id))}>
      <span role="gridcell" class="cell mono muted" title=${r.receivedAt}>${formatClock(r.receivedAt)}</span>
      <span role="gridcell" class="cell c-name mono">${r.name}</span>
      <span role="gridcell" class="cell mono" title=${r.url}><span class="method">${r.method}</span> ${r.url}</span>
      <span role="gridcell" class="cell c-provider muted">${r.provider ?? '—'}</span>
      <span role="gridcell" class="cell"><hb-verification-badge .result=${r.verification}></hb-verification-badge></span>
      <span role="gridcell" class="cell mono ${bad ? 'bad' : 'good'}" title="the sink answered ${r.responseStatus}">${r.responseStatus}</span>
      <span role="gridcell" class="cell mono num muted c-size">${formatBytes(r.bodyBytes)}</span>
    </div>`;
  }
}

/** Rows by position, updated in place as requests arrive on top (see hb-delivery-list.ts's byPosition). */
const byPosition = (_row: SinkRequestSummary, index: number) => index;

declare global {
  interface HTMLElementTagNameMap {
    'hb-sink-list': HbSinkList;
  }
  interface HTMLElementEventMap {
    'hb-sink-select': HbSinkSelectEvent;
  }
}
