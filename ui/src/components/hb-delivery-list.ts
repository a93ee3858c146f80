/**
 * @module The live list: a virtualised grid of every delivery the filters select, and inbound requests
 * interleaved when asked (loaded or not: rows not yet loaded show as placeholders until their page
 * arrives); raises hb-select (a delivery), hb-sink-select (an inbound request) and hb-range.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import type { VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { DeliverySummary } from '../../../server/delivery/types.ts';
import { formatClock, formatDuration } from '../format/format-units.ts';
import { defaultShow, type Show } from '../state/inbound-rows.ts';
import { isInbound, type TimelineRow } from '../state/timeline.ts';
import { gridList } from '../styles/grid-list.ts';
import { inboundRow, inboundRowStyles } from './inbound-row.ts';
import { HbSinkSelectEvent } from './hb-sink-list.ts';
import './hb-status-badge.ts';

/**
 * Raised when a row is chosen (click, or Enter on the cursor); the owner decides what is open.
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
 * Raised as the visible rows change: the owner loads pages up to `last`.
 * @example list.addEventListener('hb-range', (e) => feed.want(e.last))
 */
export class HbRangeEvent extends Event {
  static readonly type = 'hb-range';
  readonly first: number;
  readonly last: number;
  constructor(first: number, last: number) {
    super(HbRangeEvent.type, { bubbles: true, composed: true });
    this.first = first;
    this.last = last;
  }
}

type Item = TimelineRow | undefined;

/**
 * @example html`<hb-delivery-list .rows=${feed.items} total=${feed.total} .selectedId=${id} @hb-select=${…} @hb-range=${…}></hb-delivery-list>`
 */
@customElement('hb-delivery-list')
export class HbDeliveryList extends LitElement {
  static override styles = [
    gridList,
    inboundRowStyles,
    css`
      :host {
        --cols: 62px 74px minmax(110px, 1.2fr) minmax(90px, 1fr) 112px 40px 56px;
      }
      .c-what {
        display: none;
      }
      .provider {
        color: var(--hb-text-muted);
      }
      .event {
        font-weight: 600;
      }
      .target {
        color: var(--hb-text-muted);
      }
      .sub {
        display: block;
        font-size: 11px;
        line-height: 1.25;
      }
      @container (max-width: 720px) {
        .head,
        .row {
          grid-template-columns: 58px minmax(0, 1fr) 104px 52px;
        }
        .row {
          height: 42px;
        }
        .c-provider,
        .c-event,
        .c-target,
        .c-request,
        .c-code {
          display: none;
        }
        .c-what {
          display: block;
          line-height: 1.3;
        }
      }
    `,
  ];

  /** Loaded rows, newest first: deliveries, and inbound requests when shown. */
  @property({ attribute: false }) rows: readonly TimelineRow[] = [];
  /** What the rows are, for the empty state and the arrows that tell directions apart. */
  @property() show: Show = defaultShow;
  /** Rows in the filtered list in all; those past `rows` show as placeholders. */
  @property({ type: Number }) total = 0;
  @property({ type: Boolean }) loading = false;
  /** Whether filters narrow the list (the empty state says so). */
  @property({ type: Boolean }) filtered = false;
  /** The delivery open in the detail pane. */
  @property() selectedId: string | undefined;
  /** The keyboard cursor (j/k); kept in view. */
  @property() cursorId: string | undefined;

  @query('lit-virtualizer') private virtualizer: LitVirtualizer<Item> | null | undefined;
  @query('[role="grid"]') private grid: HTMLElement | null | undefined;
  private items: Item[] = [];
  private previousTop: string | undefined;

