/** @module Headers as editable rows (name, value, remove, add); raises hb-headers-change with the whole list. */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { HeaderRow } from '../state/replay-edits.ts';
import { controls } from '../styles/controls.ts';

/**
 * @example editor.addEventListener('hb-headers-change', (e) => (headers = e.headers))
 */
export class HbHeadersChangeEvent extends Event {
  static readonly type = 'hb-headers-change';
  readonly headers: HeaderRow[];
  constructor(headers: HeaderRow[]) {
    super(HbHeadersChangeEvent.type, { bubbles: true, composed: true });
    this.headers = headers;
  }
}

/**
 * @example html`<hb-header-editor .headers=${rows} @hb-headers-change=${(e) => (rows = e.headers)}></hb-header-editor>`
 */
@customElement('hb-header-editor')
export class HbHeaderEditor extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .row {
        display: grid;
        grid-template-columns: minmax(120px, 0.8fr) minmax(0, 1.4fr) auto;
        gap: 4px;
      }
      .field {
        font-family: var(--hb-font-mono);
        font-size: var(--hb-font-size-small);
        width: 100%;
      }
      .add {
        align-self: flex-start;
      }
    `,
  ];

  @property({ attribute: false }) headers: readonly HeaderRow[] = [];

  override render() {
    return html`${this.headers.map(
        (h, i) => html`<div class="row" data-header-row=${i}>
          <input class="field" name="header-name" aria-label="Header name" spellcheck="false" .value=${h.name}
            @input=${(e: Event) => this.set(i, { name: (e.target as HTMLInputElement).value })} />
          <input class="field" name="header-value" aria-label="Value of ${h.name || 'the new header'}" spellcheck="false" .value=${h.value}
            @input=${(e: Event) => this.set(i, { value: (e.target as HTMLInputElement).value })} />
          <button class="btn small ghost remove" type="button" aria-label="Remove ${h.name || 'this header'}" @click=${() => this.emit(this.headers.filter((_, j) => j !== i))}>✕</button>
        </div>`,
      )}
      <button class="btn small add" type="button" @click=${() => this.add()}>Add header</button>`;
  }

  private set(index: number, change: Partial<HeaderRow>): void {
    this.emit(this.headers.map((h, i) => (i === index ? { ...h, ...change } : h)));
  }

  private async add(): Promise<void> {
    this.emit([...this.headers, { name: '', value: '' }]);
    // The owner renders the new row on its next update: wait a frame for it.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    this.renderRoot.querySelector<HTMLInputElement>('.row:last-of-type input[name="header-name"]')?.focus();
  }

  private emit(headers: HeaderRow[]): void {
    this.dispatchEvent(new HbHeadersChangeEvent(headers));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-header-editor': HbHeaderEditor;
  }
  interface HTMLElementEventMap {
    'hb-headers-change': HbHeadersChangeEvent;
  }
}
