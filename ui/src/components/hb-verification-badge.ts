/** @module A sink request's signature check at a glance: verified, failed (with why), or not checked. */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { VerifyResult } from '../../../server/providers/types.ts';

/**
 * @example html`<hb-verification-badge .result=${request.verification}></hb-verification-badge>`
 */
@customElement('hb-verification-badge')
export class HbVerificationBadge extends LitElement {
  static override styles = css`
    :host {
      display: inline-flex;
      min-width: 0;
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 5px;
      padding: 0 7px;
      height: 19px;
      border-radius: 10px;
      font: 600 var(--hb-font-size-small) / 1 var(--hb-font-ui);
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .ok {
      color: var(--hb-ok);
      background: var(--hb-ok-bg);
    }
    .failed {
      color: var(--hb-fail);
      background: var(--hb-fail-bg);
    }
    .none {
      color: var(--hb-idle);
      background: var(--hb-idle-bg);
    }
  `;

  @property({ attribute: false }) result: VerifyResult | undefined;

  override render() {
    const r = this.result;
    if (!r) return html`<span class="badge none" title="No provider recognised: nothing to verify">unchecked</span>`;
    return r.ok
      ? html`<span class="badge ok" title="${r.scheme}: verified">✓ verified</span>`
      : html`<span class="badge failed" title="${r.scheme}: ${r.reason ?? 'does not verify'}">✕ failed</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-verification-badge': HbVerificationBadge;
  }
}
