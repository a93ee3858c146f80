/** @module A JSON text field that checks as the user types and says inline where it breaks; raises hb-json-change. */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { JsonValue } from '../../../server/util/json.ts';
import { checkJson, type JsonCheck } from '../format/json-check.ts';
import { controls } from '../styles/controls.ts';

/**
 * Raised on every edit: the text, and its value when it is valid (undefined while it is not, or empty).
 * @example editor.addEventListener('hb-json-change', (e) => (payload = e.value))
 */
export class HbJsonChangeEvent extends Event {
  static readonly type = 'hb-json-change';
  readonly text: string;
  readonly value: JsonValue | undefined;
  readonly valid: boolean;
  constructor(text: string, value: JsonValue | undefined, valid: boolean) {
    super(HbJsonChangeEvent.type, { bubbles: true, composed: true });
    this.text = text;
    this.value = value;
    this.valid = valid;
  }
}

/**
 * @example html`<hb-json-editor label="Overrides" object .text=${text} @hb-json-change=${…}></hb-json-editor>`
 */
@customElement('hb-json-editor')
export class HbJsonEditor extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      textarea {
        width: 100%;
        min-height: 90px;
        tab-size: 2;
        white-space: pre-wrap;
        word-break: break-all;
      }
      .problem {
        font: var(--hb-font-size-small) / 1.4 var(--hb-font-ui);
        color: var(--hb-fail);
      }
      .problem code {
        font-family: var(--hb-font-mono);
      }
      .ok {
        font-size: var(--hb-font-size-small);
        color: var(--hb-ok);
      }
    `,
  ];

  @property() text = '';
  /** Accessible name of the field. */
  @property() label = 'JSON';
  /** Only a JSON object will do (dot-path overrides). */
  @property({ type: Boolean }) object = false;
  /** Not JSON is allowed (a raw body): the check warns instead of refusing. */
  @property({ type: Boolean }) lenient = false;
  @property() placeholder = '';
  @property({ type: Number }) rows = 6;
  /** Form field name, for tests and autofill. */
  @property() name = 'json';
  @state() private check: JsonCheck | undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('text') || changed.has('object')) this.check = this.text.trim() === '' ? undefined : checkJson(this.text, { object: this.object });
  }

  override render() {
    const bad = this.check && !this.check.ok ? this.check : undefined;
    return html`<textarea
        class="field"
        name=${this.name}
        rows=${this.rows}
        spellcheck="false"
        aria-label=${this.label}
        aria-invalid=${bad && !this.lenient ? 'true' : 'false'}
        aria-describedby="problem"
        placeholder=${this.placeholder}
        .value=${this.text}
        @input=${this.onInput}
      ></textarea>
      <div id="problem" aria-live="polite">
        ${bad
          ? html`<span class="problem" role=${this.lenient ? 'note' : 'alert'}
              >${this.lenient ? 'Not JSON (sent as typed): ' : 'Invalid JSON'}${bad.line ? html` at line <code>${bad.line}</code>, column <code>${bad.column}</code>` : nothing}: ${bad.message}</span
            >`
          : nothing}
      </div>`;
  }

  private onInput(e: Event): void {
    this.text = (e.target as HTMLTextAreaElement).value;
    const check = this.text.trim() === '' ? undefined : checkJson(this.text, { object: this.object });
    this.dispatchEvent(new HbJsonChangeEvent(this.text, check?.ok ? check.value : undefined, check === undefined || check.ok));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-json-editor': HbJsonEditor;
  }
  interface HTMLElementEventMap {
    'hb-json-change': HbJsonChangeEvent;
  }
}
