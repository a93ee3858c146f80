/** @module A small "copy" button that puts a value on the clipboard and says so. */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/**
 * @example html`<hb-copy-button .text=${secret} label="copy key"></hb-copy-button>`
 */
@customElement('hb-copy-button')
export class HbCopyButton extends LitElement {
  static override styles = css`
    button {
      font: inherit;
      font-size: var(--hb-font-size-small);
      color: var(--hb-accent);
      background: none;
      border: 0;
      padding: 0;
      cursor: pointer;
    }
    button:hover {
      text-decoration: underline;
    }
  `;

  @property({ attribute: false }) text = '';
  /** Accessible name, e.g. "copy validationKey"; the button shows "copy". */
  @property() label = 'copy';
  @state() private copied = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  override render() {
    return html`<button type="button" aria-label=${this.label} @click=${this.copy}>${this.copied ? 'copied' : 'copy'}</button>`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private async copy(): Promise<void> {
    // The clipboard needs a secure context; 127.0.0.1 and localhost are one, a LAN address is not.
    const done = await navigator.clipboard?.writeText(this.text).then(
      () => true,
      () => false,
    );
    if (!done) return;
    this.copied = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.copied = false), 1200);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-copy-button': HbCopyButton;
  }
}
