/**
 * @module Settings: the defaults this browser remembers (target, time scale), every provider's
 * credentials with copy, rotate and regenerate, and clearing recorded data after a confirmation.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ProviderDescription } from '../../../server/providers/describe-provider.ts';
import type { ApiClient, Health } from '../controllers/api-client.ts';
import type { Preferences } from '../controllers/preferences-controller.ts';
import { controls } from '../styles/controls.ts';
import { sectionHeading } from '../styles/theme.ts';
import './hb-confirm-dialog.ts';
import './hb-credentials.ts';

/**
 * Raised when a remembered default changes.
 * @example view.addEventListener('hb-preferences-change', (e) => prefs.set(e.changes))
 */
export class HbPreferencesChangeEvent extends Event {
  static readonly type = 'hb-preferences-change';
  readonly changes: Partial<Preferences>;
  constructor(changes: Partial<Preferences>) {
    super(HbPreferencesChangeEvent.type, { bubbles: true, composed: true });
    this.changes = changes;
  }
}

export type ClearWhat = 'deliveries' | 'sink';

/**
 * Raised once the user confirmed clearing; the owner calls the API and says when it is done (`clearing`).
 * @example view.addEventListener('hb-clear', (e) => (e.what === 'sink' ? api.clearSink() : api.clearDeliveries()))
 */
export class HbClearEvent extends Event {
  static readonly type = 'hb-clear';
  readonly what: ClearWhat;
  constructor(what: ClearWhat) {
    super(HbClearEvent.type, { bubbles: true, composed: true });
    this.what = what;
  }
}

/**
 * @example html`<hb-settings-view .api=${api} .providers=${providers} .health=${health} .preferences=${prefs.value}></hb-settings-view>`
 */
@customElement('hb-settings-view')
export class HbSettingsView extends LitElement {
  static override styles = [
    controls,
    sectionHeading,
    css`
      :host {
        display: block;
        overflow: auto;
        height: 100%;
      }
      .page {
        max-width: 1080px;
        margin: 0 auto;
        padding: 20px 24px 48px;
        display: flex;
        flex-direction: column;
        gap: 26px;
      }
      h1 {
        margin: 0;
        font-size: 18px;
      }
      h2 {
        margin: 0 0 10px;
      }
      .card {
        border: 1px solid var(--hb-border);
        border-radius: 8px;
        background: var(--hb-surface);
        padding: 14px 16px;
      }
      .defaults {
        display: grid;
        grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
        gap: 16px;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 4px;
        font-weight: 600;
        font-size: var(--hb-font-size-small);
      }
      .help {
        font-weight: 400;
        color: var(--hb-text-muted);
        line-height: 1.5;
      }
      .providers {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(320px, 1fr));
        gap: 12px;
      }
      .provider h3 {
        margin: 0;
        font-size: 14px;
        display: flex;
        align-items: baseline;
        gap: 8px;
      }
      .scheme {
        font: var(--hb-font-size-small) var(--hb-font-mono);
        color: var(--hb-info);
      }
      .provider p {
        margin: 4px 0 10px;
        font-size: var(--hb-font-size-small);
        color: var(--hb-text-muted);
        line-height: 1.5;
      }
      .data {
        display: flex;
        gap: 24px;
        flex-wrap: wrap;
      }
      .data > div {
        display: flex;
        flex-direction: column;
        gap: 6px;
        align-items: flex-start;
        max-width: 420px;
      }
      .server {
        font: var(--hb-font-size-small) / 1.6 var(--hb-font-mono);
        color: var(--hb-text-muted);
      }
    `,
  ];

