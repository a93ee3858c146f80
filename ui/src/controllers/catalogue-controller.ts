/** @module The providers' catalogue and the server's health, loaded once hookbench answers. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProviderDescription } from '../../../server/providers/describe-provider.ts';
import { toApiError, type ApiClient, type ApiError, type Health } from './api-client.ts';

/**
 * @example private catalogue = new CatalogueController(this, api); … catalogue.providers
 */
export class CatalogueController implements ReactiveController {
  providers: readonly ProviderDescription[] = [];
  health: Health | undefined;
  error: ApiError | undefined;
  private readonly host: ReactiveControllerHost;
  private readonly api: ApiClient;

  constructor(host: ReactiveControllerHost, api: ApiClient) {
    this.host = host;
    this.api = api;
    host.addController(this);
  }

  hostConnected(): void {
    void this.load();
  }

  /** Loads (again: hookbench may have come up after the page). */
  async load(): Promise<void> {
    try {
      [this.providers, this.health] = await Promise.all([this.api.providers(), this.api.health()]);
      this.error = undefined;
    } catch (e) {
      this.error = toApiError(e);
    }
    this.host.requestUpdate();
  }

  provider(id: string): ProviderDescription | undefined {
    return this.providers.find((p) => p.id === id);
  }
}
