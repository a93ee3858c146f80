/** @module A request or response body: JSON indented for reading (values untouched), or the text as sent. */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { prettyJson } from '../format/pretty-json.ts';
import './hb-copy-button.ts';

/**
 * @example html`<hb-body-view .body=${response.body} encoding=${response.bodyEncoding}></hb-body-view>`
 */
@customElement('hb-body-view')
export class HbBodyView extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .bar {
      display: flex;
      align-items: center;
      gap: 10px;
      padding: 3px 8px;
      font-size: var(--hb-font-size-small);
      color: var(--hb-text-muted);
      border-bottom: 1px solid var(--hb-border);
    }
    .kind {
      font-weight: 600;
      letter-spacing: 0.04em;
      margin-right: auto;
    }
    .toggle {
      font: inherit;
      color: var(--hb-accent);
      background: none;
      border: 0;
      padding: 0;
      cursor: pointer;
    }
    .toggle:hover {
      text-decoration: underline;
    }
    pre {
      margin: 0;
      padding: 6px 8px;
      max-height: 320px;
      resize: vertical;
      overflow: auto;
      font: var(--hb-font-size-small) / 1.5 var(--hb-font-mono);
      white-space: pre-wrap;
      word-break: break-all;
    }
    .empty {
      padding: 4px 8px;
      color: var(--hb-text-muted);
      font-style: italic;
    }
  `;

  @property() body = '';
  @property() encoding: 'utf8' | 'base64' = 'utf8';
  /** Shows the bytes as sent instead of the indented JSON. */
  @state() private raw = false;
  private pretty: string | undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('body') || changed.has('encoding')) this.pretty = this.encoding === 'utf8' ? prettyJson(this.body) : undefined;
  }

  override render() {
    if (this.body === '') return html`<div class="empty">empty body</div>`;
    const showPretty = this.pretty !== undefined && !this.raw;
    const kind = this.encoding === 'base64' ? 'BINARY · BASE64' : this.pretty === undefined ? 'TEXT' : 'JSON';
    return html`<div class="bar">
        <span class="kind">${kind}</span>
        ${this.pretty === undefined
          ? nothing
          : html`<button class="toggle" type="button" @click=${() => (this.raw = !this.raw)}>${this.raw ? 'indented' : 'as sent'}</button>`}
        <hb-copy-button .text=${this.body} label="copy body"></hb-copy-button>
      </div>
      <pre data-format=${showPretty ? 'pretty' : 'raw'}>${showPretty ? this.pretty : this.body}</pre>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-body-view': HbBodyView;
  }
}