  @property({ attribute: false }) api: ApiClient | undefined;
  @property({ attribute: false }) providers: readonly ProviderDescription[] = [];
  @property({ attribute: false }) health: Health | undefined;
  @property({ attribute: false }) preferences: Preferences = { target: '', timeScale: '', panelOpen: true };
  /** Set by the owner while a confirmed clear runs. */
  @property() clearing: ClearWhat | '' = '';
  @state() private asking: ClearWhat | undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    // The owner finished clearing: the question is answered.
    if (changed.has('clearing') && changed.get('clearing') && this.clearing === '') this.asking = undefined;
  }

  override render() {
    const p = this.preferences;
    return html`<div class="page">
      <h1>Settings</h1>
      <section aria-labelledby="defaults">
        <h2 class="section-heading" id="defaults">Defaults (remembered in this browser)</h2>
        <div class="card defaults">
          <label>
            Default target
            <input class="field mono" name="default-target" type="url" spellcheck="false" placeholder=${this.health?.defaultTarget ?? ''} .value=${p.target}
              @change=${(e: Event) => this.emit({ target: (e.target as HTMLInputElement).value.trim() })} />
            <span class="help">Where Fire and scenarios send deliveries. Empty: the server's default, <code>${this.health?.defaultTarget ?? '…'}</code>.</span>
          </label>
          <label>
            Time scale
            <input class="field mono" name="time-scale" type="number" min="0.0001" max="1000" step="any" placeholder="1" .value=${p.timeScale}
              @change=${(e: Event) => this.emit({ timeScale: (e.target as HTMLInputElement).value.trim() })} />
            <span class="help">Retry delays are multiplied by this: 0.01 plays an hour of a provider's schedule in 36 s.</span>
          </label>
        </div>
      </section>
      <section aria-labelledby="credentials">
        <h2 class="section-heading" id="credentials">Provider credentials</h2>
        <div class="providers">
          ${this.providers.map(
            (provider) => html`<article class="card provider" data-provider=${provider.id}>
              <h3>${provider.name} <span class="scheme">${provider.auth.scheme}</span></h3>
              <p>${provider.auth.description}</p>
              <hb-credentials .api=${this.api} provider=${provider.id} .auth=${provider.auth} manage bare></hb-credentials>
            </article>`,
          )}
        </div>
      </section>
      <section aria-labelledby="data">
        <h2 class="section-heading" id="data">Recorded data</h2>
        <div class="card data">
          <div>
            <button class="btn danger clear-deliveries" type="button" @click=${() => (this.asking = 'deliveries')}>Delete all deliveries…</button>
            <span class="help">${this.health ? `${this.health.deliveries.toLocaleString('en')} at last count; pending retries are cancelled.` : ''}</span>
          </div>
          <div>
            <button class="btn danger clear-sink" type="button" @click=${() => (this.asking = 'sink')}>Clear sink requests…</button>
            <span class="help">What the built-in sink received.</span>
          </div>
          ${this.health ? html`<div class="server">hookbench ${this.health.version} · store ${this.health.store}</div>` : nothing}
        </div>
      </section>
      <hb-confirm-dialog
        ?open=${this.asking !== undefined}
        ?busy=${this.clearing !== ''}
        heading=${this.asking === 'sink' ? 'Clear every sink request?' : 'Delete every delivery?'}
        confirmLabel=${this.asking === 'sink' ? 'Clear sink requests' : 'Delete deliveries'}
        @hb-confirm=${this.onConfirm}
        @hb-dialog-close=${() => (this.asking = undefined)}
      >
        ${this.asking === 'sink'
          ? 'The requests the built-in sink recorded are deleted. Deliveries stay.'
          : 'Every delivery and attempt is deleted, and pending retries are cancelled. Sink requests and credentials stay. This cannot be undone.'}
      </hb-confirm-dialog>
    </div>`;
  }

  private onConfirm(e: Event): void {
    e.stopPropagation();
    if (!this.asking) return;
    this.dispatchEvent(new HbClearEvent(this.asking));
  }

  private emit(changes: Partial<Preferences>): void {
    this.dispatchEvent(new HbPreferencesChangeEvent(changes));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-settings-view': HbSettingsView;
  }
  interface HTMLElementEventMap {
    'hb-preferences-change': HbPreferencesChangeEvent;
    'hb-clear': HbClearEvent;
  }
}
