/** @module The sink view: every request the built-in sink received, with its signature check, beside the one open. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { SinkRequestSummary } from '../../../server/sink/types.ts';
import type { ApiClient, ApiError } from '../controllers/api-client.ts';
import { controls } from '../styles/controls.ts';
import type { HbSinkList } from './hb-sink-list.ts';
import './hb-copy-button.ts';
import './hb-sink-list.ts';
import './hb-sink-request-detail.ts';

/**
 * @example html`<hb-sink-view .api=${api} .rows=${sink.items} selectedId=${route.id}></hb-sink-view>`
 */
@customElement('hb-sink-view')
export class HbSinkView extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: grid;
        grid-template-columns: minmax(420px, 1fr) minmax(480px, 1.1fr);
        height: 100%;
        min-height: 0;
      }
      .list {
        display: flex;
        flex-direction: column;
        min-height: 0;
        border-right: 1px solid var(--hb-border);
        background: var(--hb-surface);
      }
      .bar {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 8px 12px;
        border-bottom: 1px solid var(--hb-border);
        font-size: var(--hb-font-size-small);
        color: var(--hb-text-muted);
      }
      .bar code {
        font-family: var(--hb-font-mono);
        color: var(--hb-text);
      }
      .count {
        margin-right: auto;
      }
      .bad {
        color: var(--hb-fail);
        font-weight: 600;
      }
      hb-sink-list {
        flex: 1;
        min-height: 0;
      }
      .detail {
        overflow: auto;
        min-height: 0;
      }
    `,
  ];

  @property({ attribute: false }) api: ApiClient | undefined;
  @property({ attribute: false }) rows: readonly SinkRequestSummary[] = [];
  @property({ type: Boolean }) loading = false;
  @property({ attribute: false }) error: ApiError | undefined;
  @property() selectedId: string | undefined;
  @property() cursorId: string | undefined;
  @query('hb-sink-list') private list: HbSinkList | null | undefined;

  focusList(): void {
    this.list?.focusGrid();
  }

  override render() {
    const sinkUrl = `${location.origin}/sink/<name>`;
    const failed = this.rows.filter((r) => r.verification && !r.verification.ok).length;
    return html`<section class="list" aria-label="Sink requests">
        <div class="bar">
          <span class="count" role="status"
            >${this.rows.length.toLocaleString('en')} received${failed ? html` · <span class="bad">${failed} failed verification</span>` : nothing}</span
          >
          Point webhooks at <code>${sinkUrl}</code>
          <hb-copy-button .text=${`${location.origin}/sink/default`} label="Copy the sink URL"></hb-copy-button>
        </div>
        ${this.error ? html`<div class="error-box" role="alert">${this.error.message}</div>` : nothing}
        <hb-sink-list .rows=${this.rows} ?loading=${this.loading} selectedId=${this.selectedId ?? ''} cursorId=${this.cursorId ?? ''}></hb-sink-list>
      </section>
      <section class="detail" aria-label="Sink request">
        <hb-sink-request-detail .api=${this.api} requestId=${this.selectedId ?? ''}></hb-sink-request-detail>
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-sink-view': HbSinkView;
  }
}
