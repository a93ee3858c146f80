/** @module Plays a built-in scenario (a provider's events in sequence) and follows its steps as they go out. */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Scenario } from '../../../server/scenarios/scenario-schema.ts';
import { ApiError, type ApiClient, type ScenarioRun } from '../controllers/api-client.ts';
import { formatDuration } from '../format/format-units.ts';
import { HbSelectEvent } from './hb-delivery-list.ts';
import './hb-status-badge.ts';
import { focusRing } from '../styles/focus-ring.ts';

type RunState = ScenarioRun;

/**
 * Raised when a run starts, so the owner can follow its progress and offer to cancel it.
 * @example panel.addEventListener('hb-batch-started', (e) => tracker.track(e.batch))
 */
export class HbBatchStartedEvent extends Event {
  static readonly type = 'hb-batch-started';
  readonly batch: { batchId: string; label: string; total: number };
  constructor(batch: { batchId: string; label: string; total: number }) {
    super(HbBatchStartedEvent.type, { bubbles: true, composed: true });
    this.batch = batch;
  }
}

/**
 * @example html`<hb-scenario-panel .api=${api} target=${target}></hb-scenario-panel>`
 */
@customElement('hb-scenario-panel')
export class HbScenarioPanel extends LitElement {
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
      form {
        display: grid;
        gap: 6px;
        margin-top: 6px;
      }
      .row {
        display: flex;
        gap: 6px;
      }
      .row label {
        flex: 1;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 2px;
        color: var(--hb-text-muted);
      }
      select,
      input {
        font: inherit;
        font-family: var(--hb-font-mono);
        padding: 3px 5px;
        border: 1px solid var(--hb-border);
        border-radius: 4px;
        background: var(--hb-surface);
        color: var(--hb-text);
      }
      button.run {
        font: inherit;
        font-weight: 600;
        padding: 4px;
        border: 1px solid var(--hb-accent);
        border-radius: 4px;
        background: var(--hb-surface);
        color: var(--hb-accent);
        cursor: pointer;
      }
      ol {
        margin: 4px 0 0;
        padding-left: 18px;
      }
      li {
        margin: 2px 0;
      }
      .at {
        font-family: var(--hb-font-mono);
        color: var(--hb-text-muted);
      }
      .step-link {
        font: inherit;
        color: var(--hb-accent);
        background: none;
        border: 0;
        padding: 0;
        cursor: pointer;
      }
      .chaos {
        color: var(--hb-warn);
      }
      .error {
        color: var(--hb-fail);
      }
    `,
  ];

  @property({ attribute: false }) api: ApiClient | undefined;
  /** Where the run goes (the trigger panel's target); empty for the server's default. */
  @property() target = '';
  /** The remembered time scale, the field's starting value. */
  @property() defaultTimeScale = '';
  @state() private scenarios: Scenario[] = [];
  @state() private chosen = '';
  @state() private seed = '';
  @state() private timeScale = '0.1';
  @state() private run: RunState | undefined;
  @state() private error: ApiError | undefined;
  private polling: number | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('defaultTimeScale') && this.defaultTimeScale) this.timeScale = this.defaultTimeScale;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.api) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.polling);
  }

  private async load(): Promise<void> {
    try {
      this.scenarios = (await this.api!.scenarios()).scenarios;
      this.chosen ||= this.scenarios[0]?.name ?? '';
    } catch (e) {
      this.error = e instanceof ApiError ? e : undefined;
    }
  }

  override render() {
    if (this.scenarios.length === 0) return nothing;
    const scenario = this.scenarios.find((s) => s.name === this.chosen);
    return html`<details>
      <summary>Play a scenario</summary>
      <form @submit=${this.onRun}>
        <label>Scenario
          <select name="scenario" @change=${(e: Event) => (this.chosen = (e.target as HTMLSelectElement).value)}>
            ${this.scenarios.map((s) => html`<option value=${s.name} ?selected=${s.name === this.chosen}>${s.name}</option>`)}
          </select>
        </label>
        ${scenario ? html`<span class="about">${scenario.description}</span>` : nothing}
        <div class="row">
          <label>Seed<input name="scenario-seed" type="number" min="0" placeholder="random" .value=${this.seed} @input=${(e: Event) => (this.seed = (e.target as HTMLInputElement).value)} /></label>
          <label>Time scale<input name="time-scale" type="number" min="0.0001" step="any" .value=${this.timeScale} @input=${(e: Event) => (this.timeScale = (e.target as HTMLInputElement).value)} /></label>
        </div>
        <button class="run" type="submit">Run ${scenario ? `${scenario.steps.length} steps` : ''}</button>
        ${this.error ? html`<span class="error" role="alert"><code>${this.error.code}</code> ${this.error.message}</span>` : nothing}
      </form>
      ${this.run ? this.renderRun(this.run) : nothing}
    </details>`;
  }

  private renderRun(run: RunState) {
    return html`<ol aria-label="scenario steps">
      ${run.steps.map(
        (step) => html`<li data-step=${step.index}>
          <span class="at">+${formatDuration(step.atMs)}</span> ${step.name}
          ${step.dropped ? html`<span class="chaos">dropped</span>` : nothing}
          ${step.duplicated ? html`<span class="chaos">twice</span>` : nothing}
          ${step.deliveries.map(
            (d) => html`<button class="step-link" type="button" data-status=${d.status} data-delivery-id=${d.id} @click=${() => this.dispatchEvent(new HbSelectEvent(d.id))}>
              <hb-status-badge .status=${d.status} .attempts=${d.attemptCount}></hb-status-badge>
            </button>`,
          )}
        </li>`,
      )}
    </ol>`;
  }

  private async onRun(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (!this.api || !this.chosen) return;
    clearTimeout(this.polling);
    this.error = undefined;
    try {
      const started = await this.api.runScenario({
        scenario: this.chosen,
        ...(this.target ? { target: this.target } : {}),
        ...(this.seed.trim() ? { seed: Number(this.seed) } : {}),
        ...(this.timeScale.trim() ? { timeScale: Number(this.timeScale) } : {}),
      });
      this.run = { ...started, steps: started.steps.map((s) => ({ ...s, deliveries: [] })) };
      const total = started.steps.reduce((n, step) => n + step.deliveryIds.length, 0);
      this.dispatchEvent(new HbBatchStartedEvent({ batchId: started.batchId, label: `Scenario · ${started.name}`, total }));
      void this.follow(started.batchId);
    } catch (err) {
      this.error = err instanceof ApiError ? err : new ApiError({ code: 'INTERNAL', message: String(err), status: 0 });
    }
  }

  /** Polls the run until every step that was not dropped has settled. */
  private async follow(batchId: string): Promise<void> {
    if (!this.api) return;
    const run = await this.api.scenarioRun(batchId);
    if (this.run?.batchId !== batchId) return;
    this.run = run;
    const done = run.steps.every((s) => s.dropped || (s.deliveries.length === s.deliveryIds.length && s.deliveries.every((d) => d.status === 'succeeded' || d.status === 'failed')));
    if (!done) this.polling = window.setTimeout(() => void this.follow(batchId), 300);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-scenario-panel': HbScenarioPanel;
  }
  interface HTMLElementEventMap {
    'hb-batch-started': HbBatchStartedEvent;
  }
}
