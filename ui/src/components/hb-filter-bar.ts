/**
 * @module The list's filters (provider, event, status, target, free text), what it shows (deliveries,
 * inbound requests, both), the count they select, and the HAR download of exactly those deliveries;
 * raises hb-filter-change (and hb-show-change from its toggle).
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { ProviderDescription } from '../../../server/providers/describe-provider.ts';
import { hasFilters, statuses, type DeliveryFilters } from '../state/delivery-filters.ts';
import { defaultShow, deliveryOnlyFilters, type Show } from '../state/inbound-rows.ts';
import { controls } from '../styles/controls.ts';
import './hb-show-toggle.ts';

/**
 * Raised on every change; `replace` for typing, which deserves no history entry per keystroke.
 * @example bar.addEventListener('hb-filter-change', (e) => route.navigate({ ...route, filters: e.filters }, { replace: e.replace }))
 */
export class HbFilterChangeEvent extends Event {
  static readonly type = 'hb-filter-change';
  readonly filters: DeliveryFilters;
  readonly replace: boolean;
  constructor(filters: DeliveryFilters, replace = false) {
    super(HbFilterChangeEvent.type, { bubbles: true, composed: true });
    this.filters = filters;
    this.replace = replace;
  }
}

/**
 * @example html`<hb-filter-bar .filters=${filters} .providers=${providers} total=${feed.total} harHref=${url}></hb-filter-bar>`
 */
