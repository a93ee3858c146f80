/** @module Typed fetch wrappers over hookbench's control API; failures become ApiError with the server's code, message and path. */
import type { Delivery, DeliverySummary } from '../../../server/delivery/types.ts';
import type { Sample } from '../../../server/delivery/sample-event.ts';
import type { Health } from '../../../server/http/health.ts';
import type { ProviderDescription } from '../../../server/providers/describe-provider.ts';
import type { SignatureExplanation } from '../../../server/providers/types.ts';
import type { Scenario } from '../../../server/scenarios/scenario-schema.ts';
import type { SinkRequest } from '../../../server/sink/types.ts';
import type { ScenarioRunRecord } from '../../../server/store/scenario-run-repository.ts';
import type { SinkRequestFilter, SinkRequestPage } from '../../../server/store/sink-repository.ts';
import type { JsonValue } from '../../../server/util/json.ts';
import { filtersToSearch, type DeliveryFilters } from '../state/delivery-filters.ts';

export type { Health };

/** A scenario run with each step's deliveries as they stand. */
export type ScenarioRun = Omit<ScenarioRunRecord, 'steps'> & { steps: (ScenarioRunRecord['steps'][number] & { deliveries: DeliverySummary[] })[] };

export interface FireInput {
  provider: string;
  event: string;
  target?: string;
  seed?: number;
  /** The data clock (ISO): with the seed, it makes the payload's bytes reproducible. */
  now?: string;
  /** Overrides of the provider's settings for this delivery. */
  settings?: Record<string, unknown>;
  /** Faults as the API takes them, e.g. { signature: 'invalid', burst: '50@10' }. */
  faults?: Record<string, string | true>;
  /** Dot-path overrides of the generated payload, e.g. { 'New.Name': 'ACME' }. */
  set?: Record<string, JsonValue>;
  /** A whole payload instead of a generated one. */
  payload?: JsonValue;
  timeScale?: number;
}

export interface ReplayInput {
  target?: string;
  faults?: Record<string, string | true>;
  timeScale?: number;
  /** A raw body (signed as sent) and headers set (string) or removed (null) after signing. */
  edits?: { body?: string; headers?: Record<string, string | null> };
}

export interface DeliveryPage {
  items: DeliverySummary[];
  total: number;
  /** The last message seq the page reflects: later messages apply on top of it. */
  lastSeq: number;
  nextCursor?: string;
}

export interface Credentials {
  provider: string;
  source: 'config' | 'store';
  credentials: Record<string, string>;
}

/** `GET /api/deliveries/:id/attempts/:n/explain`: `explanation` is null for providers that cannot explain yet. */
export interface Explain {
  provider: string;
  auth: { scheme: string; description: string };
  faults: string[];
  explanation: SignatureExplanation | null;
}

export type ExportFormat = 'har' | 'ndjson' | 'curl';
/** A created delivery, and the ids of the others the same request created (duplicates, a burst). */
export type Created = DeliverySummary & { related: string[] };

/** An API failure as the server described it (`{error: {code, message, path}}`), or NETWORK when it never answered. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly code: string;
  readonly path: string | undefined;
  readonly status: number;
  constructor({ code, message, path, status }: { code: string; message: string; path?: string | undefined; status: number }) {
    super(message);
    this.code = code;
    this.path = path;
    this.status = status;
  }
}

/** Any failure as an ApiError, so views show one kind of error. */
export function toApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError({ code: 'INTERNAL', message: e instanceof Error ? e.message : String(e), status: 0 });
}

export interface ApiClient {
  health(): Promise<Health>;
  providers(): Promise<ProviderDescription[]>;
  credentials(provider: string): Promise<Credentials>;
  /** `rotate` as the provider does it (Parallel keeps older keys); `regenerate` starts afresh. */
  renewCredentials(provider: string, how: 'rotate' | 'regenerate'): Promise<Credentials>;
  /** `POST /api/deliveries`: the first delivery created, and the ids of the others. */
  fire(input: FireInput): Promise<Created>;
  replay(id: string, input: ReplayInput): Promise<Created>;
  cancel(id: string): Promise<{ cancelled: number }>;
  cancelBatch(batchId: string): Promise<{ cancelled: number }>;
  deliveries(query?: DeliveryFilters & { limit?: number; cursor?: string }): Promise<DeliveryPage>;
  delivery(id: string, options?: { signal?: AbortSignal }): Promise<Delivery>;
  explain(id: string, n: number, options?: { signal?: AbortSignal }): Promise<Explain>;
  clearDeliveries(): Promise<{ deleted: number }>;
  /** Where the browser downloads an export of the deliveries a filter selects. */
  exportUrl(format: ExportFormat, filters?: DeliveryFilters): string;
  /** `attempt`: the one a curl command repeats (the last when absent). */
  exportText(format: ExportFormat, filters?: DeliveryFilters & { attempt?: number }): Promise<string>;
  /** Newest first, paged like the deliveries; `lastSeq` is the last message the page reflects. */
  sinkRequests(query?: Partial<SinkRequestFilter>): Promise<SinkRequestPage & { lastSeq: number }>;
  sinkRequest(id: string, options?: { signal?: AbortSignal }): Promise<SinkRequest>;
  clearSink(): Promise<{ cleared: true }>;
  scenarios(): Promise<{ scenarios: Scenario[] }>;
  runScenario(input: { scenario: string; target?: string; seed?: number; timeScale?: number }): Promise<ScenarioRunRecord>;
  scenarioRun(batchId: string): Promise<ScenarioRun>;
  /** What an event would send, without sending it; a random seed (and the wall clock) when none is given. */
  sample(
    provider: string,
    event: string,
    options?: { seed?: number | undefined; now?: string | undefined; target?: string | undefined; settings?: Record<string, unknown>; set?: Record<string, JsonValue> },
  ): Promise<Sample>;
}

