/** @module One attempt side by side: the request as sent on the left, the response (or the failure) on the right. */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Attempt } from '../../../server/delivery/types.ts';
import { formatClock, formatDuration } from '../format/format-units.ts';
import { sectionHeading } from '../styles/theme.ts';
import { errorClassOf } from '../format/error-class.ts';
import './hb-http-message.ts';

/**
 * @example html`<hb-exchange-view .attempt=${attempt}></hb-exchange-view>`
 */
@customElement('hb-exchange-view')
export class HbExchangeView extends LitElement {
  static override styles = [
    sectionHeading,
    css`
      :host {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        gap: 14px;
      }
      @container (max-width: 620px) {
        :host {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      .failure {
        display: flex;
        flex-direction: column;
        gap: 6px;
      }
      h4 {
        margin: 0;
      }
      .error {
        padding: 8px 10px;
        border-radius: var(--hb-radius);
        background: var(--hb-fail-bg);
        color: var(--hb-fail);
        font: var(--hb-font-size-small) / 1.5 var(--hb-font-mono);
      }
      .error strong {
        display: block;
      }
      .pending {
        color: var(--hb-text-muted);
        font-style: italic;
      }
    `,
  ];

  @property({ attribute: false }) attempt: Attempt | undefined;

  override render() {
    const a = this.attempt;
    if (!a) return html``;
    return html`<hb-http-message
        class="request"
        heading="Request"
        .message=${{ ...a.request, timing: `sent ${formatClock(a.startedAt, { ms: true })}` }}
      ></hb-http-message>
      ${this.renderResponse(a)}`;
  }

  private renderResponse(a: Attempt) {
    const after = a.durationMs === null ? undefined : `after ${formatDuration(a.durationMs)}`;
    if (a.response) {
      const r = a.response;
      const message = { status: r.status, statusText: r.statusText, headers: r.headers, body: r.body, encoding: r.bodyEncoding, bytes: r.bodyBytes, truncated: r.truncated };
      return html`<hb-http-message class="response" heading="Response" .message=${after ? { ...message, timing: after } : message}></hb-http-message>`;
    }
    if (a.error) {
      return html`<div class="failure response">
        <h4 class="section-heading">No response${after ? ` · ${after}` : ''}</h4>
        <div class="error" role="alert"><strong>${a.error.code} · ${errorClassOf(a)}</strong>${a.error.message}</div>
      </div>`;
    }
    return html`<div class="failure response"><h4 class="section-heading">Response</h4><div class="pending">Waiting for the receiver…</div></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-exchange-view': HbExchangeView;
  }
}
