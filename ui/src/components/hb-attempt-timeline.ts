/**
 * @module A delivery's attempts in order, each with its outcome and error class, the waits between
 * them, and the retry schedule still ahead: the provider's real delays and the delays as played.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Attempt, Delivery } from '../../../server/delivery/types.ts';
import { errorClassOf } from '../format/error-class.ts';
import { formatClock, formatDuration } from '../format/format-units.ts';
import { sectionHeading } from '../styles/theme.ts';
import { focusRing } from '../styles/focus-ring.ts';

/**
 * Raised when an attempt is chosen; the owner shows it.
 * @example timeline.addEventListener('hb-attempt-select', (e) => (shown = e.n))
 */
export class HbAttemptSelectEvent extends Event {
  static readonly type = 'hb-attempt-select';
  readonly n: number;
  constructor(n: number) {
    super(HbAttemptSelectEvent.type, { bubbles: true, composed: true });
    this.n = n;
  }
}

/**
 * @example html`<hb-attempt-timeline .delivery=${d} selected="2" @hb-attempt-select=${…}></hb-attempt-timeline>`
 */
@customElement('hb-attempt-timeline')
export class HbAttemptTimeline extends LitElement {
  static override styles = [
    focusRing,
    sectionHeading,
    css`
      :host {
        display: block;
      }
      h3 {
        margin: 0 0 6px;
        display: flex;
        gap: 8px;
        align-items: baseline;
      }
      .schedule {
        text-transform: none;
        letter-spacing: 0;
        font-weight: 400;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
      }
      button.attempt {
        display: grid;
        grid-template-columns: 22px 92px minmax(0, 1fr) auto;
        gap: 8px;
        align-items: center;
        width: 100%;
        padding: 4px 8px;
        font: inherit;
        color: inherit;
        text-align: left;
        background: var(--hb-surface);
        border: 1px solid var(--hb-border);
        border-radius: var(--hb-radius);
        cursor: pointer;
      }
      button.attempt:hover {
        background: var(--hb-surface-2);
      }
      button.attempt[aria-current='true'] {
        border-color: var(--hb-accent);
        background: var(--hb-selected);
      }
      button.attempt:focus-visible {
        outline: 2px solid var(--hb-focus);
        outline-offset: 1px;
      }
      .dot {
        width: 10px;
        height: 10px;
        border-radius: 50%;
        justify-self: center;
        background: var(--hb-idle);
      }
      .ok .dot {
        background: var(--hb-ok);
      }
      .fail .dot {
        background: var(--hb-fail);
      }
      .flight .dot {
        background: var(--hb-info);
      }
      .mono {
        font-family: var(--hb-font-mono);
        font-size: var(--hb-font-size-small);
      }
      .muted {
        color: var(--hb-text-muted);
      }
      .outcome strong {
        font-family: var(--hb-font-mono);
        margin-right: 6px;
      }
      .fail .outcome strong {
        color: var(--hb-fail);
      }
      .ok .outcome strong {
        color: var(--hb-ok);
      }
      .tags {
        margin-left: 6px;
      }
      .tag {
        font: 11px var(--hb-font-mono);
        padding: 0 5px;
        border-radius: 3px;
        background: var(--hb-warn-bg);
        color: var(--hb-warn);
        margin-left: 4px;
      }
      .wait {
        padding: 2px 0 2px 17px;
        margin-left: 13px;
        border-left: 2px dashed var(--hb-border-strong);
        font-size: var(--hb-font-size-small);
        color: var(--hb-text-muted);
      }
      .due {
        display: grid;
        grid-template-columns: 22px 92px minmax(0, 1fr);
        gap: 8px;
        padding: 4px 8px;
        border: 1px dashed var(--hb-border-strong);
        border-radius: var(--hb-radius);
        color: var(--hb-text-muted);
        font-size: var(--hb-font-size-small);
      }
      .due .dot {
        background: transparent;
        border: 2px solid var(--hb-warn);
        box-sizing: border-box;
      }
      .ahead {
        margin: 6px 0 0;
        font-size: var(--hb-font-size-small);
        color: var(--hb-text-muted);
      }
    `,
  ];

  @property({ attribute: false }) delivery: Delivery | undefined;
  /** The attempt shown below the timeline. */
  @property({ type: Number }) selected = 0;

