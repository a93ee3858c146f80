/**
 * @module One record fetched for whatever key the host shows (a delivery, an attempt's explanation):
 * refetched when the key changes or when asked, older answers never overwriting newer ones.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toApiError, type ApiError } from './api-client.ts';

export interface ResourceOptions<K, T> {
  load(key: K, signal: AbortSignal): Promise<T>;
  /** Keys are compared by this text. */
  keyOf?(key: K): string;
}

/**
 * @example private delivery = new ResourceController(this, { load: (id: string, signal) => api.delivery(id, { signal }) })
 * // in willUpdate: this.delivery.show(this.deliveryId)
 */
export class ResourceController<K, T> implements ReactiveController {
  value: T | undefined;
  error: ApiError | undefined;
  private readonly host: ReactiveControllerHost;
  private readonly options: ResourceOptions<K, T>;
  private key: K | undefined;
  private inflight: AbortController | undefined;
  /** A refresh was asked while a fetch was in flight: fetch once more when it lands. */
  private stale = false;

  constructor(host: ReactiveControllerHost, options: ResourceOptions<K, T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.inflight?.abort();
    this.inflight = undefined;
  }

  hostConnected(): void {
    if (this.key !== undefined && this.value === undefined) void this.fetch();
  }

  /** Shows the record for `key`; the same key again fetches only with `refresh`. */
  show(key: K | undefined, { refresh = false }: { refresh?: boolean } = {}): void {
    const same = key !== undefined && this.key !== undefined && this.text(key) === this.text(this.key);
    if (same && !refresh) return;
    if (!same) {
      this.inflight?.abort();
      this.inflight = undefined;
      this.stale = false;
      this.value = undefined;
      this.error = undefined;
      this.key = key;
    }
    if (key !== undefined) void this.fetch();
    this.host.requestUpdate();
  }

  private async fetch(): Promise<void> {
    const key = this.key;
    if (key === undefined) return;
    if (this.inflight) {
      this.stale = true;
      return;
    }
    const controller = new AbortController();
    this.inflight = controller;
    try {
      this.value = await this.options.load(key, controller.signal);
      this.error = undefined;
    } catch (e) {
      if (controller.signal.aborted) return;
      this.error = toApiError(e);
    } finally {
      if (this.inflight === controller) {
        this.inflight = undefined;
        this.host.requestUpdate();
        if (this.stale) {
          this.stale = false;
          void this.fetch();
        }
      }
    }
  }

  private text(key: K): string {
    return this.options.keyOf ? this.options.keyOf(key) : String(key);
  }
}
