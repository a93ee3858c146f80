/**
 * @module The deliveries view: the fire panel (with batches in progress and scenarios), the filtered
 * live list (deliveries, and inbound requests when shown), and the open delivery or inbound request
 * or, when none is, the sample of what Fire would send.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { DeliverySummary } from '../../../server/delivery/types.ts';
import type { ProviderDescription } from '../../../server/providers/describe-provider.ts';
import type { ApiClient, ApiError } from '../controllers/api-client.ts';
import { hasFilters, type DeliveryFilters } from '../state/delivery-filters.ts';
import { defaultShow, type Show } from '../state/inbound-rows.ts';
import { isInboundId, type TimelineRow } from '../state/timeline.ts';
import { controls } from '../styles/controls.ts';
import { sectionHeading } from '../styles/theme.ts';
import type { BatchView } from './hb-batch-progress.ts';
import type { HbDeliveryList } from './hb-delivery-list.ts';
import type { HbFilterBar } from './hb-filter-bar.ts';
import type { Pick } from './hb-trigger-panel.ts';
import './hb-batch-progress.ts';
import './hb-credentials.ts';
import './hb-delivery-detail.ts';
import './hb-delivery-list.ts';
import './hb-filter-bar.ts';
import './hb-sample-preview.ts';
import './hb-sink-request-detail.ts';
import './hb-scenario-panel.ts';
import './hb-trigger-panel.ts';

/**
 * @example html`<hb-deliveries-view .api=${api} .providers=${providers} .rows=${feed.items} total=${feed.total} .filters=${filters}></hb-deliveries-view>`
 */
@customElement('hb-deliveries-view')
export class HbDeliveriesView extends LitElement {
  static override styles = [
    controls,
    sectionHeading,
    css`
      :host {
        display: grid;
        grid-template-columns: 272px minmax(380px, 0.95fr) minmax(480px, 1.25fr);
        height: 100%;
        min-height: 0;
      }
      :host([panel-closed]) {
        grid-template-columns: minmax(420px, 0.9fr) minmax(520px, 1.3fr);
      }
      :host([panel-closed]) aside {
        display: none;
      }
      aside {
        display: flex;
        flex-direction: column;
        gap: 18px;
        padding: 14px;
        overflow: auto;
        min-height: 0;
        border-right: 1px solid var(--hb-border);
        background: var(--hb-surface);
      }
      h2 {
        margin: 0 0 10px;
      }
      .list {
        display: flex;
        flex-direction: column;
        min-height: 0;
        border-right: 1px solid var(--hb-border);
        background: var(--hb-surface);
      }
      hb-delivery-list {
        flex: 1;
        min-height: 0;
      }
      .keys {
        flex: none;
        padding: 5px 12px;
        border-top: 1px solid var(--hb-border);
        font-size: 11px;
        color: var(--hb-text-muted);
        background: var(--hb-surface-2);
      }
      kbd {
        font: 10.5px var(--hb-font-mono);
        border: 1px solid var(--hb-border-strong);
        border-bottom-width: 2px;
        border-radius: 3px;
        padding: 0 4px;
        background: var(--hb-surface);
        color: var(--hb-text);
      }
      main {
        overflow: auto;
        min-height: 0;
      }
      @media (max-width: 1180px) {
        :host {
          grid-template-columns: 260px minmax(0, 1fr);
          grid-template-rows: minmax(240px, 45%) 1fr;
        }
        aside {
          grid-row: 1 / 3;
        }
        .list {
          border-right: 0;
          border-bottom: 1px solid var(--hb-border);
        }
      }
    `,
  ];

