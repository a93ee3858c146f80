/**
 * @module The inspector shell: owns the shared state (one controller per source: WebSocket, catalogue,
 * delivery feed, inbound feed and the timeline merging them, sink feed, batches, route, preferences,
 * keyboard), passes it down to the current view and acts on the views' events.
 */
import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { Message } from '../../../server/messages.ts';
import { createApiClient, toApiError, type ApiError, type ReplayInput } from '../controllers/api-client.ts';
import { BatchTracker } from '../controllers/batch-tracker.ts';
import { CatalogueController } from '../controllers/catalogue-controller.ts';
import { CursorController } from '../controllers/cursor-controller.ts';
import { DeliveryFeed } from '../controllers/delivery-feed.ts';
import { InboundFeed } from '../controllers/inbound-feed.ts';
import { KeyboardController, type Shortcut } from '../controllers/keyboard-controller.ts';
import { PreferencesController } from '../controllers/preferences-controller.ts';
import { RouteController, type Route } from '../controllers/route-controller.ts';
import { SinkFeed } from '../controllers/sink-feed.ts';
import { TimelineFeed } from '../controllers/timeline-feed.ts';
import { WsController } from '../controllers/ws-controller.ts';
import { defaultShow, inboundQueryOf } from '../state/inbound-rows.ts';
import { isInboundId } from '../state/timeline.ts';
import type { HbBatchCancelEvent, HbBatchDismissEvent } from './hb-batch-progress.ts';
import type { HbDeliveriesView } from './hb-deliveries-view.ts';
import type { HbCancelRequestEvent, HbReplayRequestEvent } from './hb-delivery-detail.ts';
import type { HbRangeEvent, HbSelectEvent } from './hb-delivery-list.ts';
import type { HbFilterChangeEvent } from './hb-filter-bar.ts';
import type { HbReplayEvent } from './hb-replay-dialog.ts';
import type { HbUseSeedEvent } from './hb-sample-preview.ts';
import type { HbBatchStartedEvent } from './hb-scenario-panel.ts';
import type { ClearWhat, HbClearEvent, HbPreferencesChangeEvent } from './hb-settings-view.ts';
import type { HbSinkSelectEvent } from './hb-sink-list.ts';
import type { HbSinkView } from './hb-sink-view.ts';
import type { HbShowChangeEvent } from './hb-show-toggle.ts';
import type { HbFireEvent, HbPickEvent, HbTargetChangeEvent, Pick } from './hb-trigger-panel.ts';
import './hb-deliveries-view.ts';
import './hb-nav-bar.ts';
import './hb-replay-dialog.ts';
import './hb-settings-view.ts';
import './hb-sink-view.ts';
import type { ToastMessage } from './hb-toast.ts';
import './hb-toast.ts';

/**
 * @example html`<hb-app></hb-app>`
 */
