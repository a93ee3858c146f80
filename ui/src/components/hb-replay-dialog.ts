/**
 * @module Replay as-is, or edit and resend: target, faults, headers and body start from the recorded
 * attempt, and only what changed is sent (an edited body is signed as sent). Raises hb-replay.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Delivery } from '../../../server/delivery/types.ts';
import type { ApiClient, ApiError, ReplayInput } from '../controllers/api-client.ts';
import { ResourceController } from '../controllers/resource-controller.ts';
import { prettyJson } from '../format/pretty-json.ts';
import { editableHeaders, faultValuesOf, replayInputOf, withOriginalEdits, type ReplayForm } from '../state/replay-edits.ts';
import { controls } from '../styles/controls.ts';
import { sectionHeading } from '../styles/theme.ts';
import type { HbFaultsChangeEvent } from './hb-fault-picker.ts';
import type { HbHeadersChangeEvent } from './hb-header-editor.ts';
import type { HbJsonChangeEvent } from './hb-json-editor.ts';
import { HbDialogCloseEvent } from './hb-confirm-dialog.ts';
import './hb-fault-picker.ts';
import './hb-header-editor.ts';
import './hb-json-editor.ts';

/**
 * Raised by "Replay as-is" (an empty input) and "Send edited".
 * @example dialog.addEventListener('hb-replay', (e) => api.replay(e.deliveryId, e.input))
 */
export class HbReplayEvent extends Event {
  static readonly type = 'hb-replay';
  readonly deliveryId: string;
  readonly input: ReplayInput;
  constructor(deliveryId: string, input: ReplayInput) {
    super(HbReplayEvent.type, { bubbles: true, composed: true });
    this.deliveryId = deliveryId;
    this.input = input;
  }
}

/**
 * @example html`<hb-replay-dialog .api=${api} deliveryId=${id} .error=${replayError} ?busy=${replaying}></hb-replay-dialog>`
 */
@customElement('hb-replay-dialog')
export class HbReplayDialog extends LitElement {
  static override styles = [
    controls,
    sectionHeading,
    css`
      dialog {
        width: min(880px, calc(100vw - 48px));
        max-height: calc(100vh - 48px);
        padding: 0;
        border: 1px solid var(--hb-border);
        border-radius: 8px;
        background: var(--hb-surface);
        color: var(--hb-text);
        box-shadow: var(--hb-shadow);
      }
      dialog::backdrop {
        background: rgba(15, 23, 42, 0.45);
      }
      form {
        display: flex;
        flex-direction: column;
        max-height: calc(100vh - 50px);
      }
      header {
        padding: 14px 18px 10px;
        border-bottom: 1px solid var(--hb-border);
      }
      h2 {
        margin: 0;
        font-size: 15px;
      }
      .sub {
        margin: 2px 0 0;
        font: var(--hb-font-size-small) var(--hb-font-mono);
        color: var(--hb-text-muted);
      }
      .content {
        padding: 12px 18px;
        overflow: auto;
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        gap: 14px 18px;
      }
      .wide {
        grid-column: 1 / -1;
      }
      label,
      .group {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .note {
        margin: 0;
        font-size: var(--hb-font-size-small);
        color: var(--hb-text-muted);
      }
      .warn {
        color: var(--hb-warn);
      }
      footer {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 10px 18px;
        border-top: 1px solid var(--hb-border);
        background: var(--hb-surface-2);
        border-radius: 0 0 8px 8px;
      }
      .row {
        display: flex;
        justify-content: space-between;
        align-items: baseline;
      }
      .changes {
        margin-right: auto;
        font-size: var(--hb-font-size-small);
        color: var(--hb-text-muted);
      }
    `,
  ];