  @property({ attribute: false }) api: ApiClient | undefined;
  @property({ attribute: false }) providers: readonly ProviderDescription[] = [];
  @property() defaultTarget = '';
  @property({ attribute: false }) filters: DeliveryFilters = {};
  /** The list's rows: deliveries, with inbound requests interleaved when `show` says so. */
  @property({ attribute: false }) rows: readonly TimelineRow[] = [];
  /** Rows in the list in all, loaded or not. */
  @property({ type: Number }) total = 0;
  @property() show: Show = defaultShow;
  /** What the filters select of each kind, for the filter bar's count. */
  @property({ type: Number }) deliveryTotal = 0;
  @property({ type: Number }) inboundTotal = 0;
  @property({ type: Boolean }) loading = false;
  /** The list could not be loaded. */
  @property({ attribute: false }) error: ApiError | undefined;
  @property() selectedId: string | undefined;
  @property() cursorId: string | undefined;
  /** The open delivery's live row (the detail refetches when it changes). */
  @property({ attribute: false }) summary: DeliverySummary | undefined;
  @property() target = '';
  @property() timeScale = '';
  @property({ type: Boolean, reflect: true, attribute: 'panel-closed' }) panelClosed = false;
  @property({ attribute: false }) batches: readonly BatchView[] = [];
  @property({ type: Boolean }) firing = false;
  @property({ attribute: false }) fireError: ApiError | undefined;
  /** The fire form's choice, which the sample preview shows while no delivery is open. */
  @property({ attribute: false }) pick: Pick = { provider: '', event: '', seed: '', now: '', settings: {}, set: {} };
  @property() harHref = '';

  @query('hb-delivery-list') private list: HbDeliveryList | null | undefined;
  @query('hb-filter-bar') private filterBar: HbFilterBar | null | undefined;

  focusList(): void {
    this.list?.focusGrid();
  }

  focusSearch(): void {
    this.filterBar?.focusSearch();
  }

  override render() {
    const time = Number(this.timeScale);
    return html`<aside aria-label="Fire a webhook">
        <section>
          <h2 class="section-heading">Fire a webhook</h2>
          <hb-trigger-panel .api=${this.api} .providers=${this.providers} defaultTarget=${this.defaultTarget} target=${this.target}
            .timeScale=${this.timeScale && time > 0 ? time : undefined} ?firing=${this.firing} .error=${this.fireError}
            seed=${this.pick.seed} now=${this.pick.now}></hb-trigger-panel>
        </section>
        ${this.batches.length ? html`<section><h2 class="section-heading">In progress</h2><hb-batch-progress .batches=${this.batches}></hb-batch-progress></section>` : nothing}
        <section>
          <hb-scenario-panel .api=${this.api} target=${this.target} defaultTimeScale=${this.timeScale}></hb-scenario-panel>
        </section>
        <hb-credentials .api=${this.api} provider=${this.pick.provider} .auth=${this.providers.find((p) => p.id === this.pick.provider)?.auth}></hb-credentials>
      </aside>
      <section class="list" aria-label="Deliveries">
        <hb-filter-bar .filters=${this.filters} .providers=${this.providers} total=${this.deliveryTotal} show=${this.show} inboundTotal=${this.inboundTotal}
          ?loading=${this.loading} harHref=${this.harHref}></hb-filter-bar>
        ${this.error ? html`<div class="error-box" role="alert"><code>${this.error.code}</code> ${this.error.message}</div>` : nothing}
        <hb-delivery-list .rows=${this.rows} total=${this.total} show=${this.show} ?loading=${this.loading} ?filtered=${hasFilters(this.filters)}
          selectedId=${this.selectedId ?? ''} cursorId=${this.cursorId ?? ''}></hb-delivery-list>
        <div class="keys" aria-hidden="true"><kbd>j</kbd> <kbd>k</kbd> move · <kbd>Enter</kbd> open · <kbd>r</kbd> replay · <kbd>/</kbd> search · <kbd>Esc</kbd> close</div>
      </section>
      <main aria-label=${isInboundId(this.selectedId) ? 'Inbound request' : this.selectedId ? 'Delivery' : 'Sample'}>
        ${isInboundId(this.selectedId)
          ? html`<hb-sink-request-detail .api=${this.api} requestId=${this.selectedId ?? ''}></hb-sink-request-detail>`
          : this.selectedId
          ? html`<hb-delivery-detail .api=${this.api} deliveryId=${this.selectedId} .summary=${this.summary}></hb-delivery-detail>`
          : html`<hb-sample-preview .api=${this.api} provider=${this.pick.provider} event=${this.pick.event} seed=${this.pick.seed} now=${this.pick.now}
              target=${this.target} .settings=${this.pick.settings} .set=${this.pick.set}></hb-sample-preview>`}
      </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-deliveries-view': HbDeliveriesView;
  }
}
