/**
 * @module How one attempt was signed or authenticated: the scheme, which key, the exact string that
 * was signed, and a verification snippet for the receiver, each copyable.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { SignatureExplanation } from '../../../server/providers/types.ts';
import type { ApiClient, Explain } from '../controllers/api-client.ts';
import { ResourceController } from '../controllers/resource-controller.ts';
import { controls } from '../styles/controls.ts';
import { sectionHeading } from '../styles/theme.ts';
import './hb-copy-button.ts';

/**
 * @example html`<hb-signature-explainer .api=${api} deliveryId="dlv_…" n="1"></hb-signature-explainer>`
 */
@customElement('hb-signature-explainer')
export class HbSignatureExplainer extends LitElement {
  static override styles = [
    controls,
    sectionHeading,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 14px;
      }
      .scheme {
        display: flex;
        align-items: center;
        gap: 8px;
      }
      .badge {
        font: 600 var(--hb-font-size-small) var(--hb-font-mono);
        padding: 2px 8px;
        border-radius: 10px;
        background: var(--hb-info-bg);
        color: var(--hb-info);
      }
      p {
        margin: 0;
        line-height: 1.55;
      }
      h4 {
        margin: 0 0 6px;
        display: flex;
        align-items: center;
        justify-content: space-between;
      }
      .card {
        border: 1px solid var(--hb-border);
        border-radius: var(--hb-radius);
        background: var(--hb-surface);
        padding: 10px 12px;
        display: flex;
        flex-direction: column;
        gap: 6px;
      }
      .name {
        font: 600 var(--hb-font-size) var(--hb-font-mono);
      }
      .value {
        font: var(--hb-font-size-small) / 1.5 var(--hb-font-mono);
        word-break: break-all;
        color: var(--hb-text);
      }
      .how {
        font-size: var(--hb-font-size-small);
        color: var(--hb-text-muted);
      }
      pre {
        margin: 0;
        padding: 8px 10px;
        max-height: 360px;
        overflow: auto;
        border-radius: var(--hb-radius);
        background: var(--hb-code-bg);
        border: 1px solid var(--hb-border);
        font: var(--hb-font-size-small) / 1.55 var(--hb-font-mono);
        white-space: pre-wrap;
        word-break: break-all;
      }
      pre.snippet {
        white-space: pre;
        word-break: normal;
      }
      .row {
        display: flex;
        justify-content: space-between;
        gap: 8px;
        align-items: baseline;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 4px 12px;
        margin: 0;
        font-size: var(--hb-font-size-small);
      }
      dt {
        color: var(--hb-text-muted);
      }
      dd {
        margin: 0;
        display: flex;
        gap: 8px;
        font-family: var(--hb-font-mono);
      }
      .warn {
        padding: 8px 10px;
        border-radius: var(--hb-radius);
        background: var(--hb-warn-bg);
        color: var(--hb-warn);
        font-size: var(--hb-font-size-small);
      }
      .muted {
        color: var(--hb-text-muted);
      }
    `,
  ];

  @property({ attribute: false }) api: ApiClient | undefined;
  @property() deliveryId = '';
  @property({ type: Number }) n = 0;
  private readonly explain = new ResourceController<{ id: string; n: number }, Explain>(this, {
    load: ({ id, n }, signal) => this.api!.explain(id, n, { signal }),
    keyOf: ({ id, n }) => `${id}/${n}`,
  });

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('deliveryId') || changed.has('n') || changed.has('api')) {
      this.explain.show(this.api && this.deliveryId && this.n > 0 ? { id: this.deliveryId, n: this.n } : undefined);
    }
  }

  override render() {
    if (this.explain.error) return html`<div class="error-box" role="alert"><code>${this.explain.error.code}</code> ${this.explain.error.message}</div>`;
    const e = this.explain.value;
    if (!e) return html`<p class="muted">${this.n > 0 ? 'Loading the explanation…' : 'No attempt yet: nothing has been signed.'}</p>`;
    return html`${this.renderFaults(e.faults)}${e.explanation ? this.renderExplanation(e, e.explanation) : this.renderAuthOnly(e)}`;
  }

  private renderFaults(faults: readonly string[]) {
    const bent = faults.filter((f) => f.startsWith('signature=') || f.startsWith('body='));
    if (bent.length === 0) return nothing;
    return html`<div class="warn" role="note">
      This attempt was sent with <strong>${bent.join(', ')}</strong>: it was broken on purpose after signing, and a careful receiver rejects it.
    </div>`;
  }

  private renderExplanation(e: Explain, x: SignatureExplanation) {
    return html`<section class="scheme" data-scheme=${x.scheme}>
        <span class="section-heading">Scheme</span><span class="badge">${x.scheme}</span>
      </section>
      <p class="summary">${x.summary}</p>
      ${x.keys.length
        ? html`<section>
            <h4 class="section-heading">Verified with</h4>
            <dl class="keys">
              ${x.keys.map(
                (k) => html`<dt>${k.label}</dt>
                  <dd data-credential=${k.credential}>
                    ${k.credential}
                    <hb-copy-button label="Copy the current ${k.credential}" caption="copy current value"
                      .load=${async () => (await this.api!.credentials(e.provider)).credentials[k.credential] ?? ''}></hb-copy-button>
                  </dd>`,
              )}
            </dl>
          </section>`
        : nothing}
      ${x.headers.map(
        (h) => html`<section class="card header" data-header=${h.name}>
          <div class="row"><span class="name">${h.name}</span><hb-copy-button .text=${h.value} label="Copy ${h.name}"></hb-copy-button></div>
          <div class="value">${h.value}</div>
          <div class="how">${h.computedAs}</div>
          ${h.signedContent === undefined
            ? nothing
            : html`<div class="row"><span class="section-heading">Signed string, exactly</span><hb-copy-button .text=${h.signedContent} label="Copy the signed string"></hb-copy-button></div>
                <pre class="signed">${h.signedContent}</pre>`}
        </section>`,
      )}
      <section>
        <h4 class="section-heading">Verify it in your receiver <hb-copy-button button small .text=${x.snippet} label="Copy the snippet" caption="Copy snippet"></hb-copy-button></h4>
        <pre class="snippet">${x.snippet}</pre>
      </section>`;
  }

  private renderAuthOnly(e: Explain) {
    return html`<section class="scheme" data-scheme=${e.auth.scheme}>
        <span class="section-heading">Scheme</span><span class="badge">${e.auth.scheme}</span>
      </section>
      <p class="summary">${e.auth.description}</p>
      <p class="muted no-explanation">
        hookbench cannot yet show this attempt's signed string for ${e.provider}; the request's headers are on the Request &amp; response tab.
      </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-signature-explainer': HbSignatureExplainer;
  }
}
