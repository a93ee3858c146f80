/**
 * @module The requests the built-in sink received: the newest from the API, then each new one as the
 * WebSocket announces it. The one owner of the sink list.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Message } from '../../../server/messages.ts';
import type { SinkRequestSummary } from '../../../server/sink/types.ts';
import { toApiError, type ApiClient, type ApiError } from './api-client.ts';
import { PacedBatches } from './paced-batches.ts';

/** The sink tab holds the newest this many, and live ones on top; the whole list, paged, is the deliveries view's `show=inbound`. */
const pageLimit = 500;

/**
 * @example private sink = new SinkFeed(this, api); … ws onMessage: (m) => sink.receive(m)
 */
export class SinkFeed implements ReactiveController {
  /** Newest first; a new array whenever it changes. */
  items: readonly SinkRequestSummary[] = [];
  loading = false;
  error: ApiError | undefined;
  /** Requests that arrived since the sink view was last looked at. */
  unseen = 0;
  private byId = new Set<string>();
  private readonly host: ReactiveControllerHost;
  private readonly api: ApiClient;
  private readonly batches = new PacedBatches<Message>((batch) => this.apply(batch));
  private log: Message[] | undefined;
  private generation = 0;

  constructor(host: ReactiveControllerHost, api: ApiClient) {
    this.host = host;
    this.api = api;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.batches.pause();
  }

  get(id: string | undefined): SinkRequestSummary | undefined {
    return id === undefined ? undefined : this.items.find((r) => r.id === id);
  }

  async reload(): Promise<void> {
    const generation = ++this.generation;
    this.loading = true;
    this.log = [];
    try {
      const { items } = await this.api.sinkRequests({ limit: pageLimit });
      if (generation !== this.generation) return;
      this.items = items;
      this.byId = new Set(items.map((r) => r.id));
      // No seq comes with the page: what arrived meanwhile is applied again (adding by id is idempotent).
      this.apply(this.log);
      this.error = undefined;
    } catch (e) {
      if (generation === this.generation) this.error = toApiError(e);
    } finally {
      if (generation === this.generation) {
        this.loading = false;
        this.log = undefined;
        this.host.requestUpdate();
      }
    }
  }

  receive(message: Message): void {
    if (message.type !== 'sink.request' && message.type !== 'sink.cleared') return;
    this.batches.push(message);
    this.log?.push(message);
  }

  markSeen(): void {
    if (this.unseen === 0) return;
    this.unseen = 0;
    this.host.requestUpdate();
  }

  private apply(messages: readonly Message[]): void {
    const fresh: SinkRequestSummary[] = [];
    let cleared = false;
    for (const m of messages) {
      if (m.type === 'sink.cleared') {
        cleared = true;
        fresh.length = 0;
        this.byId.clear();
        this.unseen = 0;
      } else if (m.type === 'sink.request' && !this.byId.has(m.data.id)) {
        this.byId.add(m.data.id);
        fresh.push(m.data);
        this.unseen += 1;
      }
    }
    if (!cleared && fresh.length === 0) return;
    this.items = [...fresh.reverse(), ...(cleared ? [] : this.items)];
    this.host.requestUpdate();
  }
}
