/** @module The form that fires a webhook: provider and event from the catalogue, target, seed; raises hb-fire. */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ProviderDescription } from '../../../server/providers/describe-provider.ts';
import type { ApiError, FireInput } from '../controllers/api-client.ts';
import './hb-delivery-options.ts';
import './hb-fault-picker.ts';
import type { FaultValues, HbFaultsChangeEvent } from './hb-fault-picker.ts';
import type { HbOptionsChangeEvent, Overrides } from './hb-delivery-options.ts';

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

/**
 * Raised when the chosen provider or event changes (the credentials view follows the provider).
 * @example panel.addEventListener('hb-pick', (e) => (provider = e.provider))
 */
export class HbPickEvent extends Event {
  static readonly type = 'hb-pick';
  readonly provider: string;
  readonly event: string;
  readonly seed: string;
  /** The data clock that goes with the seed ('' for the server's default). */
  readonly now: string;
  /** The delivery options changed from the workbench's settings. */
  readonly settings: Overrides;
  constructor(provider: string, event: string, seed: string, now: string, settings: Overrides) {
    super(HbPickEvent.type, { bubbles: true, composed: true });
    this.provider = provider;
    this.event = event;
    this.seed = seed;
    this.now = now;
    this.settings = settings;
  }
}

const targetKey = 'hookbench.target';

/**
 * @example html`<hb-trigger-panel .providers=${providers} defaultTarget=${health.defaultTarget} .error=${fireError} @hb-fire=${…}></hb-trigger-panel>`
 */
@customElement('hb-trigger-panel')
export class HbTriggerPanel extends LitElement {
  static override styles = css`
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
    select,
    input {
      font: var(--hb-font-size) / 1.3 var(--hb-font-ui);
      color: var(--hb-text);
      background: var(--hb-surface);
      border: 1px solid var(--hb-border);
      border-radius: var(--hb-radius);
      padding: 5px 7px;
      min-width: 0;
    }
    input.mono {
      font-family: var(--hb-font-mono);
      font-size: var(--hb-font-size-small);
    }
    select:focus,
    input:focus {
      outline: 2px solid var(--hb-accent);
      outline-offset: -1px;
    }
    [aria-invalid='true'] {
      border-color: var(--hb-fail);
    }
    .about {
      margin: -4px 0 0;
      font-size: var(--hb-font-size-small);
      color: var(--hb-text-muted);
    }
    .meta {
      font-family: var(--hb-font-mono);
      margin-left: 4px;
    }
    .row {
      display: flex;
      align-items: center;
      justify-content: space-between;
    }
    .reset {
      font: inherit;
      font-weight: 400;
      color: var(--hb-accent);
      background: none;
      border: 0;
      padding: 0;
      cursor: pointer;
    }
    .fire {
      font: 600 var(--hb-font-size) / 1 var(--hb-font-ui);
      color: var(--hb-accent-text);
      background: var(--hb-accent);
      border: 0;
      border-radius: var(--hb-radius);
      padding: 8px 12px;
      cursor: pointer;
    }
    .fire:hover {
      filter: brightness(1.08);
    }
    .fire:disabled {
      opacity: 0.55;
      cursor: default;
    }
    .error {
      padding: 6px 8px;
      border-radius: var(--hb-radius);
      background: var(--hb-fail-bg);
      color: var(--hb-fail);
      font-size: var(--hb-font-size-small);
      word-break: break-word;
    }
    .error code {
      font-family: var(--hb-font-mono);
      font-weight: 700;
    }
  `;

  @property({ attribute: false }) providers: readonly ProviderDescription[] = [];
  /** The server's default target, used when the field is left as it is. */
  @property() defaultTarget = '';
  /** True while the owner is sending a fire request. */
  @property({ type: Boolean }) firing = false;
  /** The API's refusal of the last fire request, shown under the form. */
  @property({ attribute: false }) error: ApiError | undefined;

