/** @module The header's live indicator: whether the inspector's WebSocket is receiving. */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ConnectionState } from '../controllers/ws-controller.ts';

const labels: Record<ConnectionState, string> = {
  connecting: 'connecting…',
  live: 'live',
  reconnecting: 'reconnecting…',
  offline: 'offline, retrying',
};

/**
 * @example html`<hb-connection-status .state=${this.ws.state}></hb-connection-status>`
 */
@customElement('hb-connection-status')
export class HbConnectionStatus extends LitElement {
  static override styles = css`
    :host {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      font-size: var(--hb-font-size-small);
      color: var(--hb-text-muted);
    }
    .dot {
      width: 8px;
      height: 8px;
      border-radius: 50%;
      background: var(--hb-idle);
    }
    :host([state='live']) .dot {
      background: var(--hb-ok);
      box-shadow: 0 0 0 3px var(--hb-ok-bg);
    }
    :host([state='reconnecting']) .dot {
      background: var(--hb-warn);
    }
    :host([state='offline']) .dot {
      background: var(--hb-fail);
    }
  `;

  @property({ reflect: true }) state: ConnectionState = 'connecting';

  override render() {
    return html`<span class="dot"></span><span role="status" aria-live="polite">${labels[this.state]}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-connection-status': HbConnectionStatus;
  }
}
