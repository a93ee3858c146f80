/**
 * @module A provider's settings a delivery may override (HubSpot's signature version, idloom's method
 * or manual trigger…), drawn from the JSON Schema the catalogue publishes; raises only what changed.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { focusRing } from '../styles/focus-ring.ts';

/** The part of a JSON Schema property this form understands. */
interface PropertySchema {
  type?: string;
  enum?: unknown[];
  description?: string;
  minimum?: number;
  maximum?: number;
  items?: { enum?: unknown[] };
}

export type Overrides = Record<string, unknown>;

/**
 * Raised on every change, with the overrides that differ from the workbench's settings.
 * @example options.addEventListener('hb-options-change', (e) => (overrides = e.overrides))
 */
export class HbOptionsChangeEvent extends Event {
  static readonly type = 'hb-options-change';
  readonly overrides: Overrides;
  constructor(overrides: Overrides) {
    super(HbOptionsChangeEvent.type, { bubbles: true, composed: true });
    this.overrides = overrides;
  }
}

/**
 * @example html`<hb-delivery-options .schema=${provider.settings.schema} .values=${provider.settings.values} .overrides=${o}></hb-delivery-options>`
 */
@customElement('hb-delivery-options')
export class HbDeliveryOptions extends LitElement {
  static override styles = [
    focusRing,
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
      .fields {
        display: grid;
        gap: 6px;
        margin-top: 6px;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 2px;
      }
      label.inline {
        flex-direction: row;
        align-items: center;
        gap: 6px;
      }
      .name {
        font-family: var(--hb-font-mono);
      }
      .changed .name {
        color: var(--hb-accent);
        font-weight: 600;
      }
      select,
      input:not([type='checkbox']) {
        font: inherit;
        font-family: var(--hb-font-mono);
        padding: 3px 5px;
        border: 1px solid var(--hb-border);
        border-radius: 4px;
        background: var(--hb-surface);
        color: var(--hb-text);
      }
      .note {
        color: var(--hb-text-muted);
        margin: 4px 0 0;
      }
    `,
  ];

  @property({ attribute: false }) schema: unknown;
  @property({ attribute: false }) values: Readonly<Record<string, unknown>> = {};
  @property({ attribute: false }) overrides: Overrides = {};

  override render() {
    const fields = Object.entries(propertiesOf(this.schema)).flatMap(([key, schema]) => {
      const field = this.field(key, schema);
      return field ? [field] : [];
    });
    if (fields.length === 0) return nothing;
    const changed = Object.keys(this.overrides).length;
    return html`<details ?open=${changed > 0}>
      <summary>Delivery options${changed ? ` (${changed} changed)` : ''}</summary>
      <div class="fields">${fields}</div>
      <p class="note">For this delivery only; the workbench's own settings live in hookbench.config.json.</p>
    </details>`;
  }

  private current(key: string): unknown {
    return Object.hasOwn(this.overrides, key) ? this.overrides[key] : this.values[key];
  }

  private field(key: string, schema: PropertySchema): TemplateResult | undefined {
    const value = this.current(key);
    const cls = Object.hasOwn(this.overrides, key) ? 'changed' : '';
    const title = schema.description ?? '';
    if (schema.enum) {
      return html`<label class=${cls} title=${title}><span class="name">${key}</span>
        <select name=${key} @change=${(e: Event) => this.set(key, (e.target as HTMLSelectElement).value)}>
          ${schema.enum.map((option) => html`<option ?selected=${option === value}>${String(option)}</option>`)}
        </select></label>`;
    }
    if (schema.type === 'boolean') {
      return html`<label class="inline ${cls}" title=${title}>
        <input type="checkbox" name=${key} .checked=${value === true} @change=${(e: Event) => this.set(key, (e.target as HTMLInputElement).checked)} />
        <span class="name">${key}</span></label>`;
    }
    if (schema.type === 'integer' || schema.type === 'number') {
      return html`<label class=${cls} title=${title}><span class="name">${key}</span>
        <input type="number" name=${key} .value=${value === undefined ? '' : String(value)} min=${schema.minimum ?? ''} max=${schema.maximum ?? ''}
          @change=${(e: Event) => this.set(key, Number((e.target as HTMLInputElement).value))} /></label>`;
    }
    if (schema.type === 'array' && schema.items?.enum) {
      const chosen = Array.isArray(value) ? value : [];
      return html`<fieldset class=${cls} title=${title}><legend class="name">${key}</legend>
        ${schema.items.enum.map(
          (option) => html`<label class="inline"><input type="checkbox" name=${`${key}.${String(option)}`} .checked=${chosen.includes(option)}
            @change=${(e: Event) => this.set(key, toggled(chosen, option, (e.target as HTMLInputElement).checked))} />${String(option)}</label>`,
        )}
      </fieldset>`;
    }
    if (schema.type === 'string') {
      // A plural sibling list ("manualTriggers" for "manualTrigger") offers the names the settings know.
      const suggestions = this.values[`${key}s`];
      const list = Array.isArray(suggestions) ? suggestions.map(String) : [];
      return html`<label class=${cls} title=${title}><span class="name">${key}</span>
        <input name=${key} .value=${value === undefined ? '' : String(value)} list=${list.length ? `${key}-list` : ''}
          @change=${(e: Event) => this.set(key, (e.target as HTMLInputElement).value)} />
        ${list.length ? html`<datalist id=${`${key}-list`}>${list.map((v) => html`<option value=${v}></option>`)}</datalist>` : nothing}</label>`;
    }
    return undefined;
  }

  private set(key: string, value: unknown): void {
    const next = { ...this.overrides };
    if (JSON.stringify(value) === JSON.stringify(this.values[key]) || value === '') delete next[key];
    else next[key] = value;
    this.dispatchEvent(new HbOptionsChangeEvent(next));
  }
}

function propertiesOf(schema: unknown): Record<string, PropertySchema> {
  if (typeof schema !== 'object' || schema === null || !('properties' in schema)) return {};
  return (schema as { properties: Record<string, PropertySchema> }).properties;
}

function toggled(list: readonly unknown[], option: unknown, on: boolean): unknown[] {
  return on ? [...list.filter((v) => v !== option), option] : list.filter((v) => v !== option);
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-delivery-options': HbDeliveryOptions;
  }
}
