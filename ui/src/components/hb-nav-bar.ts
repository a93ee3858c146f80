/** @module The top bar: brand, the three views as tabs (with counts), the fire panel toggle, and the live indicator. */
import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ConnectionState } from '../controllers/ws-controller.ts';
import type { View } from '../controllers/route-controller.ts';
import { controls } from '../styles/controls.ts';
import './hb-connection-status.ts';

/**
 * Raised by the fire panel toggle.
 * @example bar.addEventListener('hb-panel-toggle', () => prefs.set({ panelOpen: !prefs.value.panelOpen }))
 */
export class HbPanelToggleEvent extends Event {
  static readonly type = 'hb-panel-toggle';
  constructor() {
    super(HbPanelToggleEvent.type, { bubbles: true, composed: true });
  }
}

/** The favicon's mark, inline so it needs no request. */
const logo = svg`<svg viewBox="0 0 32 32" aria-hidden="true"><rect width="32" height="32" rx="7" fill="#2563eb" /><path d="M19 7v11a5.5 5.5 0 0 1-11 0v-1.5" fill="none" stroke="#fff" stroke-width="3.2" stroke-linecap="round" /><circle cx="19" cy="7" r="2.6" fill="#fff" /></svg>`;

/**
 * @example html`<hb-nav-bar view="deliveries" .state=${ws.state} deliveries="12" unseen="3"></hb-nav-bar>`
 */
@customElement('hb-nav-bar')
export class HbNavBar extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: flex;
        align-items: center;
        gap: 16px;
        height: 44px;
        padding: 0 14px;
        border-bottom: 1px solid var(--hb-border);
        background: var(--hb-surface);
      }
      .brand {
        display: flex;
        align-items: center;
        gap: 7px;
        font-weight: 700;
        font-size: 14px;
        letter-spacing: -0.01em;
        color: var(--hb-text);
        text-decoration: none;
      }
      .brand svg {
        width: 20px;
        height: 20px;
      }
      .version {
        font-size: var(--hb-font-size-small);
        color: var(--hb-text-muted);
        font-weight: 400;
      }
      nav {
        display: flex;
        align-self: stretch;
        gap: 2px;
      }
      nav a {
        display: flex;
        align-items: center;
        gap: 6px;
        padding: 0 12px;
        color: var(--hb-text-muted);
        text-decoration: none;
        font-weight: 500;
        border-bottom: 2px solid transparent;
      }
      nav a:hover {
        color: var(--hb-text);
      }
      nav a[aria-current='page'] {
        color: var(--hb-text);
        border-bottom-color: var(--hb-accent);
        font-weight: 600;
      }
      .brand:focus-visible,
      nav a:focus-visible {
        outline: 2px solid var(--hb-focus);
        outline-offset: -2px;
      }
      .count {
        font: 11px var(--hb-font-mono);
        padding: 0 6px;
        border-radius: 9px;
        background: var(--hb-surface-2);
        color: var(--hb-text-muted);
      }
      .count.fresh {
        background: var(--hb-accent);
        color: var(--hb-accent-text);
      }
      .spacer {
        flex: 1;
      }
    `,
  ];

  @property() view: View = 'deliveries';
  @property() version = '';
  @property({ type: Number }) deliveries = 0;
  /** Sink requests not yet looked at. */
  @property({ type: Number }) unseen = 0;
  @property({ attribute: false }) state: ConnectionState = 'connecting';
  @property({ type: Boolean }) panelOpen = true;

  override render() {
    const tab = (view: View, href: string, label: string, count?: unknown) =>
      html`<a href=${href} data-view=${view} aria-current=${this.view === view ? 'page' : 'false'}>${label}${count ?? nothing}</a>`;
    return html`<a class="brand" href="/">${logo}hookbench${this.version ? html`<span class="version">v${this.version}</span>` : nothing}</a>
      <nav aria-label="Views">
        ${tab('deliveries', '/', 'Deliveries', html`<span class="count">${this.deliveries.toLocaleString('en')}</span>`)}
        ${tab('sink', '/inbound', 'Sink', this.unseen ? html`<span class="count fresh" title="new since you last looked">${this.unseen}</span>` : nothing)}
        ${tab('settings', '/settings', 'Settings')}
      </nav>
      <span class="spacer"></span>
      ${this.view === 'deliveries'
        ? html`<button class="btn small ghost" type="button" aria-pressed=${String(this.panelOpen)} @click=${() => this.dispatchEvent(new HbPanelToggleEvent())}>
            ${this.panelOpen ? 'Hide fire panel' : 'Show fire panel'}
          </button>`
        : nothing}
      <hb-connection-status .state=${this.state}></hb-connection-status>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-nav-bar': HbNavBar;
  }
  interface HTMLElementEventMap {
    'hb-panel-toggle': HbPanelToggleEvent;
  }
}
