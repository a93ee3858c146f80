/** @module An update event's changes as a table: Ploomes' Old against New, HubSpot's property changes. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ChangeSet } from '../state/change-diff.ts';
import { sectionHeading } from '../styles/theme.ts';

/**
 * @example html`<hb-change-diff .changes=${changesOf(d.provider, d.payload)}></hb-change-diff>`
 */
@customElement('hb-change-diff')
export class HbChangeDiff extends LitElement {
  static override styles = [
    sectionHeading,
    css`
      :host {
        display: block;
      }
      p {
        margin: 0 0 8px;
        font-size: var(--hb-font-size-small);
        color: var(--hb-text-muted);
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font: var(--hb-font-size-small) / 1.5 var(--hb-font-mono);
        border: 1px solid var(--hb-border);
      }
      th,
      td {
        text-align: left;
        vertical-align: top;
        padding: 4px 8px;
        border-bottom: 1px solid var(--hb-border);
        word-break: break-all;
      }
      thead th {
        font: 600 var(--hb-font-size-small) var(--hb-font-ui);
        color: var(--hb-text-muted);
        background: var(--hb-surface-2);
      }
      tbody th {
        font-weight: 500;
        width: 30%;
      }
      .old {
        background: var(--hb-fail-bg);
        color: var(--hb-fail);
        text-decoration: line-through;
        text-decoration-color: color-mix(in srgb, var(--hb-fail) 50%, transparent);
      }
      .new {
        background: var(--hb-ok-bg);
        color: var(--hb-ok);
      }
      tr.same td,
      tr.same th {
        color: var(--hb-text-muted);
        background: none;
        text-decoration: none;
      }
    `,
  ];

  @property({ attribute: false }) changes: ChangeSet | undefined;

  override render() {
    const set = this.changes;
    if (!set) return nothing;
    const withOld = set.changes.some((c) => 'old' in c);
    return html`<p>${set.note}</p>
      <table aria-label=${set.title}>
        <thead>
          <tr><th scope="col">Field</th>${withOld ? html`<th scope="col">Old</th>` : nothing}<th scope="col">New</th></tr>
        </thead>
        <tbody>
          ${set.changes.map(
            (c) => html`<tr class=${c.changed ? 'changed' : 'same'} data-path=${c.path}>
              <th scope="row">${c.path}</th>
              ${withOld ? html`<td class="old">${show(c.old)}</td>` : nothing}
              <td class="new">${'new' in c ? show(c.new) : html`<em>absent</em>`}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }
}

const show = (value: unknown) => (value === undefined ? '' : JSON.stringify(value));

declare global {
  interface HTMLElementTagNameMap {
    'hb-change-diff': HbChangeDiff;
  }
}