@customElement('hb-app')
export class HbApp extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      grid-template-rows: auto 1fr;
      height: 100vh;
      color: var(--hb-text);
      font: var(--hb-font-size) / 1.45 var(--hb-font-ui);
    }
    .view {
      min-height: 0;
    }
  `;

  private readonly api = createApiClient();
  private readonly catalogue = new CatalogueController(this, this.api);
  private readonly prefs = new PreferencesController(this);
  private readonly deliveries = new DeliveryFeed(this, { api: this.api });
  private readonly inbound = new InboundFeed(this, { api: this.api });
  /** The list as shown: deliveries, inbound requests, or both by time. */
  private readonly timeline = new TimelineFeed(this, { deliveries: this.deliveries, inbound: this.inbound });
  private readonly sink = new SinkFeed(this, this.api);
  private readonly batches = new BatchTracker(this);
  private readonly route = new RouteController(this, { onChange: (next) => this.onRoute(next) });
  private readonly ws = new WsController(this, {
    onMessage: (message) => this.receive(message),
    onHello: (_hello, resumed) => {
      if (!resumed) {
        void this.deliveries.reload();
        void this.inbound.reload();
        void this.sink.reload();
      }
      // hookbench may have come up after the page: the catalogue failed then, not now.
      if (this.catalogue.providers.length === 0) void this.catalogue.load();
    },
  });
  /** Held for its life: it listens from connection to disconnection. */
  protected readonly keyboard = new KeyboardController(this, { onShortcut: (s) => this.onShortcut(s) });

  /** The keyboard cursors (j/k) in the deliveries list and in the sink list. */
  private readonly cursor = new CursorController(this, this.route.route.view === 'deliveries' ? this.route.route.id : undefined);
  private readonly sinkCursor = new CursorController(this);
  /** The delivery the replay dialog is open for. */
  @state() private replayId: string | undefined;
  @state() private replaying = false;
  @state() private replayError: ApiError | undefined;
  @state() private firing = false;
  @state() private fireError: ApiError | undefined;
  @state() private clearing: ClearWhat | '' = '';
  @state() private pick: Pick = { provider: '', event: '', seed: '', now: '', settings: {}, set: {} };
  @state() private toast: ToastMessage | undefined;
  @query('hb-deliveries-view') private deliveriesView: HbDeliveriesView | null | undefined;
  @query('hb-sink-view') private sinkView: HbSinkView | null | undefined;

  constructor() {
    super();
    // The first hello loads the first page; a link's filters are in force from it.
    const { filters, show = defaultShow } = this.route.route;
    this.deliveries.filters = filters;
    this.inbound.query = inboundQueryOf(show, filters);
    this.timeline.show = show;
  }

  override render() {
    const { route } = this.route;
    return html`<hb-nav-bar view=${route.view} version=${this.catalogue.health?.version ?? ''} deliveries=${this.deliveries.total}
        unseen=${route.view === 'sink' ? 0 : this.sink.unseen} .state=${this.ws.state} ?panelOpen=${this.prefs.value.panelOpen}
        @hb-panel-toggle=${() => this.prefs.set({ panelOpen: !this.prefs.value.panelOpen })}></hb-nav-bar>
      <div class="view">${route.view === 'sink' ? this.renderSink(route) : route.view === 'settings' ? this.renderSettings() : this.renderDeliveries(route)}</div>
      <hb-replay-dialog .api=${this.api} deliveryId=${this.replayId ?? ''} ?busy=${this.replaying} .error=${this.replayError}
        @hb-replay=${(e: HbReplayEvent) => void this.replay(e.deliveryId, e.input)}
        @hb-dialog-close=${() => (this.replayId = undefined)}></hb-replay-dialog>
      <hb-toast .message=${this.toast}></hb-toast>`;
  }

  private renderDeliveries(route: Route) {
    const prefs = this.prefs.value;
    return html`<hb-deliveries-view
      .api=${this.api}
      .providers=${this.catalogue.providers}
      defaultTarget=${this.catalogue.health?.defaultTarget ?? ''}
      .filters=${route.filters}
      .rows=${this.timeline.items}
      total=${this.timeline.total}
      show=${this.timeline.show}
      deliveryTotal=${this.deliveries.total}
      inboundTotal=${this.inbound.total}
      ?loading=${this.timeline.loading}
      .error=${this.timeline.error ?? this.catalogue.error}
      selectedId=${route.id ?? ''}
      cursorId=${this.cursor.id ?? ''}
      .summary=${this.deliveries.get(route.id)}
      target=${prefs.target}
      timeScale=${prefs.timeScale}
      ?panel-closed=${!prefs.panelOpen}
      .batches=${this.batches.batches.map((batch) => ({ batch, progress: this.batches.progress(batch) }))}
      ?firing=${this.firing}
      .fireError=${this.fireError}
      .pick=${this.pick}
      harHref=${this.api.exportUrl('har', route.filters)}
      @hb-filter-change=${(e: HbFilterChangeEvent) => this.route.navigate({ ...route, filters: e.filters }, { replace: e.replace })}
      @hb-select=${(e: HbSelectEvent) => this.open(e.deliveryId)}
      @hb-sink-select=${(e: HbSinkSelectEvent) => this.open(e.requestId)}
      @hb-show-change=${(e: HbShowChangeEvent) => this.route.navigate({ ...route, show: e.show })}
      @hb-range=${(e: HbRangeEvent) => this.timeline.want(e.last)}
      @hb-fire=${(e: HbFireEvent) => void this.fire(e)}
      @hb-pick=${(e: HbPickEvent) => (this.pick = e.pick)}
      @hb-use-seed=${(e: HbUseSeedEvent) => (this.pick = { ...this.pick, seed: String(e.seed), now: e.now })}
      @hb-target-change=${(e: HbTargetChangeEvent) => this.prefs.set({ target: e.url })}
      @hb-replay-request=${(e: HbReplayRequestEvent) => (e.edit ? this.openReplay(e.deliveryId) : void this.replay(e.deliveryId, {}))}
      @hb-cancel-request=${(e: HbCancelRequestEvent) => void this.cancel(e.deliveryId, e.batchId)}
      @hb-batch-started=${(e: HbBatchStartedEvent) => this.batches.track(e.batch)}
      @hb-batch-cancel=${(e: HbBatchCancelEvent) => void this.cancel(undefined, e.batchId)}
      @hb-batch-dismiss=${(e: HbBatchDismissEvent) => this.batches.dismiss(e.batchId)}
    ></hb-deliveries-view>`;
  }

  private renderSink(route: Route) {
    return html`<hb-sink-view .api=${this.api} .rows=${this.sink.items} ?loading=${this.sink.loading} .error=${this.sink.error}
      selectedId=${route.id ?? ''} cursorId=${this.sinkCursor.id ?? ''}
      @hb-sink-select=${(e: HbSinkSelectEvent) => this.openSink(e.requestId)}></hb-sink-view>`;
  }

  private renderSettings() {
    return html`<hb-settings-view .api=${this.api} .providers=${this.catalogue.providers} .health=${this.catalogue.health}
      .preferences=${this.prefs.value} clearing=${this.clearing}
      @hb-preferences-change=${(e: HbPreferencesChangeEvent) => this.prefs.set(e.changes)}
      @hb-clear=${(e: HbClearEvent) => void this.clear(e.what)}></hb-settings-view>`;
  }

  private receive(message: Message): void {
    this.deliveries.receive(message);
    this.inbound.receive(message);
    this.sink.receive(message);
    this.batches.receive(message);
  }

  private onRoute(next: Route): void {
    this.deliveries.setFilters(next.filters);
    this.timeline.setView(next.show ?? defaultShow, next.filters);
    if (next.view === 'sink') this.sink.markSeen();
    if (next.view === 'deliveries' && next.id) this.cursor.set(next.id);
    if (next.view === 'sink' && next.id) this.sinkCursor.set(next.id);
  }

  /** Opens a delivery, or an inbound request of the interleaved list, beside the list. */
  private open(id: string): void {
    this.cursor.set(id);
    this.route.navigate({ ...this.route.route, view: 'deliveries', id });
  }

  private openSink(id: string): void {
    this.sinkCursor.set(id);
    this.route.navigate({ view: 'sink', id, filters: this.route.route.filters });
  }

  private openReplay(id: string): void {
    this.replayError = undefined;
    this.replayId = id;
  }

  private async fire(e: HbFireEvent): Promise<void> {
    this.firing = true;
    this.fireError = undefined;
    try {
      const created = await this.api.fire(e.input);
      const count = 1 + created.related.length;
      if (created.batchId) this.batches.track({ batchId: created.batchId, label: `Burst · ${created.provider} ${created.event} ×${count}`, total: count });
    } catch (err) {
      this.fireError = toApiError(err);
    } finally {
      this.firing = false;
    }
  }

  private async replay(id: string, input: ReplayInput): Promise<void> {
    this.replaying = true;
    this.replayError = undefined;
    try {
      const created = await this.api.replay(id, input);
      this.replayId = undefined;
      this.say(Object.keys(input).length === 0 ? 'Replayed as' : 'Sent edited as', created.id);
      this.open(created.id);
    } catch (e) {
      this.replayError = toApiError(e);
      if (!this.replayId) this.say(`Replay refused: ${this.replayError.message}`);
    } finally {
      this.replaying = false;
    }
  }

  private async cancel(id: string | undefined, batchId: string | undefined): Promise<void> {
    if (batchId) this.batches.update(batchId, { cancelling: true });
    try {
      const { cancelled } = batchId ? await this.api.cancelBatch(batchId) : await this.api.cancel(id ?? '');
      this.say(`Cancelled ${cancelled} ${cancelled === 1 ? 'delivery' : 'deliveries'}`);
    } catch (e) {
      this.say(`Cancel refused: ${toApiError(e).message}`);
    } finally {
      if (batchId) this.batches.update(batchId, { cancelling: false });
    }
  }

  private async clear(what: ClearWhat): Promise<void> {
    this.clearing = what;
    try {
      if (what === 'sink') await this.api.clearSink();
      else await this.api.clearDeliveries();
      this.say(what === 'sink' ? 'Sink requests cleared' : 'Deliveries deleted');
      void this.catalogue.load();
    } catch (e) {
      this.say(`Clearing failed: ${toApiError(e).message}`);
    } finally {
      this.clearing = '';
    }
  }

  private say(text: string, deliveryId?: string): void {
    this.toast = { text, ...(deliveryId ? { deliveryId } : {}) };
  }

  private onShortcut(shortcut: Shortcut): boolean {
    const { route } = this.route;
    if (this.replayId) return false;
    if (route.view === 'deliveries') return this.onDeliveriesShortcut(shortcut, route);
    if (route.view === 'sink') return this.onSinkShortcut(shortcut, route);
    return false;
  }

  private onDeliveriesShortcut(shortcut: Shortcut, route: Route): boolean {
    switch (shortcut) {
      case 'next':
      case 'previous':
        if (!this.cursor.move(this.timeline.items, shortcut === 'next' ? 1 : -1, route.id)) return false;
        this.deliveriesView?.focusList();
        return true;
      case 'open':
        if (this.cursor.id) this.open(this.cursor.id);
        return this.cursor.id !== undefined;
      case 'replay': {
        // Only a delivery replays: an inbound request was sent by someone else.
        const id = route.id ?? this.cursor.id;
        if (id && !isInboundId(id)) this.openReplay(id);
        return id !== undefined && !isInboundId(id);
      }
      case 'search':
        this.deliveriesView?.focusSearch();
        return true;
      case 'close':
        if (route.id) this.route.navigate({ ...route, id: undefined });
        return route.id !== undefined;
    }
  }

  private onSinkShortcut(shortcut: Shortcut, route: Route): boolean {
    if (shortcut === 'next' || shortcut === 'previous') {
      if (!this.sinkCursor.move(this.sink.items, shortcut === 'next' ? 1 : -1, route.id)) return false;
      this.sinkView?.focusList();
      return true;
    }
    if (shortcut === 'open' && this.sinkCursor.id) this.openSink(this.sinkCursor.id);
    else if (shortcut === 'close' && route.id) this.route.navigate({ ...route, id: undefined });
    else return false;
    return true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-app': HbApp;
  }
}