  /** Focuses the grid, so the keyboard cursor shows and screen readers follow it. */
  focusGrid(): void {
    this.grid?.focus({ preventScroll: true });
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('rows') || changed.has('total')) {
      const missing = Math.max(0, this.total - this.rows.length);
      this.items = missing === 0 ? (this.rows as Item[]) : [...this.rows, ...new Array<Item>(missing).fill(undefined)];
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('rows')) this.keepScrollAnchor();
    if (changed.has('cursorId') && this.cursorId) {
      const index = this.rows.findIndex((d) => d.id === this.cursorId);
      if (index >= 0) this.scrollToRow(index);
    }
  }

  override render() {
    if (this.rows.length === 0) return this.renderEmpty();
    const cursor = this.cursorId && this.rows.some((d) => d.id === this.cursorId) ? `row-${this.cursorId}` : nothing;
    const label = this.show === 'both' ? 'Deliveries and inbound requests' : this.show === 'inbound' ? 'Inbound requests' : 'Deliveries';
    return html`<div role="grid" aria-label=${label} aria-rowcount=${this.total + 1} tabindex="0" aria-activedescendant=${cursor}>
      <div class="head" role="row" aria-rowindex="1">
        <span role="columnheader">Time</span><span role="columnheader" class="c-provider">Provider</span
        ><span role="columnheader" class="c-event">Event</span><span role="columnheader" class="c-target">Target</span
        ><span role="columnheader" class="c-what">Event · target</span><span role="columnheader">Status</span
        ><span role="columnheader" class="c-code">Code</span><span role="columnheader" class="num">Latency</span>
      </div>
      <lit-virtualizer
        role="rowgroup"
        scroller
        .items=${this.items}
        .keyFunction=${byPosition}
        .renderItem=${(d: Item, i: number) => (!d ? placeholder(i) : isInbound(d) ? this.renderInbound(d, i) : this.renderRow(d, i))}
        @visibilityChanged=${(e: VisibilityChangedEvent) => this.dispatchEvent(new HbRangeEvent(e.first, e.last))}
      ></lit-virtualizer>
    </div>`;
  }

  private renderEmpty() {
    const what = this.show === 'deliveries' ? 'deliveries' : this.show === 'inbound' ? 'inbound requests' : 'deliveries or inbound requests';
    if (this.loading) return html`<div class="empty" role="status">Loading ${what}…</div>`;
    if (this.filtered) return html`<div class="empty" role="status">No ${what} match these filters.</div>`;
    if (this.show === 'inbound') {
      return html`<div class="empty" role="status">Nothing received yet. Point a webhook at <code>${location.origin}/sink/&lt;name&gt;</code>, or call a mock API under <code>/mock/&lt;provider&gt;</code></div>`;
    }
    return html`<div class="empty" role="status">
      No deliveries yet. Fire one from the panel, or run<br /><br /><code>npx hookbench trigger ploomes Contacts.Update</code>
    </div>`;
  }

  private renderInbound(r: Parameters<typeof inboundRow>[0], index: number) {
    return inboundRow(r, {
      index,
      selected: r.id === this.selectedId,
      cursor: r.id === this.cursorId,
      onSelect: (id) => this.dispatchEvent(new HbSinkSelectEvent(id)),
    });
  }

  private renderRow(d: DeliverySummary, index: number) {
    const bad = d.lastError !== undefined || (d.lastStatus !== undefined && d.lastStatus >= 400);
    const code = d.lastError ?? d.lastStatus;
    const classes = `row${d.id === this.cursorId ? ' cursor' : ''}`;
    return html`<div
      class=${classes}
      role="row"
      id="row-${d.id}"
      aria-rowindex=${index + 2}
      aria-selected=${d.id === this.selectedId ? 'true' : 'false'}
      data-delivery-id=${d.id}
      data-provider=${d.provider}
      data-event=${d.event}
      data-status=${d.status}
      data-attempts=${d.attemptCount}
      @click=${() => this.dispatchEvent(new HbSelectEvent(d.id))}
    >
      <span role="gridcell" class="cell mono muted" title=${d.createdAt}>${formatClock(d.createdAt)}</span>
      <span role="gridcell" class="cell c-provider provider">${d.provider}</span>
      <span role="gridcell" class="cell c-event event" title=${d.event}
        >${this.show === 'deliveries' ? nothing : html`<span class="dir out" aria-label="outbound">→</span>`}${d.event}</span
      >
      <span role="gridcell" class="cell c-target mono target" title=${d.target}>${shortTarget(d.target)}</span>
      <span role="gridcell" class="cell c-what">
        <span class="sub cell"
          >${this.show === 'deliveries' ? nothing : html`<span class="dir out" aria-hidden="true">→</span>`}<span class="provider">${d.provider}</span>
          <span class="event">${d.event}</span></span
        >
        <span class="sub cell mono target">${shortTarget(d.target)}</span>
      </span>
      <span role="gridcell" class="cell" title=${d.nextAttemptAt ? `next attempt at ${formatClock(d.nextAttemptAt)}` : ''}>
        <hb-status-badge .status=${d.status} .attempts=${d.attemptCount}></hb-status-badge>
      </span>
      <span role="gridcell" class="cell c-code mono ${bad ? 'bad' : 'good'}" title=${code === undefined ? '' : `last attempt: ${code}`}
        >${typeof code === 'string' ? shortCode(code) : (code ?? '')}</span
      >
      <span role="gridcell" class="cell mono num muted">${d.lastDurationMs === undefined ? '' : formatDuration(d.lastDurationMs)}</span>
    </div>`;
  }

  private scrollToRow(index: number): void {
    const row = this.renderRoot.querySelector<HTMLElement>(`[aria-rowindex="${index + 2}"]`);
    const box = this.virtualizer?.getBoundingClientRect();
    const rect = row?.getBoundingClientRect();
    // In view already: leave the scroll where the user put it.
    if (box && rect && rect.top >= box.top && rect.bottom <= box.bottom) return;
    this.virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
  }

  /** Rows arriving on top push the list down; a user reading further down keeps reading the same rows. */
  private keepScrollAnchor(): void {
    const top = this.rows[0]?.id;
    const previous = this.previousTop;
    this.previousTop = top;
    const scroller = this.virtualizer;
    if (!scroller || !previous || previous === top || scroller.scrollTop === 0) return;
    const shift = this.rows.findIndex((d) => d.id === previous);
    const height = this.renderRoot.querySelector<HTMLElement>('.row')?.offsetHeight ?? 0;
    if (shift > 0 && height > 0) scroller.scrollTop += shift * height;
  }
}

/**
 * Rows are kept by position, not by id: new deliveries arrive on top, and keyed by id every one of
 * them pushed a row out of the rendered window, removed and re-created (at 500 deliveries/s, three quarters of
 * the inspector's script time). By position the same rows are updated in place. Nothing is lost:
 * selection and cursor are bound from the data, and the scroll anchor is kept by id.
 */
const byPosition = (_row: Item, index: number) => index;

const placeholder = (i: number) =>
  html`<div class="row placeholder" role="row" aria-rowindex=${i + 2} aria-busy="true" data-placeholder>
    <span class="bar" style="width: 44px"></span><span class="bar"></span><span class="bar"></span><span class="bar"></span>
  </div>`;

/** CONNECTION_REFUSED → REFUSED: the column is narrow, and the detail shows the code in full. */
const shortCode = (code: string) => code.replace(/^CONNECTION_/, '');

/** The target without its scheme: the host and path are what tell targets apart. */
const shortTarget = (target: string) => target.replace(/^https?:\/\//, '');

declare global {
  interface HTMLElementTagNameMap {
    'hb-delivery-list': HbDeliveryList;
  }
  interface HTMLElementEventMap {
    'hb-select': HbSelectEvent;
    'hb-range': HbRangeEvent;
  }
}
