/**
 * @module One inbound request (a sink request or a mock API call) as a row of the live list, in the
 * delivery columns: an arrow pointing in, method and path across event and target, the signature
 * check where a delivery has its status, the answer's status code where a delivery has its own.
 * A template rather than an element: the virtualised list renders thousands of rows in its own root.
 */
import { css, html } from 'lit';
import type { SinkRequestSummary } from '../../../server/sink/types.ts';
import { formatBytes, formatClock } from '../format/format-units.ts';
import './hb-verification-badge.ts';

export interface InboundRowOptions {
  index: number;
  selected: boolean;
  cursor: boolean;
  onSelect(id: string): void;
}

/** Inbound rows read as arrivals: tinted, and an arrow pointing in. */
export const inboundRowStyles = css`
  .row.inbound {
    background: color-mix(in srgb, var(--hb-info-bg) 55%, var(--hb-surface));
  }
  .row.inbound:hover {
    background: color-mix(in srgb, var(--hb-info-bg) 85%, var(--hb-surface));
  }
  .row.inbound[aria-selected='true'] {
    background: var(--hb-selected);
  }
  .dir {
    display: inline-block;
    width: 1.3em;
    font: 700 14px / 1 var(--hb-font-ui);
    text-align: center;
  }
  .dir.in {
    color: var(--hb-info);
  }
  .dir.out {
    color: var(--hb-text-muted);
  }
  .c-request {
    grid-column: span 2;
  }
  .method {
    font-weight: 700;
  }
  .tag {
    display: inline-flex;
    align-items: center;
    height: 19px;
    padding: 0 7px;
    border-radius: 10px;
    font: 600 var(--hb-font-size-small) / 1 var(--hb-font-ui);
    color: var(--hb-idle);
    background: var(--hb-idle-bg);
  }
`;

/** @example html`${rows.map((r, index) => inboundRow(r, { index, selected: false, cursor: false, onSelect }))}` */
export function inboundRow(r: SinkRequestSummary, { index, selected, cursor, onSelect }: InboundRowOptions) {
  const bad = r.responseStatus >= 400;
  const mock = r.name === 'mock';
  const what = mock ? `a call to the ${r.provider ?? ''} mock API` : `received by the sink "${r.name}"`;
  return html`<div class="row inbound${cursor ? ' cursor' : ''}" role="row" id="row-${r.id}" aria-rowindex=${index + 2}
    aria-selected=${selected ? 'true' : 'false'} data-inbound-id=${r.id} data-direction="in" data-name=${r.name}
    data-verified=${r.verification ? String(r.verification.ok) : 'none'} @click=${() => onSelect(r.id)}>
    <span role="gridcell" class="cell mono muted" title=${r.receivedAt}>${formatClock(r.receivedAt)}</span>
    <span role="gridcell" class="cell c-provider provider">${r.provider ?? '—'}</span>
    <span role="gridcell" class="cell c-request mono" title="${r.method} ${r.url}: ${what}, body ${formatBytes(r.bodyBytes)}"
      ><span class="dir in" aria-label="inbound">←</span><span class="method">${r.method}</span> ${r.url}</span
    >
    <span role="gridcell" class="cell c-what">
      <span class="sub cell mono"><span class="dir in" aria-hidden="true">←</span><span class="method">${r.method}</span> ${r.url}</span>
      <span class="sub cell muted"
        >${r.provider ?? '—'} · ${mock ? 'mock API' : `sink ${r.name}`} · answered <span class="mono ${bad ? 'bad' : 'good'}">${r.responseStatus}</span></span
      >
    </span>
    <span role="gridcell" class="cell">
      ${mock
        ? html`<span class="tag" title="The mock checks its own key or token; its answer is the status">mock API</span>`
        : html`<hb-verification-badge .result=${r.verification}></hb-verification-badge>`}
    </span>
    <span role="gridcell" class="cell c-code mono ${bad ? 'bad' : 'good'}" title="answered ${r.responseStatus}">${r.responseStatus}</span>
    <span role="gridcell" class="cell mono num muted" aria-label="no latency: received, not sent"></span>
  </div>`;
}
