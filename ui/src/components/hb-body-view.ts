/** @module A request or response body: JSON as a foldable tree (values untouched), or the bytes as sent, with its size and a copy button. */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { maxTreeChars } from '../format/json-tree.ts';
import { prettyJson } from '../format/pretty-json.ts';
import { formatBytes } from '../format/format-units.ts';
import { controls } from '../styles/controls.ts';
import './hb-copy-button.ts';
import './hb-json-tree.ts';

type Mode = 'tree' | 'raw';

/**
 * @example html`<hb-body-view .body=${response.body} encoding=${response.bodyEncoding}></hb-body-view>`
 */
@customElement('hb-body-view')
export class HbBodyView extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      .bar {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 3px 8px;
        font-size: var(--hb-font-size-small);
        color: var(--hb-text-muted);
        border-bottom: 1px solid var(--hb-border);
      }
      .kind {
        font-weight: 600;
        letter-spacing: 0.04em;
      }
      .size {
        margin-right: auto;
        font-family: var(--hb-font-mono);
      }
      .modes {
        display: inline-flex;
        border: 1px solid var(--hb-border-strong);
        border-radius: var(--hb-radius);
        overflow: hidden;
      }
      .modes button {
        font: inherit;
        color: var(--hb-text-muted);
        background: none;
        border: 0;
        padding: 1px 8px;
        cursor: pointer;
      }
      .modes button[aria-pressed='true'] {
        background: var(--hb-surface-2);
        color: var(--hb-text);
        font-weight: 600;
      }
      .content {
        max-height: var(--hb-body-max-height, 420px);
        overflow: auto;
        padding: 6px 8px;
        background: var(--hb-code-bg);
      }
      pre {
        margin: 0;
        font: var(--hb-font-size-small) / 1.55 var(--hb-font-mono);
        white-space: pre-wrap;
        word-break: break-all;
      }
      .empty {
        padding: 6px 8px;
        color: var(--hb-text-muted);
        font-style: italic;
      }
    `,
  ];

  @property() body = '';
  @property() encoding: 'utf8' | 'base64' = 'utf8';
  /** How many bytes it was on the wire, when known (a response over 1 MiB is kept truncated). */
  @property({ type: Number }) bytes: number | undefined;
  @state() private mode: Mode = 'tree';
  private json = false;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('body') || changed.has('encoding')) this.json = this.encoding === 'utf8' && prettyJson(this.body) !== undefined;
  }

  override render() {
    if (this.body === '') return html`<div class="empty">empty body</div>`;
    const kind = this.encoding === 'base64' ? 'BINARY · BASE64' : this.json ? 'JSON' : 'TEXT';
    const size = this.bytes ?? new TextEncoder().encode(this.body).length;
    const tree = this.json && this.mode === 'tree';
    return html`<div class="bar">
        <span class="kind">${kind}</span>
        <span class="size">${formatBytes(size)}</span>
        ${this.json
          ? html`<span class="modes" role="group" aria-label="Body view">
              <button type="button" aria-pressed=${String(this.mode === 'tree')} @click=${() => (this.mode = 'tree')}>Pretty</button>
              <button type="button" aria-pressed=${String(this.mode === 'raw')} @click=${() => (this.mode = 'raw')}>Raw</button>
            </span>`
          : nothing}
        <hb-copy-button .text=${this.body} label="Copy body"></hb-copy-button>
      </div>
      <div class="content">
        ${tree
          ? this.body.length > maxTreeChars
            ? html`<pre data-format="pretty">${prettyJson(this.body)}</pre>`
            : html`<hb-json-tree data-format="pretty" .text=${this.body}></hb-json-tree>`
          : html`<pre data-format="raw">${this.body}</pre>`}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-body-view': HbBodyView;
  }
}
