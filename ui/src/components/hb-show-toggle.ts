/** @module What the live list shows (deliveries, inbound requests, or both interleaved), as a segmented control; raises hb-show-change. */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { defaultShow, type Show } from '../state/inbound-rows.ts';

/**
 * @example toggle.addEventListener('hb-show-change', (e) => route.navigate({ ...route, show: e.show }))
 */
export class HbShowChangeEvent extends Event {
  static readonly type = 'hb-show-change';
  readonly show: Show;
  constructor(show: Show) {
    super(HbShowChangeEvent.type, { bubbles: true, composed: true });
    this.show = show;
  }
}

const choices: [Show, string, string][] = [
  ['deliveries', 'Deliveries', 'What hookbench sent'],
  ['both', 'Both', 'Deliveries and inbound requests, interleaved by time'],
  ['inbound', 'Inbound', 'What the sink and the mock APIs received'],
];

/**
 * @example html`<hb-show-toggle show="both"></hb-show-toggle>`
 */
@customElement('hb-show-toggle')
export class HbShowToggle extends LitElement {
  static override styles = css`
    :host {
      display: inline-flex;
    }
    [role='radiogroup'] {
      display: inline-flex;
      border: 1px solid var(--hb-border-strong);
      border-radius: var(--hb-radius);
      overflow: hidden;
    }
    label {
      position: relative;
      padding: 2px 8px;
      font: 500 var(--hb-font-size-small) / 1.5 var(--hb-font-ui);
      color: var(--hb-text-muted);
      background: var(--hb-surface);
      cursor: pointer;
    }
    label + label {
      border-left: 1px solid var(--hb-border-strong);
    }
    label:has(:checked) {
      color: var(--hb-accent-text);
      background: var(--hb-accent);
    }
    label:has(:focus-visible) {
      outline: 2px solid var(--hb-focus);
      outline-offset: -2px;
    }
    input {
      position: absolute;
      opacity: 0;
      pointer-events: none;
    }
  `;

  @property() show: Show = defaultShow;

  override render() {
    return html`<div role="radiogroup" aria-label="Show">
      ${choices.map(
        ([value, label, title]) => html`<label title=${title}
          ><input type="radio" name="show" value=${value} .checked=${this.show === value}
            @change=${() => this.dispatchEvent(new HbShowChangeEvent(value))} />${label}</label
        >`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-show-toggle': HbShowToggle;
  }
  interface HTMLElementEventMap {
    'hb-show-change': HbShowChangeEvent;
  }
}
