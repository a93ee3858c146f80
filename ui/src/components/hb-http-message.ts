/** @module One side of an exchange: the request line or status line, its size and timing, every header, the body. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sectionHeading } from '../styles/theme.ts';
import './hb-body-view.ts';
import './hb-headers-table.ts';

/** What one side shows; a request has method and url, a response status and statusText. */
export interface HttpMessage {
  method?: string;
  url?: string;
  status?: number;
  statusText?: string;
  headers: Readonly<Record<string, string>>;
  body: string;
  encoding?: 'utf8' | 'base64';
  /** Bytes on the wire when known (a response past 1 MiB is kept truncated). */
  bytes?: number;
  truncated?: boolean;
  /** e.g. "sent 12:00:01.234" or "after 14 ms". */
  timing?: string;
}

/**
 * @example html`<hb-http-message heading="Request" .message=${{ method: 'POST', url, headers, body }}></hb-http-message>`
 */
@customElement('hb-http-message')
export class HbHttpMessage extends LitElement {
  static override styles = [
    sectionHeading,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 6px;
        min-width: 0;
      }
      h4 {
        margin: 0;
        display: flex;
        justify-content: space-between;
        gap: 8px;
      }
      .timing {
        text-transform: none;
        letter-spacing: 0;
        font-weight: 400;
        font-family: var(--hb-font-mono);
      }
      .line {
        font: var(--hb-font-size) / 1.4 var(--hb-font-mono);
        word-break: break-all;
      }
      .method,
      .code {
        font-weight: 700;
        margin-right: 6px;
      }
      .c2 {
        color: var(--hb-ok);
      }
      .c3 {
        color: var(--hb-info);
      }
      .c4,
      .c5 {
        color: var(--hb-fail);
      }
      .part {
        border: 1px solid var(--hb-border);
        border-radius: var(--hb-radius);
        background: var(--hb-surface);
        overflow: hidden;
      }
      .part-title {
        padding: 3px 8px;
        font-size: var(--hb-font-size-small);
        color: var(--hb-text-muted);
        border-bottom: 1px solid var(--hb-border);
        background: var(--hb-surface-2);
      }
      .truncated {
        color: var(--hb-warn);
        font-size: var(--hb-font-size-small);
      }
    `,
  ];

  @property() heading = '';
  @property({ attribute: false }) message: HttpMessage | undefined;

  override render() {
    const m = this.message;
    if (!m) return nothing;
    const count = Object.keys(m.headers).length;
    return html`<h4 class="section-heading">${this.heading}${m.timing ? html`<span class="timing">${m.timing}</span>` : nothing}</h4>
      ${m.method !== undefined
        ? html`<div class="line"><span class="method">${m.method}</span><span class="url">${m.url}</span></div>`
        : html`<div class="line">
            <span class="code c${Math.floor((m.status ?? 0) / 100)}" data-status=${m.status ?? ''}>${m.status}</span><span class="status-text">${m.statusText}</span>
          </div>`}
      <div class="part headers">
        <div class="part-title">${count} ${count === 1 ? 'header' : 'headers'}</div>
        <hb-headers-table .headers=${m.headers}></hb-headers-table>
      </div>
      <div class="part body"><hb-body-view .body=${m.body} .encoding=${m.encoding ?? 'utf8'} .bytes=${m.bytes}></hb-body-view></div>
      ${m.truncated ? html`<span class="truncated">Truncated: only the first 1 MiB was kept.</span>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-http-message': HbHttpMessage;
  }
}
