/** @module The fault vocabulary as a form: each fault with its value, raised as the API's `faults` object. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { FaultValues } from '../state/replay-edits.ts';
import { focusRing } from '../styles/focus-ring.ts';

export type { FaultValues };

/**
 * Raised on every change with the faults set (values as typed; the server parses and explains them).
 * @example picker.addEventListener('hb-faults-change', (e) => (faults = e.faults))
 */
export class HbFaultsChangeEvent extends Event {
  static readonly type = 'hb-faults-change';
  readonly faults: FaultValues;
  constructor(faults: FaultValues) {
    super(HbFaultsChangeEvent.type, { bubbles: true, composed: true });
    this.faults = faults;
  }
}

type FaultField =
  | { name: string; kind: 'text'; placeholder: string; help: string }
  | { name: string; kind: 'select'; options: string[]; help: string }
  | { name: string; kind: 'flag'; help: string };

/** The vocabulary of CONTRACT.md, in the order a tester reaches for it. */
const fields: readonly FaultField[] = [
  { name: 'signature', kind: 'select', options: ['invalid', 'missing', 'stale', 'wrong-secret'], help: 'a broken signature or auth header' },
  { name: 'body', kind: 'select', options: ['malformed', 'truncated', 'empty'], help: 'a broken body, signed as sent' },
  { name: 'duplicate', kind: 'text', placeholder: '2', help: 'the same event N times in all' },
  { name: 'burst', kind: 'text', placeholder: '50@10', help: 'N distinct events, C at a time' },
  { name: 'reorder', kind: 'flag', help: 'a burst in a seeded shuffled order' },
  { name: 'delay', kind: 'text', placeholder: '2s', help: 'wait before the first attempt' },
  { name: 'timeout', kind: 'text', placeholder: '500ms', help: 'how long to wait for the receiver' },
  { name: 'retry', kind: 'text', placeholder: 'provider, none, 1s,5s', help: 'the retry schedule' },
  { name: 'slow', kind: 'text', placeholder: '200', help: 'trickle the body, bytes/s' },
  { name: 'disconnect', kind: 'flag', help: 'cut the connection mid-body' },
];

/**
 * @example html`<hb-fault-picker .faults=${faults} invalid="faults.duplicate"></hb-fault-picker>`
 */
@customElement('hb-fault-picker')
export class HbFaultPicker extends LitElement {
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
      .grid {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 4px 8px;
        align-items: center;
        margin-top: 6px;
      }
      .name {
        font-family: var(--hb-font-mono);
      }
      .on .name {
        color: var(--hb-fail);
        font-weight: 600;
      }
      select,
      input[type='text'] {
        font: inherit;
        font-family: var(--hb-font-mono);
        min-width: 0;
        padding: 2px 5px;
        border: 1px solid var(--hb-border);
        border-radius: 4px;
        background: var(--hb-surface);
        color: var(--hb-text);
      }
      [aria-invalid='true'] {
        border-color: var(--hb-fail);
      }
    `,
  ];

  @property({ attribute: false }) faults: FaultValues = {};
  /** The API error's path, e.g. "faults.burst": that field is outlined. */
  @property() invalid = '';

  override render() {
    const count = Object.keys(this.faults).length;
    return html`<details ?open=${count > 0}>
      <summary>Faults${count ? ` (${count} on)` : ''}</summary>
      <div class="grid">${fields.map((field) => this.field(field))}</div>
    </details>`;
  }

  private field(field: FaultField) {
    const value = this.faults[field.name];
    const on = value !== undefined;
    const invalid = this.invalid === `faults.${field.name}` ? 'true' : 'false';
    const label = html`<label class=${on ? 'on' : ''} for=${field.name} title=${field.help}><span class="name">${field.name}</span></label>`;
    if (field.kind === 'flag') {
      return html`${label}<input id=${field.name} type="checkbox" name=${`fault-${field.name}`} .checked=${on} aria-invalid=${invalid}
        @change=${(e: Event) => this.set(field.name, (e.target as HTMLInputElement).checked ? true : undefined)} />`;
    }
    if (field.kind === 'select') {
      return html`${label}<select id=${field.name} name=${`fault-${field.name}`} aria-invalid=${invalid}
        @change=${(e: Event) => this.set(field.name, (e.target as HTMLSelectElement).value || undefined)}>
        <option value="" ?selected=${!on}>—</option>
        ${field.options.map((o) => html`<option ?selected=${value === o}>${o}</option>`)}
      </select>`;
    }
    return html`${label}<input id=${field.name} type="text" name=${`fault-${field.name}`} placeholder=${field.placeholder} aria-invalid=${invalid}
      .value=${typeof value === 'string' ? value : ''}
      @change=${(e: Event) => this.set(field.name, (e.target as HTMLInputElement).value.trim() || undefined)} />${nothing}`;
  }

  private set(name: string, value: string | true | undefined): void {
    const next = { ...this.faults };
    if (value === undefined) delete next[name];
    else next[name] = value;
    this.dispatchEvent(new HbFaultsChangeEvent(next));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-fault-picker': HbFaultPicker;
  }
}
