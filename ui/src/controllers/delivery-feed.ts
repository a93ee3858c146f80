/**
 * @module The delivery list for the current filters: the first page from the API, later pages as the
 * user scrolls, and WebSocket messages on top in batches. The one owner of the list's rows.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DeliverySummary } from '../../../server/delivery/types.ts';
import type { Message } from '../../../server/messages.ts';
import { sameFilters, type DeliveryFilters } from '../state/delivery-filters.ts';
import { applyMessages, createRows, loadPage, type DeliveryRows } from '../state/delivery-rows.ts';
import { toApiError, type ApiClient, type ApiError } from './api-client.ts';
import { PacedBatches } from './paced-batches.ts';

export interface DeliveryFeedOptions {
  api: ApiClient;
  /** Rows in the first page; more come `pageSize` at a time. */
  firstPage?: number;
  pageSize?: number;
  /** How long messages gather before they are applied together, while they trickle. */
  batchMs?: number;
  /** The longest they gather, under a flood (see batch-pace.ts). */
  maxBatchMs?: number;
}

/**
 * @example private feed = new DeliveryFeed(this, { api }); … ws onMessage: (m) => feed.receive(m); list: .rows=${feed.items}
 */
export class DeliveryFeed implements ReactiveController {
  /** The loaded rows, newest first; a new array whenever they change. */
  items: readonly DeliverySummary[] = [];
  filters: DeliveryFilters = {};
  /** The first page is on its way. */
  loading = false;
  error: ApiError | undefined;

  private rows: DeliveryRows = createRows();
  private readonly host: ReactiveControllerHost;
  private readonly options: Required<DeliveryFeedOptions>;
  private nextCursor: string | undefined;
  private generation = 0;
  private readonly batches: PacedBatches<Message>;
  /** Messages received while a page was in flight, to apply again on top of it. */
  private log: Message[] | undefined;
  private inflight = 0;
  /** Messages up to this seq are in the first page: older ones are dropped. */
  private floorSeq = 0;
  private wantUntil = 0;
  private paging = false;

  constructor(host: ReactiveControllerHost, { api, firstPage = 200, pageSize = 500, batchMs = 40, maxBatchMs = 250 }: DeliveryFeedOptions) {
    this.host = host;
    this.options = { api, firstPage, pageSize, batchMs, maxBatchMs };
    this.batches = new PacedBatches((batch) => this.flush(batch), { minMs: batchMs, maxMs: maxBatchMs });
    host.addController(this);
  }

  hostDisconnected(): void {
    this.batches.pause();
  }

  /** Rows the filtered list holds in all, loaded or not. */
  get total(): number {
    return this.rows.total;
  }

  get complete(): boolean {
    return this.rows.complete;
  }

  get(id: string | undefined): DeliverySummary | undefined {
    return id === undefined ? undefined : this.rows.byId.get(id);
  }

  setFilters(filters: DeliveryFilters): void {
    if (sameFilters(filters, this.filters)) return;
    this.filters = filters;
    void this.reload();
  }

  /** Loads the first page afresh; messages meanwhile are applied on top, in order. */
  async reload(): Promise<void> {
    const generation = ++this.generation;
    this.rows = createRows();
    this.items = [];
    this.nextCursor = undefined;
    this.loading = true;
    this.host.requestUpdate();
    const page = await this.fetch({ limit: this.options.firstPage }, generation);
    if (!page) return;
    loadPage(this.rows, page, { first: true });
    this.floorSeq = page.lastSeq;
    this.batches.retain((m) => m.seq > page.lastSeq);
    applyMessages(this.rows, page.after, this.filters);
    this.loading = false;
    this.publish();
    void this.pump();
  }

  /** The list shows rows up to `last`: load pages until a screenful past it is held. */
  want(last: number): void {
    this.wantUntil = Math.max(this.wantUntil, last + 100);
    void this.pump();
  }

  /** The next page, when the timeline needs older rows; resolves whether rows were added. */
  async loadMore(): Promise<boolean> {
    if (this.loading || this.paging || !this.nextCursor || this.rows.complete) return false;
    const before = this.rows.items.length;
    this.wantUntil = Math.max(this.wantUntil, before + 1);
    await this.pump();
    return this.rows.items.length > before;
  }

  receive(message: Message): void {
    if (message.seq <= this.floorSeq) return;
    this.batches.push(message);
    this.log?.push(message);
  }

  private flush(batch: readonly Message[]): void {
    if (applyMessages(this.rows, batch, this.filters)) this.publish();
  }

  private async pump(): Promise<void> {
    if (this.paging || this.loading) return;
    this.paging = true;
    try {
      while (this.nextCursor && !this.rows.complete && this.rows.items.length < this.wantUntil) {
        const generation = this.generation;
        const page = await this.fetch({ limit: this.options.pageSize, cursor: this.nextCursor }, generation);
        if (!page || generation !== this.generation) return;
        loadPage(this.rows, page, { first: false });
        this.rows.items = this.rows.items.slice();
        applyMessages(this.rows, page.after, this.filters);
        this.publish();
      }
    } finally {
      this.paging = false;
    }
  }

  /** One page, with the messages that came after it; undefined when superseded or failed. */
  private async fetch(query: { limit: number; cursor?: string }, generation: number) {
    this.inflight += 1;
    this.log ??= [];
    const log = this.log;
    try {
      const page = await this.options.api.deliveries({ ...this.filters, ...query });
      if (generation !== this.generation) return undefined;
      this.nextCursor = page.nextCursor;
      this.error = undefined;
      return { ...page, after: log.filter((m) => m.seq > page.lastSeq) };
    } catch (e) {
      if (generation !== this.generation) return undefined;
      this.error = toApiError(e);
      this.loading = false;
      this.host.requestUpdate();
      return undefined;
    } finally {
      this.inflight -= 1;
      if (this.inflight === 0) this.log = undefined;
    }
  }

  private publish(): void {
    this.items = this.rows.items;
    this.host.requestUpdate();
  }
}
