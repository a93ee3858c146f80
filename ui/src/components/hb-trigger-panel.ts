/**
 * @module The form that fires a webhook: provider and event from the catalogue, options, target,
 * seed, payload (generated, overridden or the user's own), faults; raises hb-fire and hb-pick.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ProviderDescription } from '../../../server/providers/describe-provider.ts';
import type { JsonValue } from '../../../server/util/json.ts';
import type { ApiClient, ApiError, FireInput } from '../controllers/api-client.ts';
import { controls } from '../styles/controls.ts';
import './hb-delivery-options.ts';
import './hb-fault-picker.ts';
import './hb-payload-editor.ts';
import type { FaultValues, HbFaultsChangeEvent } from './hb-fault-picker.ts';
import type { HbOptionsChangeEvent, Overrides } from './hb-delivery-options.ts';
import type { HbPayloadChangeEvent, PayloadChoice } from './hb-payload-editor.ts';

/**
 * Raised by the Fire button; the owner sends it and hands back `error` if the API refuses.
 * @example panel.addEventListener('hb-fire', (e) => api.fire(e.input))
 */
export class HbFireEvent extends Event {
  static readonly type = 'hb-fire';
  readonly input: FireInput;
  constructor(input: FireInput) {
    super(HbFireEvent.type, { bubbles: true, composed: true });
    this.input = input;
  }
}

/** The form's current choice, which the sample preview and the credentials follow. */
export interface Pick {
  provider: string;
  event: string;
  seed: string;
  /** The data clock that goes with the seed ('' for the server's default). */
  now: string;
  /** The delivery options changed from the workbench's settings. */
  settings: Overrides;
  /** Dot-path overrides of the payload, previewed. */
  set: Record<string, JsonValue>;
}

/**
 * Raised when the chosen provider, event, seed, options or overrides change.
 * @example panel.addEventListener('hb-pick', (e) => (provider = e.pick.provider))
 */
export class HbPickEvent extends Event {
  static readonly type = 'hb-pick';
  readonly pick: Pick;
  constructor(pick: Pick) {
    super(HbPickEvent.type, { bubbles: true, composed: true });
    this.pick = pick;
  }
}

/**
 * Raised when the user types a target of their own ('' to go back to the server's default).
 * @example panel.addEventListener('hb-target-change', (e) => prefs.set({ target: e.target }))
 */
export class HbTargetChangeEvent extends Event {
  static readonly type = 'hb-target-change';
  readonly url: string;
  constructor(url: string) {
    super(HbTargetChangeEvent.type, { bubbles: true, composed: true });
    this.url = url;
  }
}

/**
 * @example html`<hb-trigger-panel .providers=${providers} defaultTarget=${health.defaultTarget} target=${prefs.target} .error=${fireError}></hb-trigger-panel>`
 */
