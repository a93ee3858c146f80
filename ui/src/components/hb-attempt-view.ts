/** @module One attempt of a delivery: the request as sent, then the response or the error, and the next retry. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Attempt, AttemptResponse } from '../../../server/delivery/types.ts';
import { formatBytes, formatClock, formatDuration } from '../format/format-units.ts';
import './hb-body-view.ts';
import './hb-headers-table.ts';
import { sectionHeading } from '../styles/theme.ts';

/**
 * @example html`<hb-attempt-view .attempt=${attempt} .timeScale=${delivery.timeScale} open></hb-attempt-view>`
 */
@customElement('hb-attempt-view')
export class HbAttemptView extends LitElement {
  static override styles = [
    sectionHeading,
    css`
      :host {
        display: block;
        border: 1px solid var(--hb-border);
        border-radius: var(--hb-radius);
        background: var(--hb-surface);
      }
      summary {
        display: flex;
        align-items: center;
        gap: 10px;
        padding: 6px 10px;
        cursor: pointer;
        list-style: none;
        font-size: var(--hb-font-size-small);
        color: var(--hb-text-muted);
      }
      summary::-webkit-details-marker {
        display: none;
      }
      summary::before {
        content: '▸';
        font-size: 10px;
        transition: transform 0.1s;
      }
      details[open] > summary::before {
        transform: rotate(90deg);
      }
      details[open] > summary {
        border-bottom: 1px solid var(--hb-border);
      }
      .n {
        font-weight: 600;
        color: var(--hb-text);
      }
      .outcome {
        margin-left: auto;
      }
      .mono {
        font-family: var(--hb-font-mono);
      }
      section + section {
        border-top: 1px solid var(--hb-border);
      }
      h4 {
        margin: 0;
        padding: 6px 10px 2px;
      }
      .line {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 4px 10px;
        padding: 2px 10px 6px;
        font: var(--hb-font-size) / 1.4 var(--hb-font-mono);
      }
      .url {
        word-break: break-all;
      }
      .method {
        font-weight: 700;
      }
      .facts {
        font-family: var(--hb-font-ui);
        font-size: var(--hb-font-size-small);
        color: var(--hb-text-muted);
      }
      .truncated {
        color: var(--hb-warn);
        font-weight: 600;
      }
      .code {
        font-weight: 700;
      }
      .c2 {
        color: var(--hb-ok);
      }
      .c3 {
        color: var(--hb-info);
      }
      .c4,
      .c5,
      .err {
        color: var(--hb-fail);
      }
      .part {
        margin: 0 10px 8px;
        border: 1px solid var(--hb-border);
        border-radius: var(--hb-radius);
        background: var(--hb-bg);
      }
      .error {
        margin: 0 10px 10px;
        padding: 6px 10px;
        border-radius: var(--hb-radius);
        background: var(--hb-fail-bg);
        color: var(--hb-fail);
        font-family: var(--hb-font-mono);
      }
      .pending {
        padding: 2px 10px 10px;
        color: var(--hb-text-muted);
        font-style: italic;
      }
      .retry {
        margin: 0;
        padding: 6px 10px;
        border-top: 1px solid var(--hb-border);
        background: var(--hb-warn-bg);
        color: var(--hb-warn);
        font-size: var(--hb-font-size-small);
      }
    `,
  ];

  @property({ attribute: false }) attempt: Attempt | undefined;
  /** The delivery's time scale, to say how a retry delay was played. */
  @property({ type: Number }) timeScale = 1;
  /** Whether the attempt starts expanded. */
  @property({ type: Boolean }) open = false;

  override render() {
    const a = this.attempt;
    if (!a) return nothing;
    return html`<details ?open=${this.open} data-attempt=${a.n}>
      <summary>
        <span class="n">Attempt ${a.n}</span>
        <span class="mono" title=${a.startedAt}>${formatClock(a.startedAt, { ms: true })}</span>
        <span class="outcome mono">${this.outcome(a)}</span>
        ${a.durationMs === null ? nothing : html`<span class="mono">${formatDuration(a.durationMs)}</span>`}
      </summary>
      ${this.renderRequest(a)} ${this.renderResponse(a)} ${this.renderRetry(a)}
    </details>`;
  }

  private outcome(a: Attempt) {
    if (a.response) return html`<span class="code c${Math.floor(a.response.status / 100)}">${a.response.status} ${a.response.statusText}</span>`;
    if (a.error) return html`<span class="err">${a.error.code}</span>`;
    return a.durationMs === null ? 'in flight…' : '';
  }

  private renderRequest(a: Attempt) {
    const { method, url, headers, body } = a.request;
    return html`<section class="request">
      <h4 class="section-heading">Request</h4>
      <div class="line"><span class="method">${method}</span><span class="url">${url}</span></div>
      <div class="part"><hb-headers-table .headers=${headers}></hb-headers-table></div>
      <div class="part"><hb-body-view .body=${body}></hb-body-view></div>
    </section>`;
  }

  private renderResponse(a: Attempt) {
    if (a.response) return this.renderReceived(a.response, a.durationMs);
    if (a.error) {
      return html`<section class="response">
        <h4 class="section-heading">Error</h4>
        <div class="error" role="alert"><strong>${a.error.code}</strong> ${a.error.message}</div>
        ${a.durationMs === null ? nothing : html`<div class="line facts">after <span class="duration">${formatDuration(a.durationMs)}</span></div>`}
      </section>`;
    }
    return html`<section class="response"><h4 class="section-heading">Response</h4><div class="pending">waiting for the receiver…</div></section>`;
  }

  private renderReceived(r: AttemptResponse, durationMs: number | null) {
    return html`<section class="response">
      <h4 class="section-heading">Response</h4>
      <div class="line">
        <span class="code c${Math.floor(r.status / 100)}" data-status=${r.status}>${r.status}</span>
        <span class="status-text">${r.statusText}</span>
        <span class="facts">
          ${durationMs === null ? nothing : html`<span class="duration">${formatDuration(durationMs)}</span> ·`}
          <span class="bytes">${formatBytes(r.bodyBytes)}</span>
          ${r.truncated ? html`· <span class="truncated">truncated: only the first 1 MiB was kept</span>` : nothing}
        </span>
      </div>
      <div class="part"><hb-headers-table .headers=${r.headers}></hb-headers-table></div>
      <div class="part"><hb-body-view .body=${r.body} .encoding=${r.bodyEncoding}></hb-body-view></div>
    </section>`;
  }

  private renderRetry(a: Attempt) {
    if (!a.nextRetryAt) return nothing;
    const real = a.nextRetryDelayMs === undefined ? '' : `the provider waits ${formatDuration(a.nextRetryDelayMs)}`;
    const scaled = this.timeScale === 1 || !real ? real : `${real}, played ×${this.timeScale}`;
    return html`<p class="retry">
      Next retry (attempt ${a.n + 1}) at <span class="mono" title=${a.nextRetryAt}>${formatClock(a.nextRetryAt)}</span>${scaled ? ` — ${scaled}` : ''}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-attempt-view': HbAttemptView;
  }
}
