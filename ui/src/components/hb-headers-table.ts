/** @module Every header of a request or response, name and value exactly as recorded. */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/**
 * @example html`<hb-headers-table .headers=${attempt.request.headers}></hb-headers-table>`
 */
@customElement('hb-headers-table')
export class HbHeadersTable extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font: var(--hb-font-size-small) / 1.5 var(--hb-font-mono);
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 2px 8px;
      border-top: 1px solid var(--hb-border);
    }
    tr:first-child > * {
      border-top: 0;
    }
    th {
      font-weight: 500;
      color: var(--hb-text-muted);
      white-space: nowrap;
      width: 1%;
    }
    td {
      word-break: break-all;
    }
    .none {
      color: var(--hb-text-muted);
      font-style: italic;
      padding: 2px 8px;
    }
  `;

  @property({ attribute: false }) headers: Readonly<Record<string, string>> = {};

  override render() {
    const entries = Object.entries(this.headers);
    if (entries.length === 0) return html`<div class="none">no headers</div>`;
    return html`<table>
      <tbody>
        ${entries.map(([name, value]) => html`<tr data-header=${name}><th scope="row">${name}</th><td>${value}</td></tr>`)}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-headers-table': HbHeadersTable;
  }
}