  @state() private provider = '';
  @state() private event = '';
  /** The seed field; the owner may set it ("Use this seed" in the sample preview). */
  @property() seed = '';
  /** The data clock that came with a previewed seed; typing a seed clears it. */
  @property() now = '';
  /** This delivery's changes to the provider's settings; cleared when the provider changes. */
  @state() private overrides: Overrides = {};
  /** The faults to inflict; kept across events, so QA can fire a series with the same misbehaviour. */
  @state() private faults: FaultValues = {};
  /** A target of the user's own, remembered across visits; undefined means the server's default. */
  @state() private target: string | undefined = localStorage.getItem(targetKey) ?? undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('providers')) return;
    const provider = this.providers.find((p) => p.id === this.provider) ?? this.providers[0];
    if (provider && provider.id !== this.provider) this.pick(provider.id, provider.events[0]?.name ?? '');
  }

  override render() {
    const provider = this.providers.find((p) => p.id === this.provider);
    const event = provider?.events.find((e) => e.name === this.event);
    return html`<form @submit=${this.onSubmit} novalidate>
      <label>
        Provider
        <select name="provider" aria-invalid=${this.invalid('provider')} @change=${this.onProvider}>
          ${this.providers.map((p) => html`<option value=${p.id} ?selected=${p.id === this.provider}>${p.name}</option>`)}
        </select>
      </label>
      <label>
        Event
        <select name="event" aria-invalid=${this.invalid('event')} @change=${this.onEvent}>
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
              this.dispatchEvent(new HbPickEvent(this.provider, this.event, this.seed, this.now, this.overrides));
            }}
          ></hb-delivery-options>`
        : nothing}
      <label>
        <span class="row"
          >Target URL
          ${this.target === undefined
            ? nothing
            : html`<button class="reset" type="button" @click=${() => this.setTarget('')}>use default</button>`}</span
        >
        <input
          class="mono"
          name="target"
          type="url"
          spellcheck="false"
          aria-invalid=${this.invalid('target')}
          .value=${this.target ?? this.defaultTarget}
          @change=${(e: Event) => this.setTarget((e.target as HTMLInputElement).value)}
        />
      </label>
      <label>
        Seed
        <input
          class="mono"
          name="seed"
          type="number"
          min="0"
          step="1"
          placeholder="random"
          aria-invalid=${this.invalid('seed')}
          .value=${this.seed}
          @input=${(e: Event) => {
            this.seed = (e.target as HTMLInputElement).value;
            this.now = '';
            this.dispatchEvent(new HbPickEvent(this.provider, this.event, this.seed, this.now, this.overrides));
          }}
        />
      </label>
      ${this.seed !== '' && this.now !== ''
        ? html`<p class="about clock">Dated from <code>${this.now}</code>, as previewed.</p>`
        : nothing}
      <hb-fault-picker
        .faults=${this.faults}
        invalid=${this.error?.path ?? ''}
        @hb-faults-change=${(e: HbFaultsChangeEvent) => (this.faults = e.faults)}
      ></hb-fault-picker>
      <button class="fire" type="submit" ?disabled=${this.firing || !event}>${this.firing ? 'Firing…' : 'Fire'}</button>
      ${this.error
        ? html`<div class="error" role="alert"><code>${this.error.code}</code> ${this.error.message}</div>`
        : nothing}
    </form>`;
  }

  private onProvider(e: Event): void {
    const id = (e.target as HTMLSelectElement).value;
    this.overrides = {};
    this.pick(id, this.providers.find((p) => p.id === id)?.events[0]?.name ?? '');
  }

  private onEvent(e: Event): void {
    this.pick(this.provider, (e.target as HTMLSelectElement).value);
  }

  private pick(provider: string, event: string): void {
    this.provider = provider;
    this.event = event;
    this.dispatchEvent(new HbPickEvent(provider, event, this.seed, this.now, this.overrides));
  }

  private setTarget(value: string): void {
    const own = value.trim() === '' || value.trim() === this.defaultTarget ? undefined : value.trim();
    this.target = own;
    if (own === undefined) localStorage.removeItem(targetKey);
    else localStorage.setItem(targetKey, own);
  }

  private onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    if (this.firing || !this.event) return;
    // A URL typed and submitted with Enter may not have raised "change" yet.
    const typed = this.renderRoot.querySelector<HTMLInputElement>('input[name="target"]')?.value;
    if (typed !== undefined) this.setTarget(typed);
    const seed = this.seed.trim();
    this.dispatchEvent(
      new HbFireEvent({
        provider: this.provider,
        event: this.event,
        ...(this.target === undefined ? {} : { target: this.target }),
        ...(seed === '' ? {} : { seed: Number(seed) }),
        ...(seed !== '' && this.now !== '' ? { now: this.now } : {}),
        ...(Object.keys(this.overrides).length ? { settings: this.overrides } : {}),
        ...(Object.keys(this.faults).length ? { faults: this.faults } : {}),
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
  }
}