/**
 * @example const api = createApiClient(); const { items } = await api.deliveries({ limit: 100 })
 */
export function createApiClient({ base = '', fetchFn = globalThis.fetch.bind(globalThis) }: { base?: string; fetchFn?: typeof fetch } = {}): ApiClient {
  async function send(path: string, init: RequestInit): Promise<Response> {
    try {
      return await fetchFn(`${base}${path}`, init);
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw new ApiError({ code: 'NETWORK', message: `hookbench did not answer ${path}: is it still running?`, status: 0 });
    }
  }
  async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
    const res = await send(path, { ...init, headers: { accept: 'application/json', ...init.headers } });
    const body: unknown = await res.json().catch(() => undefined);
    if (!res.ok) throw toError(res.status, body);
    return body as T;
  }
  const post = <T>(path: string, body: unknown = {}) =>
    request<T>(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const enc = encodeURIComponent;
  const exportPath = (format: ExportFormat, filters: DeliveryFilters & { attempt?: number } = {}) => `/api/export${filtersToSearch({ format, ...filters })}`;
  return {
    health: () => request<Health>('/api/health'),
    providers: async () => (await request<{ providers: ProviderDescription[] }>('/api/providers')).providers,
    credentials: (provider) => request<Credentials>(`/api/providers/${enc(provider)}/credentials`),
    renewCredentials: (provider, how) => post<Credentials>(`/api/providers/${enc(provider)}/credentials/${how}`),
    fire: (input) => post<Created>('/api/deliveries', input),
    replay: (id, input) => post<Created>(`/api/deliveries/${enc(id)}/replay`, input),
    cancel: (id) => post<{ cancelled: number }>(`/api/deliveries/${enc(id)}/cancel`),
    cancelBatch: (batchId) => post<{ cancelled: number }>(`/api/batches/${enc(batchId)}/cancel`),
    deliveries: (query = {}) => request<DeliveryPage>(`/api/deliveries${filtersToSearch(query)}`),
    delivery: (id, { signal } = {}) => request<Delivery>(`/api/deliveries/${enc(id)}`, signal ? { signal } : {}),
    explain: (id, n, { signal } = {}) => request<Explain>(`/api/deliveries/${enc(id)}/attempts/${n}/explain`, signal ? { signal } : {}),
    clearDeliveries: () => request<{ deleted: number }>('/api/deliveries', { method: 'DELETE' }),
    exportUrl: (format, filters) => `${base}${exportPath(format, filters)}`,
    exportText: async (format, filters) => {
      const res = await send(exportPath(format, filters), {});
      if (!res.ok) throw toError(res.status, await res.json().catch(() => undefined));
      return res.text();
    },
    sinkRequests: (query = {}) => request<SinkRequestPage & { lastSeq: number }>(`/api/sink/requests${filtersToSearch(query)}`),
    sinkRequest: (id, { signal } = {}) => request<SinkRequest>(`/api/sink/requests/${enc(id)}`, signal ? { signal } : {}),
    clearSink: () => request<{ cleared: true }>('/api/sink/requests', { method: 'DELETE' }),
    scenarios: () => request<{ scenarios: Scenario[] }>('/api/scenarios'),
    runScenario: (input) => post<ScenarioRunRecord>('/api/scenarios/run', input),
    scenarioRun: (batchId) => request<ScenarioRun>(`/api/scenarios/runs/${enc(batchId)}`),
    sample: (provider, event, { seed, now, target, settings = {}, set = {} } = {}) => {
      const search = new URLSearchParams(filtersToSearch({ seed, now, target }).slice(1));
      for (const [key, value] of Object.entries(settings)) search.append('setting', `${key}=${JSON.stringify(value)}`);
      for (const [path, value] of Object.entries(set)) search.append('set', `${path}=${JSON.stringify(value)}`);
      const query = search.toString();
      return request<Sample>(`/api/providers/${enc(provider)}/events/${enc(event)}/sample${query ? `?${query}` : ''}`);
    },
  };
}

function toError(status: number, body: unknown): ApiError {
  const error = typeof body === 'object' && body !== null && 'error' in body ? (body as { error: unknown }).error : undefined;
  if (typeof error === 'object' && error !== null && 'code' in error && 'message' in error) {
    const { code, message, path } = error as { code: unknown; message: unknown; path?: unknown };
    return new ApiError({ code: String(code), message: String(message), path: typeof path === 'string' ? path : undefined, status });
  }
  return new ApiError({ code: `HTTP_${status}`, message: `hookbench answered ${status} without an error body`, status });
}
