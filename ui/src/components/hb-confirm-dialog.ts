/** @module A modal question before anything destructive (clear data, regenerate a secret); raises hb-confirm or hb-dialog-close. */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { controls } from '../styles/controls.ts';

/**
 * Raised when a dialog closes without acting (Cancel, Escape).
 * @example dialog.addEventListener('hb-dialog-close', () => (open = undefined))
 */
export class HbDialogCloseEvent extends Event {
  static readonly type = 'hb-dialog-close';
  constructor() {
    super(HbDialogCloseEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * @example dialog.addEventListener('hb-confirm', () => api.clearDeliveries())
 */
export class HbConfirmEvent extends Event {
  static readonly type = 'hb-confirm';
  constructor() {
    super(HbConfirmEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * @example html`<hb-confirm-dialog ?open=${asking} heading="Delete every delivery?" confirmLabel="Delete" @hb-confirm=${…}>They cannot be recovered.</hb-confirm-dialog>`
 */
@customElement('hb-confirm-dialog')
export class HbConfirmDialog extends LitElement {
  static override styles = [
    controls,
    css`
      dialog {
        width: min(440px, calc(100vw - 48px));
        padding: 0;
        border: 1px solid var(--hb-border);
        border-radius: 8px;
        background: var(--hb-surface);
        color: var(--hb-text);
        box-shadow: var(--hb-shadow);
      }
      dialog::backdrop {
        background: rgba(15, 23, 42, 0.45);
      }
      h2 {
        margin: 0;
        padding: 16px 18px 6px;
        font-size: 15px;
      }
      .message {
        padding: 0 18px 14px;
        color: var(--hb-text-muted);
        line-height: 1.5;
      }
      footer {
        display: flex;
        justify-content: flex-end;
        gap: 8px;
        padding: 10px 18px;
        border-top: 1px solid var(--hb-border);
        background: var(--hb-surface-2);
        border-radius: 0 0 8px 8px;
      }
    `,
  ];

  @property({ type: Boolean }) open = false;
  @property() heading = '';
  @property() confirmLabel = 'Confirm';
  @property({ type: Boolean }) busy = false;
  @query('dialog') private dialog: HTMLDialogElement | null | undefined;

  override updated(changed: PropertyValues<this>): void {
    const dialog = this.dialog;
    if (!dialog || !changed.has('open')) return;
    if (this.open && !dialog.open) {
      dialog.showModal();
      // Destructive: the safe answer has the focus.
      this.renderRoot.querySelector<HTMLButtonElement>('button.cancel')?.focus();
    } else if (!this.open && dialog.open) dialog.close();
  }

  override render() {
    return html`<dialog role="alertdialog" aria-modal="true" aria-labelledby="title" aria-describedby="message" @cancel=${this.onCancel}>
      <h2 id="title">${this.heading}</h2>
      <div class="message" id="message"><slot></slot></div>
      <footer>
        <button class="btn cancel" type="button" @click=${this.onCancel}>Cancel</button>
        <button class="btn danger solid confirm" type="button" ?disabled=${this.busy} @click=${() => this.dispatchEvent(new HbConfirmEvent())}>
          ${this.busy ? 'Working…' : this.confirmLabel}
        </button>
      </footer>
    </dialog>`;
  }

  private onCancel(e: Event): void {
    e.preventDefault();
    this.dispatchEvent(new HbDialogCloseEvent());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-confirm-dialog': HbConfirmDialog;
  }
  interface HTMLElementEventMap {
    'hb-confirm': HbConfirmEvent;
    'hb-dialog-close': HbDialogCloseEvent;
  }
}
