/**
 * @module A copy button: puts a value (or one fetched on click, like a curl command) on the clipboard,
 * says so, and marks itself `data-copied` for whoever checks.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { controls } from '../styles/controls.ts';

/**
 * @example html`<hb-copy-button .text=${secret} label="Copy validationKey"></hb-copy-button>`
 * @example html`<hb-copy-button .load=${() => api.exportText('curl', { q: id })} caption="Copy as curl" button></hb-copy-button>`
 */
@customElement('hb-copy-button')
export class HbCopyButton extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: inline-flex;
      }
      .link {
        font-size: var(--hb-font-size-small);
      }
      .failed {
        color: var(--hb-fail);
      }
    `,
  ];

  @property({ attribute: false }) text = '';
  /** Fetches the text on click, instead of `text`. */
  @property({ attribute: false }) load: (() => Promise<string>) | undefined;
  /** Accessible name, e.g. "Copy validationKey". */
  @property() label = 'Copy';
  /** What the button shows; "Copy" by default. */
  @property() caption = 'Copy';
  /** A bordered button rather than a link. */
  @property({ type: Boolean }) button = false;
  /** The small bordered button. */
  @property({ type: Boolean }) small = false;
  @state() private outcome: 'copied' | 'failed' | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  override render() {
    const text = this.outcome === 'copied' ? 'Copied' : this.outcome === 'failed' ? 'Copy failed' : this.caption;
    return html`<button
      class="${this.button ? `btn${this.small ? ' small' : ''}` : 'link'} ${this.outcome === 'failed' ? 'failed' : ''}"
      type="button"
      aria-label=${this.label}
      title=${this.label}
      @click=${this.copy}
    >
      ${text}
    </button>`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private async copy(): Promise<void> {
    let done = false;
    try {
      const text = this.load ? await this.load() : this.text;
      // The clipboard needs a secure context; 127.0.0.1 and localhost are one, a LAN address is not.
      await navigator.clipboard.writeText(text);
      done = true;
    } catch {
      done = false;
    }
    this.outcome = done ? 'copied' : 'failed';
    this.toggleAttribute('data-copied', done);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.outcome = undefined;
      this.removeAttribute('data-copied');
    }, 1500);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-copy-button': HbCopyButton;
  }
}
