/** @module One request the sink received: its signature check spelled out, then the request and the sink's answer. */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { SinkRequest } from '../../../server/sink/types.ts';
import type { ApiClient } from '../controllers/api-client.ts';
import { ResourceController } from '../controllers/resource-controller.ts';
import { formatClock } from '../format/format-units.ts';
import { controls } from '../styles/controls.ts';
import './hb-http-message.ts';
import './hb-verification-badge.ts';

/**
 * @example html`<hb-sink-request-detail .api=${api} requestId="snk_…"></hb-sink-request-detail>`
 */
@customElement('hb-sink-request-detail')
export class HbSinkRequestDetail extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      header {
        padding: 12px 16px;
        border-bottom: 1px solid var(--hb-border);
        background: var(--hb-surface);
      }
      h2 {
        margin: 0 0 8px;
        font-size: 15px;
        display: flex;
        gap: 10px;
        align-items: center;
      }
      .path {
        font-family: var(--hb-font-mono);
        font-weight: 500;
        word-break: break-all;
      }
      .verdict {
        padding: 8px 12px;
        border-radius: var(--hb-radius);
        font-size: var(--hb-font-size);
      }
      .verdict.ok {
        background: var(--hb-ok-bg);
        color: var(--hb-ok);
      }
      .verdict.failed {
        background: var(--hb-fail-bg);
        color: var(--hb-fail);
      }
      .verdict.none {
        background: var(--hb-idle-bg);
        color: var(--hb-idle);
      }
      .verdict code {
        font-family: var(--hb-font-mono);
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
      }
      .empty {
        padding: 40px 16px;
        text-align: center;
        color: var(--hb-text-muted);
      }
    `,
  ];

  @property({ attribute: false }) api: ApiClient | undefined;
  @property() requestId: string | undefined;
  private readonly request = new ResourceController<string, SinkRequest>(this, { load: (id, signal) => this.api!.sinkRequest(id, { signal }) });

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('requestId') || changed.has('api')) this.request.show(this.api && this.requestId ? this.requestId : undefined);
  }

  override render() {
    if (!this.requestId) return html`<div class="empty">Select a request to see what arrived and whether it verifies.</div>`;
    if (this.request.error) return html`<div class="error-box" role="alert">${this.request.error.message}</div>`;
    const r = this.request.value;
    if (!r || r.id !== this.requestId) return html`<div class="empty">Loading…</div>`;
    const v = r.verification;
    return html`<article data-sink-id=${r.id}>
      <header>
        <h2>${r.method} <span class="path">${r.url}</span></h2>
        <div class="verdict ${v ? (v.ok ? 'ok' : 'failed') : 'none'}" role="status" data-verified=${v ? String(v.ok) : 'none'}>
          ${v
            ? v.ok
              ? html`<strong>Signature verified</strong> with <code>${v.scheme}</code> and the workbench's current credentials.`
              : html`<strong>Signature check failed</strong> (<code>${v.scheme}</code>): <span class="reason">${v.reason ?? 'the request does not verify'}</span>`
            : r.name === 'mock'
              ? html`<strong>Mock API call</strong> to ${r.provider ?? 'a provider'}'s API: the mock checks its own key or token, and answered <code>${r.responseStatus}</code>.`
              : html`<strong>Not checked</strong>: no provider recognised (name the sink after one, or add <code>?provider=</code>).`}
        </div>
        <dl>
          <dt>Sink</dt><dd>${r.name}</dd>
          <dt>Provider</dt><dd>${r.provider ?? '—'}</dd>
          <dt>Received</dt><dd title=${r.receivedAt}>${formatClock(r.receivedAt, { ms: true })}</dd>
          <dt>Answered</dt><dd>${r.responseStatus}</dd>
          <dt>Request id</dt><dd>${r.id}</dd>
        </dl>
      </header>
      <div class="body">
        <hb-http-message heading="Request as received"
          .message=${{ method: r.method, url: r.url, headers: r.headers, body: r.body, encoding: r.bodyEncoding, bytes: r.bodyBytes }}></hb-http-message>
      </div>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-sink-request-detail': HbSinkRequestDetail;
  }
}
