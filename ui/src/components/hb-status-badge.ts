/** @module A delivery's status as a coloured badge, with its attempt count. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DeliveryStatus } from '../../../server/delivery/types.ts';

/**
 * @example html`<hb-status-badge status="retrying" attempts="2"></hb-status-badge>`
 */
@customElement('hb-status-badge')
export class HbStatusBadge extends LitElement {
  static override styles = css`
    :host {
      display: inline-flex;
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 5px;
      padding: 0 7px;
      height: 19px;
      border-radius: 10px;
      font: 600 var(--hb-font-size-small) / 1 var(--hb-font-ui);
      white-space: nowrap;
      color: var(--c);
      background: var(--bg);
    }
    .dot {
      width: 6px;
      height: 6px;
      border-radius: 50%;
      background: currentColor;
    }
    /* Pulses once an attempt has taken a second: the wait is then worth seeing, and a list of deliveries
       that finish in milliseconds does not keep the browser drawing frames for nothing. */
    .delivering .dot {
      animation: pulse 1s ease-in-out 1s infinite;
    }
    .n {
      font-weight: 500;
      opacity: 0.8;
      font-family: var(--hb-font-mono);
    }
    .queued {
      --c: var(--hb-idle);
      --bg: var(--hb-idle-bg);
    }
    .delivering {
      --c: var(--hb-info);
      --bg: var(--hb-info-bg);
    }
    .retrying {
      --c: var(--hb-warn);
      --bg: var(--hb-warn-bg);
    }
    .succeeded {
      --c: var(--hb-ok);
      --bg: var(--hb-ok-bg);
    }
    .failed {
      --c: var(--hb-fail);
      --bg: var(--hb-fail-bg);
    }
    @keyframes pulse {
      50% {
        opacity: 0.25;
      }
    }
  `;

  @property() status: DeliveryStatus = 'queued';
  /** Attempts made so far; shown when more than one. */
  @property({ type: Number }) attempts = 0;

  override render() {
    const label = this.attempts > 1 ? `${this.status}, ${this.attempts} attempts` : this.status;
    return html`<span class="badge ${this.status}" title=${label}
      ><span class="dot"></span>${this.status}${this.attempts > 1 ? html`<span class="n">×${this.attempts}</span>` : nothing}</span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-status-badge': HbStatusBadge;
  }
}