  override render() {
    const d = this.delivery;
    if (!d) return nothing;
    const scaled = d.timeScale !== 1;
    return html`<h3 class="section-heading">
        Attempts
        <span class="schedule muted">${d.retryDelaysMs.length === 0 ? 'no retries' : `up to ${d.retryDelaysMs.length} retries`} · timeout ${formatDuration(d.timeoutMs)}${scaled ? ` · time ×${d.timeScale}` : ''}</span>
      </h3>
      <ol aria-label="Attempts">
        ${d.attempts.map((a, i) => html`${i > 0 ? this.renderWait(d, d.attempts[i - 1] as Attempt, a) : nothing}<li>${this.renderAttempt(a)}</li>`)}
        ${this.renderDue(d)}
      </ol>
      ${this.renderAhead(d)}`;
  }

  private renderAttempt(a: Attempt) {
    const state = a.durationMs === null ? 'flight' : a.ok ? 'ok' : 'fail';
    const code = a.response ? String(a.response.status) : (a.error?.code ?? '');
    return html`<button class="attempt ${state}" type="button" data-attempt=${a.n} data-error-class=${errorClassOf(a)} aria-current=${String(a.n === this.selected)}
      @click=${() => this.dispatchEvent(new HbAttemptSelectEvent(a.n))}>
      <span class="dot" aria-hidden="true"></span>
      <span class="mono">#${a.n} ${formatClock(a.startedAt)}</span>
      <span class="outcome cell"><strong>${code}</strong>${errorClassOf(a)}<span class="tags">${(a.faults ?? []).map((f) => html`<span class="tag">${f}</span>`)}</span></span>
      <span class="mono muted">${a.durationMs === null ? '…' : formatDuration(a.durationMs)}</span>
    </button>`;
  }

  /** The wait before attempt `next`: the provider's delay, and how long it really took when scaled. */
  private renderWait(d: Delivery, previous: Attempt, next: Attempt) {
    const real = previous.nextRetryDelayMs;
    const played = new Date(next.startedAt).getTime() - new Date(previous.startedAt).getTime() - (previous.durationMs ?? 0);
    return html`<li class="wait" data-wait=${next.n}>
      retry ${next.n - 1}: provider waits <strong>${real === undefined ? '?' : formatDuration(real)}</strong>${d.timeScale === 1 ? '' : html`, played ×${d.timeScale} → ${formatDuration(Math.max(0, played))}`}
    </li>`;
  }

  private renderDue(d: Delivery) {
    const last = d.attempts.at(-1);
    const at = last?.nextRetryAt ?? (last ? undefined : d.nextAttemptAt);
    if (!at || (d.status !== 'retrying' && d.status !== 'queued')) return nothing;
    const real = last?.nextRetryDelayMs;
    return html`${last ? html`<li class="wait">retry ${last.n}: provider waits <strong>${real === undefined ? '?' : formatDuration(real)}</strong>${d.timeScale === 1 || real === undefined ? '' : `, played ×${d.timeScale} → ${formatDuration(real * d.timeScale)}`}</li>` : nothing}
      <li class="due" data-due=${(last?.n ?? 0) + 1}>
        <span class="dot" aria-hidden="true"></span><span class="mono">#${(last?.n ?? 0) + 1} ${formatClock(at)}</span><span>scheduled</span>
      </li>`;
  }

  /** Retries the schedule still allows after the next one. */
  private renderAhead(d: Delivery) {
    if (d.status === 'succeeded' || d.status === 'failed' || d.retryDelaysMs.length === 0) return nothing;
    const used = Math.max(0, d.attempts.length - 1) + (d.status === 'retrying' ? 1 : 0);
    const left = d.retryDelaysMs.slice(used);
    if (left.length === 0) return nothing;
    const scaled = d.timeScale === 1 ? '' : ` (played ×${d.timeScale}: ${left.map((ms) => formatDuration(ms * d.timeScale)).join(', ')})`;
    return html`<p class="ahead">Then, if it keeps failing: ${left.map(formatDuration).join(', ')}${scaled}.</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-attempt-timeline': HbAttemptTimeline;
  }
  interface HTMLElementEventMap {
    'hb-attempt-select': HbAttemptSelectEvent;
  }
}