@customElement('hb-trigger-panel')
export class HbTriggerPanel extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      form {
        display: flex;
        flex-direction: column;
        gap: 10px;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 3px;
        font-size: var(--hb-font-size-small);
        font-weight: 600;
        color: var(--hb-text-muted);
      }
      .about {
        margin: -4px 0 0;
        font-size: var(--hb-font-size-small);
        color: var(--hb-text-muted);
      }
      .row {
        display: flex;
        align-items: center;
        justify-content: space-between;
      }
      .reset {
        font-weight: 400;
        font-size: var(--hb-font-size-small);
      }
      .fire {
        height: 32px;
      }
    `,
  ];

  @property({ attribute: false }) api: ApiClient | undefined;
  @property({ attribute: false }) providers: readonly ProviderDescription[] = [];
  /** The server's default target, used when the user has none of their own. */
  @property() defaultTarget = '';
  /** The user's own target, remembered by the owner; '' for the server's default. */
  @property() target = '';
  /** The remembered time scale, sent with each delivery. */
  @property({ attribute: false }) timeScale: number | undefined;
  /** True while the owner is sending a fire request. */
  @property({ type: Boolean }) firing = false;
  /** The API's refusal of the last fire request, shown under the form. */
  @property({ attribute: false }) error: ApiError | undefined;
  /** The seed field; the owner may set it ("Use this seed" in the sample preview). */
  @property() seed = '';
  /** The data clock that came with a previewed seed; typing a seed clears it. */
  @property() now = '';

  @state() private provider = '';
  @state() private event = '';
  /** This delivery's changes to the provider's settings; cleared when the provider changes. */
  @state() private overrides: Overrides = {};
  /** The faults to inflict; kept across events, so QA can fire a series with the same misbehaviour. */
  @state() private faults: FaultValues = {};
  @state() private payload: PayloadChoice = { valid: true };

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('providers')) return;
    const provider = this.providers.find((p) => p.id === this.provider) ?? this.providers[0];
    if (provider && provider.id !== this.provider) this.choose(provider.id, provider.events[0]?.name ?? '');
  }

  override render() {
    const provider = this.providers.find((p) => p.id === this.provider);
    const event = provider?.events.find((e) => e.name === this.event);
    const burst = typeof this.faults.burst === 'string' ? /^\d+/.exec(this.faults.burst)?.[0] : undefined;
    return html`<form @submit=${this.onSubmit} novalidate>
      <label>
        Provider
        <select class="field" name="provider" aria-invalid=${this.invalid('provider')} @change=${this.onProvider}>
          ${this.providers.map((p) => html`<option value=${p.id} ?selected=${p.id === this.provider}>${p.name}</option>`)}
        </select>
      </label>
      <label>
        Event
        <select class="field" name="event" aria-invalid=${this.invalid('event')} @change=${(e: Event) => this.choose(this.provider, (e.target as HTMLSelectElement).value)}>
          ${groups(provider).map(
            ([group, events]) =>
              html`<optgroup label=${group}>
                ${events.map((e) => html`<option value=${e.name} ?selected=${e.name === this.event}>${e.name}</option>`)}
              </optgroup>`,
          )}
        </select>
      </label>
      ${event ? html`<p class="about event-description">${event.description}${metaText(event.meta)}</p>` : nothing}
      ${provider?.settings
        ? html`<hb-delivery-options
            .schema=${provider.settings.schema}
            .values=${provider.settings.values as Record<string, unknown>}
            .overrides=${this.overrides}
            @hb-options-change=${(e: HbOptionsChangeEvent) => {
              this.overrides = e.overrides;
              this.announce();
            }}
          ></hb-delivery-options>`
        : nothing}
      <label>
        <span class="row"
          >Target URL
          ${this.target === '' ? nothing : html`<button class="link reset" type="button" @click=${() => this.setTarget('')}>use default</button>`}</span
        >
        <input class="field mono" name="target" type="url" spellcheck="false" aria-invalid=${this.invalid('target')}
          .value=${this.target || this.defaultTarget} @change=${(e: Event) => this.setTarget((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        Seed
        <input class="field mono" name="seed" type="number" min="0" step="1" placeholder="random" aria-invalid=${this.invalid('seed')} .value=${this.seed}
          @input=${(e: Event) => {
            this.seed = (e.target as HTMLInputElement).value;
            this.now = '';
            this.announce();
          }} />
      </label>
      ${this.seed !== '' && this.now !== '' ? html`<p class="about clock">Dated from <code>${this.now}</code>, as previewed.</p>` : nothing}
      <hb-payload-editor .api=${this.api} provider=${this.provider} event=${this.event} seed=${this.seed}
        @hb-payload-change=${(e: HbPayloadChangeEvent) => {
          this.payload = e.choice;
          this.announce();
        }}></hb-payload-editor>
      <hb-fault-picker .faults=${this.faults} invalid=${this.error?.path ?? ''} @hb-faults-change=${(e: HbFaultsChangeEvent) => (this.faults = e.faults)}></hb-fault-picker>
      <button class="btn primary fire" type="submit" ?disabled=${this.firing || !event || !this.payload.valid}
        title=${this.payload.valid ? '' : 'Fix the JSON first: nothing is sent while it is invalid'}>
        ${this.firing ? 'Firing…' : burst ? `Fire a burst of ${burst}` : 'Fire'}
      </button>
      ${this.error ? html`<div class="error-box" role="alert"><code>${this.error.code}</code> ${this.error.message}</div>` : nothing}
    </form>`;
  }

  private onProvider(e: Event): void {
    const id = (e.target as HTMLSelectElement).value;
    this.overrides = {};
    this.choose(id, this.providers.find((p) => p.id === id)?.events[0]?.name ?? '');
  }

  private choose(provider: string, event: string): void {
    this.provider = provider;
    this.event = event;
    this.announce();
  }

  private announce(): void {
    this.dispatchEvent(
      new HbPickEvent({ provider: this.provider, event: this.event, seed: this.seed, now: this.now, settings: this.overrides, set: this.payload.set ?? {} }),
    );
  }

  private setTarget(value: string): void {
    const own = value.trim() === this.defaultTarget ? '' : value.trim();
    if (own !== this.target) this.dispatchEvent(new HbTargetChangeEvent(own));
  }

  private onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    if (this.firing || !this.event || !this.payload.valid) return;
    // A URL typed and submitted with Enter may not have raised "change" yet.
    const typed = this.renderRoot.querySelector<HTMLInputElement>('input[name="target"]')?.value.trim();
    const target = typed && typed !== this.defaultTarget ? typed : '';
    if (target !== this.target) this.setTarget(target);
    const seed = this.seed.trim();
    this.dispatchEvent(
      new HbFireEvent({
        provider: this.provider,
        event: this.event,
        ...(target ? { target } : {}),
        ...(seed === '' ? {} : { seed: Number(seed) }),
        ...(seed !== '' && this.now !== '' ? { now: this.now } : {}),
        ...(Object.keys(this.overrides).length ? { settings: this.overrides } : {}),
        ...(Object.keys(this.faults).length ? { faults: this.faults } : {}),
        ...(this.payload.set && Object.keys(this.payload.set).length ? { set: this.payload.set } : {}),
        ...(this.payload.payload !== undefined ? { payload: this.payload.payload } : {}),
        ...(this.timeScale !== undefined ? { timeScale: this.timeScale } : {}),
      }),
    );
  }

  /** Whether the API's error names this field (paths like "target" or "faults.duplicate"). */
  private invalid(field: string): 'true' | 'false' {
    const path = this.error?.path;
    return path === field || path?.startsWith(`${field}.`) ? 'true' : 'false';
  }
}

type EventDescription = ProviderDescription['events'][number];

/** The provider's events by their catalogue group, in catalogue order. */
function groups(provider: ProviderDescription | undefined): [string, EventDescription[]][] {
  const byGroup = new Map<string, EventDescription[]>();
  for (const e of provider?.events ?? []) byGroup.set(e.group, [...(byGroup.get(e.group) ?? []), e]);
  return [...byGroup];
}

function metaText(meta: EventDescription['meta']): string {
  if (!meta) return '';
  const parts = Object.entries(meta).map(([k, v]) => `${k} ${JSON.stringify(v)}`);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-trigger-panel': HbTriggerPanel;
  }
  interface HTMLElementEventMap {
    'hb-fire': HbFireEvent;
    'hb-pick': HbPickEvent;
    'hb-target-change': HbTargetChangeEvent;
  }
}