  @property({ attribute: false }) api: ApiClient | undefined;
  /** The delivery to replay; the dialog is open while it is set. */
  @property() deliveryId: string | undefined;
  /** The API's refusal of the last attempt to replay. */
  @property({ attribute: false }) error: ApiError | undefined;
  @property({ type: Boolean }) busy = false;
  @state() private form: ReplayForm | undefined;
  @query('dialog') private dialog: HTMLDialogElement | null | undefined;
  private start: ReplayForm | undefined;
  private readonly delivery = new ResourceController<string, Delivery>(this, { load: (id, signal) => this.api!.delivery(id, { signal }) });

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('deliveryId')) {
      this.form = this.start = undefined;
      this.delivery.show(this.api && this.deliveryId ? this.deliveryId : undefined);
    }
    const d = this.delivery.value;
    if (!this.form && d && d.id === this.deliveryId) this.start = this.form = formOf(d);
  }

  // Untyped: `form` is private, which PropertyValues<this> cannot name.
  override updated(changed: PropertyValues): void {
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.deliveryId && !dialog.open) dialog.showModal();
    if (!this.deliveryId && dialog.open) dialog.close();
    if (changed.has('form') && this.form && !changed.get('form')) this.renderRoot.querySelector<HTMLButtonElement>('button.as-is')?.focus();
  }

  override render() {
    const d = this.delivery.value;
    return html`<dialog aria-modal="true" aria-labelledby="replay-title" @cancel=${this.onCancel}>
      <form method="dialog" @submit=${(e: Event) => e.preventDefault()}>
        <header>
          <h2 id="replay-title">Replay ${d ? `${d.provider} · ${d.event}` : 'delivery'}</h2>
          <p class="sub">${this.deliveryId}</p>
        </header>
        ${this.form && this.start && d ? this.renderForm(d, this.start, this.form) : html`<div class="content"><p class="note">${this.delivery.error?.message ?? 'Loading…'}</p></div>`}
        <footer>
          <span class="changes">${this.form && this.start ? changesText(replayInputOf(this.start, this.form)) : ''}</span>
          <button class="btn" type="button" @click=${this.onCancel}>Cancel</button>
          <button class="btn as-is" type="button" ?disabled=${!this.form || this.busy} @click=${() => this.send({})}>Replay as-is</button>
          <button class="btn primary send" type="button" ?disabled=${!this.form || this.busy} @click=${() => this.form && this.start && this.send(withOriginalEdits(replayInputOf(this.start, this.form), d?.edits))}>
            ${this.busy ? 'Sending…' : 'Send edited'}
          </button>
        </footer>
      </form>
    </dialog>`;
  }

  private renderForm(d: Delivery, start: ReplayForm, form: ReplayForm) {
    const { duplicate } = d.faults;
    return html`<div class="content">
      <label class="wide">
        <span class="section-heading">Target URL</span>
        <input class="field mono" name="replay-target" type="url" spellcheck="false" .value=${form.target}
          aria-invalid=${this.error?.path === 'target' ? 'true' : 'false'}
          @input=${(e: Event) => this.patch({ target: (e.target as HTMLInputElement).value })} />
      </label>
      <div class="group">
        <span class="section-heading">Headers</span>
        <hb-header-editor .headers=${form.headers} @hb-headers-change=${(e: HbHeadersChangeEvent) => this.patch({ headers: e.headers })}></hb-header-editor>
        <p class="note">Set after signing, so they win over the signature. Host, Content-Length and Connection follow the URL and body.</p>
        <hb-fault-picker .faults=${form.faults} invalid=${this.error?.path ?? ''} @hb-faults-change=${(e: HbFaultsChangeEvent) => this.patch({ faults: e.faults })}></hb-fault-picker>
        ${duplicate ? html`<p class="note warn">Its faults include duplicate=${duplicate}: replayed with them, it goes out ${duplicate} times again.</p>` : nothing}
      </div>
      <div class="group">
        <span class="row"><span class="section-heading">Body</span>${pretty(form.body) ? html`<button class="link format" type="button" title="Indents the JSON (the bytes change, and are signed as sent)" @click=${() => this.patch({ body: pretty(form.body) ?? form.body })}>Format JSON</button>` : nothing}</span>
        <hb-json-editor name="replay-body" label="Body" lenient rows="16" .text=${form.body} @hb-json-change=${(e: HbJsonChangeEvent) => this.patch({ body: e.text })}></hb-json-editor>
        <p class="note">${form.body === start.body ? 'Untouched: generated and signed afresh.' : 'Edited: these exact bytes are sent, and signed as sent.'}</p>
      </div>
      ${this.error ? html`<div class="wide error-box" role="alert"><code>${this.error.code}</code> ${this.error.message}</div>` : nothing}
    </div>`;
  }

  private patch(change: Partial<ReplayForm>): void {
    if (this.form) this.form = { ...this.form, ...change };
  }

  private send(input: ReplayInput): void {
    if (this.deliveryId) this.dispatchEvent(new HbReplayEvent(this.deliveryId, input));
  }

  private onCancel(e: Event): void {
    e.preventDefault();
    this.dispatchEvent(new HbDialogCloseEvent());
  }
}

/** The body indented, when it is JSON that is not indented yet. */
function pretty(body: string): string | undefined {
  const indented = prettyJson(body);
  return indented === body ? undefined : indented;
}

/** The form as the recorded delivery left it: its latest attempt's request, and the faults a replay keeps. */
function formOf(d: Delivery): ReplayForm {
  const request = d.attempts.at(-1)?.request;
  // As the server replays it: a burst member alone, so its burst and reorder are not offered back.
  const { burst: _burst, reorder: _reorder, ...faults } = d.faults;
  return {
    target: d.target,
    faults: faultValuesOf(faults),
    body: d.edits?.body ?? request?.body ?? '',
    headers: request ? editableHeaders(request.headers) : [],
  };
}

function changesText(input: ReplayInput): string {
  const parts = [
    input.target ? 'target' : '',
    input.faults ? 'faults' : '',
    input.edits?.body !== undefined ? 'body' : '',
    input.edits?.headers ? `${Object.keys(input.edits.headers).length} header(s)` : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'No changes: Send edited replays it as it was.' : `Changed: ${parts.join(', ')}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-replay-dialog': HbReplayDialog;
  }
  interface HTMLElementEventMap {
    'hb-replay': HbReplayEvent;
  }
}
