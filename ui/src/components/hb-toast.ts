/** @module A short status line at the bottom of the page (replayed, cancelled, cleared), gone after a few seconds. */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { focusRing } from '../styles/focus-ring.ts';

export interface ToastMessage {
  text: string;
  /** A delivery the message is about, linked. */
  deliveryId?: string;
}

/**
 * @example html`<hb-toast .message=${{ text: 'Replayed as', deliveryId }}></hb-toast>`
 */
@customElement('hb-toast')
export class HbToast extends LitElement {
  static override styles = [
    focusRing,
    css`
      div {
        position: fixed;
        bottom: 16px;
        left: 50%;
        transform: translateX(-50%);
        padding: 8px 14px;
        border-radius: 6px;
        background: var(--hb-text);
        color: var(--hb-surface);
        box-shadow: var(--hb-shadow);
        font-size: var(--hb-font-size-small);
      }
      a {
        color: inherit;
        font-family: var(--hb-font-mono);
      }
    `,
  ];

  /** A new object shows again, even with the same text. */
  @property({ attribute: false }) message: ToastMessage | undefined;
  @property({ type: Number }) durationMs = 4000;
  @state() private shown = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('message') || !this.message) return;
    this.shown = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.shown = false), this.durationMs);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  override render() {
    const m = this.message;
    if (!m || !this.shown) return nothing;
    return html`<div role="status">${m.text} ${m.deliveryId ? html`<a href="/deliveries/${m.deliveryId}">${m.deliveryId}</a>` : nothing}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-toast': HbToast;
  }
}
