/**
 * @module The inbound requests the live list interleaves with deliveries: the first page from
 * `GET /api/sink/requests` for the list's filters, later pages when the timeline asks, and
 * `sink.request` messages on top in batches. Idle (no rows, no requests) while the list shows
 * deliveries only.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Message } from '../../../server/messages.ts';
import type { SinkRequestSummary } from '../../../server/sink/types.ts';
import { applyInboundMessages, createInboundRows, loadInboundPage, sameInboundQuery, type InboundQuery, type InboundRows } from '../state/inbound-rows.ts';
import { toApiError, type ApiClient, type ApiError } from './api-client.ts';
import { PacedBatches } from './paced-batches.ts';

export interface InboundFeedOptions {
  api: ApiClient;
  firstPage?: number;
  pageSize?: number;
  /** How long messages gather before they are applied together, while they trickle. */
  batchMs?: number;
  /** The longest they gather, under a flood (see batch-pace.ts). */
  maxBatchMs?: number;
}

/**
 * @example private inbound = new InboundFeed(this, { api }); … inbound.setQuery(inboundQueryOf(show, filters))
 */
export class InboundFeed implements ReactiveController {
  /** Loaded rows, newest first; a new array whenever they change. */
  items: readonly SinkRequestSummary[] = [];
  /** What to show; undefined: nothing (the list shows deliveries only, or a delivery-only filter is set). */
  query: InboundQuery | undefined;
  loading = false;
  error: ApiError | undefined;

  private rows: InboundRows = { ...createInboundRows(), complete: true };
  private readonly host: ReactiveControllerHost;
  private readonly options: Required<InboundFeedOptions>;
  private nextCursor: string | undefined;
  private generation = 0;
  private paging = false;
  private readonly batches: PacedBatches<Message>;
  /** Messages received while a page was in flight, to apply again on top of it. */
  private log: Message[] | undefined;
  /** Messages up to this seq are in the first page. */
  private floorSeq = 0;
  private inflight = 0;

  constructor(host: ReactiveControllerHost, { api, firstPage = 200, pageSize = 500, batchMs = 40, maxBatchMs = 250 }: InboundFeedOptions) {
    this.host = host;
    this.options = { api, firstPage, pageSize, batchMs, maxBatchMs };
    this.batches = new PacedBatches((batch) => this.flush(batch), { minMs: batchMs, maxMs: maxBatchMs });
    host.addController(this);
  }

  hostDisconnected(): void {
    this.batches.pause();
  }

  get total(): number {
    return this.rows.total;
  }

  get complete(): boolean {
    return this.rows.complete;
  }

  setQuery(query: InboundQuery | undefined): void {
    if (sameInboundQuery(query, this.query)) return;
    this.query = query;
    void this.reload();
  }

  /** Loads the first page afresh (or empties the list when idle); messages meanwhile apply on top. */
  async reload(): Promise<void> {
    const generation = ++this.generation;
    this.nextCursor = undefined;
    this.error = undefined;
    this.paging = false;
    if (!this.query) {
      this.rows = { ...createInboundRows(), complete: true };
      this.loading = false;
      return this.publish();
    }
    this.rows = createInboundRows();
    this.items = [];
    this.loading = true;
    this.host.requestUpdate();
    const page = await this.fetch(this.options.firstPage, generation);
    if (!page || !this.query) return;
    loadInboundPage(this.rows, page, { first: true });
    this.floorSeq = page.lastSeq;
    this.batches.retain((m) => m.seq > page.lastSeq);
    applyInboundMessages(this.rows, page.after, this.query);
    this.loading = false;
    this.publish();
  }

  /** The next page, when the timeline needs older rows; resolves whether rows were added. */
  async loadMore(): Promise<boolean> {
    if (!this.query || this.loading || this.paging || !this.nextCursor) return false;
    this.paging = true;
    const generation = this.generation;
    try {
      const page = await this.fetch(this.options.pageSize, generation, this.nextCursor);
      if (!page || !this.query) return false;
      const before = this.rows.items.length;
      loadInboundPage(this.rows, page, { first: false });
      this.rows.items = this.rows.items.slice();
      applyInboundMessages(this.rows, page.after, this.query);
      this.publish();
      return this.rows.items.length > before;
    } finally {
      if (generation === this.generation) this.paging = false;
    }
  }

  receive(message: Message): void {
    if (!this.query || message.seq <= this.floorSeq || (message.type !== 'sink.request' && message.type !== 'sink.cleared')) return;
    this.batches.push(message);
    this.log?.push(message);
  }

  private flush(batch: readonly Message[]): void {
    if (this.query && applyInboundMessages(this.rows, batch, this.query)) this.publish();
  }

  /** One page with the messages that came while it was on its way; undefined when superseded or failed. */
  private async fetch(limit: number, generation: number, cursor?: string) {
    this.inflight += 1;
    this.log ??= [];
    const log = this.log;
    try {
      const page = await this.options.api.sinkRequests({ ...this.query, limit, ...(cursor ? { cursor } : {}) });
      if (generation !== this.generation) return undefined;
      this.nextCursor = page.nextCursor;
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
