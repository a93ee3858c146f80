/** @module What Fire would send for the chosen event: the signed first request, generated but not sent. */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Sample } from '../../../server/delivery/sample-event.ts';
import type { JsonValue } from '../../../server/util/json.ts';
import { ApiError, type ApiClient } from '../controllers/api-client.ts';
import { sectionHeading } from '../styles/theme.ts';
import './hb-body-view.ts';
import './hb-headers-table.ts';
import { focusRing } from '../styles/focus-ring.ts';

/**
 * Raised by "Use this seed", so the form fires exactly the bytes shown.
 * @example preview.addEventListener('hb-use-seed', (e) => (seed = e.seed))
 */
export class HbUseSeedEvent extends Event {
  static readonly type = 'hb-use-seed';
  readonly seed: number;
  /** The data clock the sample was dated from: seed and clock together reproduce the bytes. */
  readonly now: string;
  constructor(seed: number, now: string) {
    super(HbUseSeedEvent.type, { bubbles: true, composed: true });
    this.seed = seed;
    this.now = now;
  }
}

/**
 * @example html`<hb-sample-preview .api=${api} provider="ploomes" event="Deals.Win" seed="7"></hb-sample-preview>`
 */
@customElement('hb-sample-preview')
export class HbSamplePreview extends LitElement {
  static override styles = [
    focusRing,
    sectionHeading,
    css`
      :host {
        display: block;
        padding: 12px 16px;
      }
      header {
        display: flex;
        align-items: baseline;
        gap: 10px;
        margin-bottom: 4px;
        white-space: nowrap;
      }
      .actions {
        margin-left: auto;
        display: flex;
        gap: 12px;
      }
      h2 {
        margin: 0;
      }
      .what {
        font-weight: 600;
      }
      .note {
        margin: 0 0 10px;
        font-size: var(--hb-font-size-small);
        color: var(--hb-text-muted);
      }
      .line {
        font-family: var(--hb-font-mono);
        margin: 6px 0;
      }
      .box {
        border: 1px solid var(--hb-border);
        border-radius: 4px;
        margin-bottom: 10px;
        overflow: hidden;
      }
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
      .error {
        color: var(--hb-fail);
      }
    `,
  ];

  @property({ attribute: false }) api: ApiClient | undefined;
  @property() provider = '';
  @property() event = '';
  /** The form's seed; empty means a random one, shown once generated. */
  @property() seed = '';
  /** The form's data clock (ISO), set by "Use this seed"; empty means the server's default. */
  @property() now = '';
  /** The form's delivery options (overrides of the provider's settings). */
  @property({ attribute: false }) settings: Record<string, unknown> = {};
  /** Where Fire would send it; the server's default when empty. */
  @property() target = '';
  /** The form's dot-path overrides of the payload. */
  @property({ attribute: false }) set: Record<string, JsonValue> = {};
  @state() private sample: Sample | undefined;
  @state() private error: ApiError | undefined;
  private requestId = 0;

  protected override updated(changed: PropertyValues<this>): void {
    const inputs = ['provider', 'event', 'seed', 'now', 'settings', 'set', 'target', 'api'] as const;
    if (inputs.some((key) => changed.has(key))) void this.load(this.seed, this.now);
  }

  private async load(seed: string, now = ''): Promise<void> {
    const { api, provider, event } = this;
    if (!api || !provider || !event) return;
    const id = ++this.requestId;
    try {
      const sample = await api.sample(provider, event, { seed: seed.trim() === '' ? undefined : Number(seed), now: now || undefined, settings: this.settings, set: this.set, target: this.target || undefined });
      if (id !== this.requestId) return;
      this.sample = sample;
      this.error = undefined;
    } catch (e) {
      if (id !== this.requestId) return;
      this.error = e instanceof ApiError ? e : new ApiError({ code: 'NETWORK', message: String(e), status: 0 });
    }
  }

  override render() {
    if (!this.provider || !this.event) return nothing;
    const { sample } = this;
    return html`<header>
        <h2 class="section-heading">Sample</h2>
        <span class="what">${this.provider} · ${this.event}</span>
        <span class="actions">
          <button type="button" @click=${() => void this.load('')}>Regenerate</button>
          ${sample && (this.seed !== String(sample.seed) || (this.now !== '' && this.now !== sample.dataNow))
            ? html`<button type="button" @click=${() => this.dispatchEvent(new HbUseSeedEvent(sample.seed, sample.dataNow))}>Use this seed</button>`
            : nothing}
        </span>
      </header>
      <p class="note">
        ${sample ? html`<span class="seed">seed <code>${sample.seed}</code></span> · <span class="clock">dated from <code>${sample.dataNow}</code></span> · ` : nothing}
        what Fire sends for this event, signed with the workbench's credentials; nothing has been sent.
      </p>
      ${this.error ? html`<p class="error" role="alert"><code>${this.error.code}</code> ${this.error.message}</p>` : nothing}
      ${sample
        ? html`<div class="line">${sample.request.method} ${sample.request.url}</div>
            <div class="box"><hb-headers-table .headers=${sample.request.headers}></hb-headers-table></div>
            <div class="box"><hb-body-view .body=${sample.request.body}></hb-body-view></div>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-sample-preview': HbSamplePreview;
  }
}
