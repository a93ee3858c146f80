/**
 * @module The inspector shell: header and live indicator, and the owner of shared state (catalogue,
 * live delivery list, selection), which it passes down and changes on its children's events.
 */
import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Message } from '../../../server/messages.ts';
import type { ProviderDescription } from '../../../server/providers/describe-provider.ts';
import { ApiError, createApiClient, type Health } from '../controllers/api-client.ts';
import { WsController } from '../controllers/ws-controller.ts';
import { applyMessage, fromPage, upsert, type LiveDeliveries } from '../state/live-deliveries.ts';
import './hb-connection-status.ts';
import './hb-credentials.ts';
import './hb-delivery-detail.ts';
import './hb-sample-preview.ts';
import './hb-scenario-panel.ts';
import type { HbUseSeedEvent } from './hb-sample-preview.ts';
import './hb-delivery-list.ts';
import type { HbSelectEvent } from './hb-delivery-list.ts';
import './hb-trigger-panel.ts';
import type { HbFireEvent, HbPickEvent } from './hb-trigger-panel.ts';
import { sectionHeading } from '../styles/theme.ts';

/** How many deliveries the first page shows. */
const pageSize = 200;

/** The favicon's mark, inline so it needs no request. */
const logo = svg`<svg viewBox="0 0 32 32" aria-hidden="true"><rect width="32" height="32" rx="7" fill="#2563eb" /><path d="M19 7v11a5.5 5.5 0 0 1-11 0v-1.5" fill="none" stroke="#fff" stroke-width="3.2" stroke-linecap="round" /><circle cx="19" cy="7" r="2.6" fill="#fff" /></svg>`;

/** `/deliveries/<id>` deep links (the server answers every GET with the inspector). */
const idFromPath = (path: string) => /^\/deliveries\/([^/]+)$/.exec(path)?.[1];

/**
 * @example html`<hb-app></hb-app>`
 */
