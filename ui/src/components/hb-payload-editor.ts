/**
 * @module What the fired event carries: the generated payload, dot-path `set` overrides of it, or a
 * whole payload of the user's own, typed as JSON and checked inline; raises hb-payload-change.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { JsonValue } from '../../../server/util/json.ts';
import { toApiError, type ApiClient, type ApiError } from '../controllers/api-client.ts';
import { controls } from '../styles/controls.ts';
import type { HbJsonChangeEvent } from './hb-json-editor.ts';
import './hb-json-editor.ts';

export type PayloadMode = 'generated' | 'set' | 'payload';

/** What Fire sends besides the event: nothing, `set`, or `payload`; `valid` false while the JSON is broken. */
export interface PayloadChoice {
  set?: Record<string, JsonValue>;
  payload?: JsonValue;
  valid: boolean;
}

/**
 * @example editor.addEventListener('hb-payload-change', (e) => (choice = e.choice))
 */
export class HbPayloadChangeEvent extends Event {
  static readonly type = 'hb-payload-change';
  readonly choice: PayloadChoice;
  constructor(choice: PayloadChoice) {
    super(HbPayloadChangeEvent.type, { bubbles: true, composed: true });
    this.choice = choice;
  }
}

const modes: [PayloadMode, string][] = [
  ['generated', 'Generated'],
  ['set', 'Overrides'],
  ['payload', 'Whole payload'],
];

/**
 * @example html`<hb-payload-editor .api=${api} provider="ploomes" event="Deals.Win" seed="7"></hb-payload-editor>`
 */
@customElement('hb-payload-editor')
export class HbPayloadEditor extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
        font-size: var(--hb-font-size-small);
      }
      summary {
        cursor: pointer;
        font-weight: 600;
        color: var(--hb-text-muted);
      }
      .body {
        display: flex;
        flex-direction: column;
        gap: 6px;
        margin-top: 6px;
      }
      .modes {
        display: flex;
        border: 1px solid var(--hb-border-strong);
        border-radius: var(--hb-radius);
        overflow: hidden;
      }
      .modes label {
        flex: 1;
        text-align: center;
        padding: 3px 0;
        cursor: pointer;
        color: var(--hb-text-muted);
      }
      .modes input {
        position: absolute;
        opacity: 0;
      }
      .modes label:has(input:checked) {
        background: var(--hb-selected);
        color: var(--hb-text);
        font-weight: 600;
      }
      .modes label:has(input:focus-visible) {
        outline: 2px solid var(--hb-focus);
        outline-offset: -2px;
      }
      .note {
        margin: 0;
        color: var(--hb-text-muted);
      }
      .row {
        display: flex;
        justify-content: space-between;
        align-items: center;
      }
    `,
  ];

  @property({ attribute: false }) api: ApiClient | undefined;
  @property() provider = '';
  @property() event = '';
  @property() seed = '';
  @state() private mode: PayloadMode = 'generated';
  @state() private texts: Record<Exclude<PayloadMode, 'generated'>, string> = { set: '', payload: '' };
  @state() private error: ApiError | undefined;

  override render() {
    const on = this.mode !== 'generated';
    return html`<details ?open=${on}>
      <summary>Payload${on ? ` (${this.mode === 'set' ? 'overrides' : 'your own'})` : ''}</summary>
      <div class="body">
        <div class="modes" role="radiogroup" aria-label="Payload">
          ${modes.map(
            ([mode, label]) => html`<label
              ><input type="radio" name="payload-mode" value=${mode} .checked=${this.mode === mode} @change=${() => this.setMode(mode)} />${label}</label
            >`,
          )}
        </div>
        ${this.mode === 'generated' ? html`<p class="note">The catalogue's generator, seeded: what the preview shows.</p>` : nothing}
        ${this.mode === 'set'
          ? html`<p class="note">Dot paths into the generated payload, e.g. <code>{"New.Name": "ACME"}</code>; the preview follows.</p>
              <hb-json-editor name="set" label="Overrides (JSON object of path: value)" object rows="4" placeholder='{"New.Name": "ACME"}'
                .text=${this.texts.set} @hb-json-change=${(e: HbJsonChangeEvent) => this.edit('set', e.text)}></hb-json-editor>`
          : nothing}
        ${this.mode === 'payload'
          ? html`<div class="row">
                <p class="note">Sent as the event's payload, encoded and signed as the provider does.</p>
                <button class="link" type="button" @click=${() => void this.loadSample()}>From sample</button>
              </div>
              <hb-json-editor name="payload" label="Whole payload (JSON)" rows="10" .text=${this.texts.payload}
                @hb-json-change=${(e: HbJsonChangeEvent) => this.edit('payload', e.text)}></hb-json-editor>`
          : nothing}
        ${this.error ? html`<span class="error-box" role="alert">${this.error.message}</span>` : nothing}
      </div>
    </details>`;
  }

  private setMode(mode: PayloadMode): void {
    this.mode = mode;
    if (mode === 'payload' && this.texts.payload.trim() === '') void this.loadSample();
    this.emit();
  }

  private edit(mode: 'set' | 'payload', text: string): void {
    this.texts = { ...this.texts, [mode]: text };
    this.emit();
  }

  private async loadSample(): Promise<void> {
    if (!this.api || !this.provider || !this.event) return;
    try {
      const seed = this.seed.trim() === '' ? undefined : Number(this.seed);
      const sample = await this.api.sample(this.provider, this.event, { seed });
      this.texts = { ...this.texts, payload: JSON.stringify(sample.payload, null, 2) };
      this.error = undefined;
      this.emit();
    } catch (e) {
      this.error = toApiError(e);
    }
  }

  private emit(): void {
    this.dispatchEvent(new HbPayloadChangeEvent(this.choice()));
  }

  private choice(): PayloadChoice {
    if (this.mode === 'generated') return { valid: true };
    const text = this.texts[this.mode];
    if (text.trim() === '') return { valid: this.mode === 'set' };
    try {
      const value = JSON.parse(text) as JsonValue;
      if (this.mode === 'payload') return { payload: value, valid: true };
      const ok = typeof value === 'object' && value !== null && !Array.isArray(value);
      return ok ? { set: value as Record<string, JsonValue>, valid: true } : { valid: false };
    } catch {
      return { valid: false };
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-payload-editor': HbPayloadEditor;
  }
  interface HTMLElementEventMap {
    'hb-payload-change': HbPayloadChangeEvent;
  }
}