@customElement('hb-filter-bar')
export class HbFilterBar extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
        padding: 8px 10px;
        border-bottom: 1px solid var(--hb-border);
        background: var(--hb-surface);
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        align-items: center;
      }
      .search {
        flex: 1 1 180px;
        position: relative;
        display: flex;
      }
      .search input {
        width: 100%;
        padding-right: 26px;
      }
      .search kbd {
        position: absolute;
        right: 6px;
        top: 5px;
        font: 11px var(--hb-font-mono);
        color: var(--hb-text-muted);
        border: 1px solid var(--hb-border-strong);
        border-radius: 3px;
        padding: 0 4px;
        pointer-events: none;
      }
      select.field {
        max-width: 150px;
      }
      input[name='target'] {
        flex: 1 1 140px;
      }
      .meta {
        display: flex;
        align-items: center;
        gap: 8px;
        margin-top: 6px;
        font-size: var(--hb-font-size-small);
        color: var(--hb-text-muted);
      }
      .meta {
        flex-wrap: wrap;
        row-gap: 4px;
      }
      .count {
        margin-right: auto;
        white-space: nowrap;
      }
      .meta a[download] {
        margin-left: auto;
      }
      .hidden-inbound {
        color: var(--hb-warn);
      }
      .count strong {
        color: var(--hb-text);
        font-variant-numeric: tabular-nums;
      }
      .chip {
        display: inline-flex;
        align-items: center;
        gap: 4px;
        padding: 1px 4px 1px 8px;
        border-radius: 10px;
        background: var(--hb-info-bg);
        color: var(--hb-info);
        font-family: var(--hb-font-mono);
      }
    `,
  ];

  @property({ attribute: false }) filters: DeliveryFilters = {};
  @property({ attribute: false }) providers: readonly ProviderDescription[] = [];
  /** Deliveries the filters select in all. */
  @property({ type: Number }) total = 0;
  @property() show: Show = defaultShow;
  /** Inbound requests the filters select in all (when shown). */
  @property({ type: Number }) inboundTotal = 0;
  @property({ type: Boolean }) loading = false;
  /** The export of the current filters as HAR. */
  @property() harHref = '';
  @query('input[name="q"]') private search: HTMLInputElement | null | undefined;
  private typing: ReturnType<typeof setTimeout> | undefined;

  /** For the "/" shortcut. */
  focusSearch(): void {
    this.search?.focus();
    this.search?.select();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typing);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Back/forward changed the search: what was being typed gives way.
    if (changed.has('filters')) clearTimeout(this.typing);
  }

  override render() {
    const f = this.filters;
    const provider = this.providers.find((p) => p.id === f.provider);
    const events = provider ? provider.events.map((e) => e.name) : [...new Set(this.providers.flatMap((p) => p.events.map((e) => e.name)))].sort();
    return html`<form role="search" aria-label="Filter deliveries" @submit=${(e: Event) => e.preventDefault()}>
        <label class="search">
          <input class="field" name="q" type="search" placeholder=${this.show === 'deliveries' ? 'Search id, event, event id, target' : 'Search id, event, target, request path'}
            aria-label="Search" autocomplete="off" spellcheck="false"
            .value=${f.q ?? ''} @input=${this.onSearch} />
          ${f.q ? nothing : html`<kbd aria-hidden="true">/</kbd>`}
        </label>
        <select class="field" name="provider" aria-label="Provider" @change=${(e: Event) => this.change({ provider: value(e), event: undefined })}>
          <option value="" ?selected=${!f.provider}>All providers</option>
          ${this.providers.map((p) => html`<option value=${p.id} ?selected=${p.id === f.provider}>${p.name}</option>`)}
        </select>
        <select class="field" name="event" aria-label="Event" @change=${(e: Event) => this.change({ event: value(e) })}>
          <option value="" ?selected=${!f.event}>All events</option>
          ${f.event && !events.includes(f.event) ? html`<option selected>${f.event}</option>` : nothing}
          ${events.map((name) => html`<option value=${name} ?selected=${name === f.event}>${name}</option>`)}
        </select>
        <select class="field" name="status" aria-label="Status" @change=${(e: Event) => this.change({ status: value(e) as DeliveryFilters['status'] })}>
          <option value="" ?selected=${!f.status}>Any status</option>
          ${statuses.map((s) => html`<option value=${s} ?selected=${s === f.status}>${s}</option>`)}
        </select>
        <input class="field mono" name="target" type="text" placeholder="Target, or prefix*" aria-label="Target" spellcheck="false"
          .value=${f.target ?? ''} @change=${(e: Event) => this.change({ target: value(e).trim() })} />
      </form>
      <div class="meta">
        <hb-show-toggle show=${this.show}></hb-show-toggle>
        <span class="count" role="status" aria-live="polite">${this.loading ? 'Loading…' : this.renderCount()}</span>
        ${f.batchId ? html`<span class="chip">batch ${f.batchId.slice(-8)}<button class="link" type="button" aria-label="Stop filtering by batch" @click=${() => this.change({ batchId: undefined })}>✕</button></span>` : nothing}
        ${hasFilters(f) ? html`<button class="link clear" type="button" @click=${() => this.dispatchEvent(new HbFilterChangeEvent({}))}>Clear filters</button>` : nothing}
        <a class="btn small" href=${this.harHref} download title="Every delivery these filters select, as HAR (credentials redacted)">Download HAR</a>
      </div>`;
  }

  private renderCount() {
    const f = this.filters;
    const match = hasFilters(f) ? ' match' : '';
    const deliveries = html`<strong>${this.total.toLocaleString('en')}</strong> ${this.total === 1 ? 'delivery' : 'deliveries'}`;
    const inbound = html`<strong>${this.inboundTotal.toLocaleString('en')}</strong> inbound`;
    const hiddenBy = this.show === 'deliveries' ? [] : deliveryOnlyFilters(f);
    // Event, status, target and batch describe deliveries: an inbound request has none, so it cannot match them.
    const hidden = hiddenBy.length
      ? html` · <span class="hidden-inbound" title="Inbound requests have no ${hiddenBy.join(', ')}: clear ${hiddenBy.length === 1 ? 'that filter' : 'those filters'} to see them"
          >inbound hidden by ${hiddenBy.join(', ')}</span
        >`
      : '';
    if (this.show === 'inbound') return hiddenBy.length ? html`${inbound}${match}${hidden}` : html`${inbound}${match}`;
    // Hidden, they are not "0 inbound": the count names what the list holds and says why the rest is not there.
    if (this.show === 'both') return hiddenBy.length ? html`${deliveries}${match}${hidden}` : html`${deliveries} · ${inbound}${match}`;
    return html`${deliveries}${match}`;
  }

  private onSearch(e: Event): void {
    const q = value(e);
    clearTimeout(this.typing);
    this.typing = setTimeout(() => this.change({ q: q.trim() }, true), 250);
  }

  private change(changes: Partial<DeliveryFilters>, replace = false): void {
    const next: DeliveryFilters = { ...this.filters };
    for (const [key, v] of Object.entries(changes) as [keyof DeliveryFilters, string | undefined][]) {
      if (v) Object.assign(next, { [key]: v });
      else delete next[key];
    }
    this.dispatchEvent(new HbFilterChangeEvent(next, replace));
  }
}

const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

declare global {
  interface HTMLElementTagNameMap {
    'hb-filter-bar': HbFilterBar;
  }
  interface HTMLElementEventMap {
    'hb-filter-change': HbFilterChangeEvent;
  }
}