@customElement('hb-app')
export class HbApp extends LitElement {
  static override styles = [
    sectionHeading,
    css`
      :host {
        display: grid;
        grid-template-rows: auto 1fr;
        height: 100vh;
        color: var(--hb-text);
        font: var(--hb-font-size) / 1.45 var(--hb-font-ui);
      }
      header {
        display: flex;
        align-items: center;
        gap: 14px;
        height: 42px;
        padding: 0 14px;
        border-bottom: 1px solid var(--hb-border);
        background: var(--hb-surface);
      }
      .brand {
        display: flex;
        align-items: center;
        gap: 7px;
        font-weight: 700;
        font-size: 14px;
        letter-spacing: -0.01em;
      }
      .brand svg {
        width: 18px;
        height: 18px;
      }
      .version,
      .target {
        font-size: var(--hb-font-size-small);
        color: var(--hb-text-muted);
      }
      .target code {
        font-family: var(--hb-font-mono);
        color: var(--hb-text);
      }
      hb-connection-status {
        margin-left: auto;
      }
      .banner {
        padding: 6px 14px;
        background: var(--hb-fail-bg);
        color: var(--hb-fail);
        font-size: var(--hb-font-size-small);
      }
      .body {
        display: grid;
        grid-template-columns: 264px minmax(440px, 1fr) minmax(460px, 1.05fr);
        min-height: 0;
      }
      .pane {
        min-height: 0;
        overflow: auto;
      }
      aside {
        display: flex;
        flex-direction: column;
        gap: 18px;
        padding: 14px;
        border-right: 1px solid var(--hb-border);
        background: var(--hb-surface);
      }
      h2 {
        margin: 0 0 10px;
      }
      .list {
        border-right: 1px solid var(--hb-border);
        background: var(--hb-surface);
      }
      @media (max-width: 1180px) {
        .body {
          grid-template-columns: 260px 1fr;
          grid-template-rows: minmax(200px, 40%) 1fr;
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

  private readonly api = createApiClient();
  private readonly ws = new WsController(this, {
    onMessage: (message) => this.receive(message),
    onHello: (_hello, resumed) => {
      if (!resumed) void this.reload();
      // hookbench may have come up after the page: the catalogue failed then, not now.
      if (this.providers.length === 0) void this.loadCatalogue();
    },
  });

  @state() private deliveries: LiveDeliveries = [];
  @state() private providers: readonly ProviderDescription[] = [];
  @state() private health: Health | undefined;
  @state() private selectedId: string | undefined = idFromPath(location.pathname);
  /** The form's current choice, which the sample preview shows while no delivery is selected. */
  @state() private pick: { provider: string; event: string; seed: string; now: string; settings: Record<string, unknown> } = { provider: '', event: '', seed: '', now: '', settings: {} };
  @state() private provider = '';
  @state() private firing = false;
  @state() private fireError: ApiError | undefined;
  @state() private loadError: ApiError | undefined;
  /** Messages that arrive while the list is being (re)loaded, applied on top of the page. */
  private pending: Message[] | undefined;
  private reloads = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    void this.loadCatalogue();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  override render() {
    const selected = this.deliveries.find((d) => d.id === this.selectedId);
    return html`<header>
        <span class="brand">${logo}hookbench</span>
        ${this.health ? html`<span class="version">v${this.health.version}</span>` : nothing}
        ${this.health ? html`<span class="target">default target <code>${this.health.defaultTarget}</code></span>` : nothing}
        <hb-connection-status .state=${this.ws.state}></hb-connection-status>
      </header>
      <div class="body">
        <aside class="pane">
          <section>
            <h2 class="section-heading">Fire a webhook</h2>
            <hb-trigger-panel
              .providers=${this.providers}
              .defaultTarget=${this.health?.defaultTarget ?? ''}
              .firing=${this.firing}
              .error=${this.fireError}
              @hb-fire=${this.onFire}
              .seed=${this.pick.seed}
              .now=${this.pick.now}
              @hb-pick=${this.onPick}
            ></hb-trigger-panel>
          </section>
          <section>
            <hb-scenario-panel .api=${this.api} @hb-select=${this.onSelect}></hb-scenario-panel>
          </section>
          <hb-credentials
            .api=${this.api}
            .provider=${this.provider}
            .auth=${this.providers.find((p) => p.id === this.provider)?.auth}
          ></hb-credentials>
        </aside>
        <section class="pane list">
          ${this.loadError ? html`<div class="banner" role="alert">${this.loadError.message}</div>` : nothing}
          <hb-delivery-list .deliveries=${this.deliveries} .selectedId=${this.selectedId} @hb-select=${this.onSelect}></hb-delivery-list>
        </section>
        <main class="pane">
          ${this.selectedId
            ? html`<hb-delivery-detail .api=${this.api} .deliveryId=${this.selectedId} .summary=${selected}></hb-delivery-detail>`
            : html`<hb-sample-preview
                .api=${this.api}
                provider=${this.pick.provider}
                event=${this.pick.event}
                seed=${this.pick.seed}
                now=${this.pick.now}
                .settings=${this.pick.settings}
                @hb-use-seed=${(e: HbUseSeedEvent) => (this.pick = { ...this.pick, seed: String(e.seed), now: e.now })}
              ></hb-sample-preview>`}
        </main>
      </div>`;
  }

  private receive(message: Message): void {
    if (this.pending) this.pending.push(message);
    else this.deliveries = applyMessage(this.deliveries, message);
  }

  /** Loads the first page afresh; messages meanwhile wait and are applied on top, in order. */
  private async reload(): Promise<void> {
    const run = ++this.reloads;
    this.pending ??= [];
    try {
      const page = await this.api.deliveries({ limit: pageSize });
      if (run !== this.reloads) return;
      // Messages up to page.lastSeq are already in the page; only later ones apply on top.
      this.deliveries = (this.pending ?? []).filter((m) => m.seq > page.lastSeq).reduce(applyMessage, fromPage(page.items));
      this.loadError = undefined;
    } catch (e) {
      if (run !== this.reloads) return;
      this.deliveries = (this.pending ?? []).reduce(applyMessage, this.deliveries);
      this.loadError = toApiError(e);
    }
    this.pending = undefined;
  }

  private async loadCatalogue(): Promise<void> {
    try {
      const [providers, health] = await Promise.all([this.api.providers(), this.api.health()]);
      this.providers = providers;
      this.health = health;
      this.loadError = undefined;
    } catch (e) {
      this.loadError = toApiError(e);
    }
  }

  private async onFire(e: HbFireEvent): Promise<void> {
    this.firing = true;
    this.fireError = undefined;
    try {
      // The row shows how it goes; the detail stays on what the user is reading.
      const { related: _others, ...delivery } = await this.api.fire(e.input);
      this.deliveries = upsert(this.deliveries, delivery);
    } catch (err) {
      this.fireError = toApiError(err);
    } finally {
      this.firing = false;
    }
  }

  /** A newly chosen event shows its sample in place of the delivery being read. */
  private readonly onPick = (e: HbPickEvent): void => {
    const eventChanged = e.provider !== this.pick.provider || e.event !== this.pick.event;
    const firstPick = this.pick.event === '';
    this.provider = e.provider;
    this.pick = { provider: e.provider, event: e.event, seed: e.seed, now: e.now, settings: e.settings };
    if (eventChanged && !firstPick) this.select(undefined);
  };

  private onSelect(e: HbSelectEvent): void {
    this.select(e.deliveryId);
  }

  private select(id: string | undefined): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    history.pushState(null, '', id === undefined ? '/' : `/deliveries/${encodeURIComponent(id)}`);
  }

  private readonly onPopState = () => {
    this.selectedId = idFromPath(location.pathname);
  };
}

function toApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError({ code: 'INTERNAL', message: e instanceof Error ? e.message : String(e), status: 0 });
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-app': HbApp;
  }
}
