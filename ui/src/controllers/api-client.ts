/** @module Typed fetch wrappers over hookbench's control API; failures become ApiError with the server's code, message and path. */
import type { Delivery, DeliveryStatus, DeliverySummary } from '../../../server/delivery/types.ts';
import type { Sample } from '../../../server/delivery/sample-event.ts';
import type { Health } from '../../../server/http/health.ts';
import type { Scenario } from '../../../server/scenarios/scenario-schema.ts';
import type { ScenarioRunRecord } from '../../../server/store/scenario-run-repository.ts';

/** A scenario run with each step's deliveries as they stand. */
export type ScenarioRun = Omit<ScenarioRunRecord, 'steps'> & { steps: (ScenarioRunRecord['steps'][number] & { deliveries: DeliverySummary[] })[] };
import type { ProviderDescription } from '../../../server/providers/describe-provider.ts';

export type { Health };

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
}

export interface DeliveryQuery {
  provider?: string;
  event?: string;
  status?: DeliveryStatus;
  q?: string;
  limit?: number;
  cursor?: string;
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

export interface ApiClient {
  health(): Promise<Health>;
  providers(): Promise<ProviderDescription[]>;
  credentials(provider: string): Promise<Credentials>;
  /** `POST /api/deliveries`: the first delivery created, and the ids of the others. */
  fire(input: FireInput): Promise<DeliverySummary & { related: string[] }>;
  deliveries(query?: DeliveryQuery): Promise<DeliveryPage>;
  delivery(id: string, options?: { signal?: AbortSignal }): Promise<Delivery>;
  scenarios(): Promise<{ scenarios: Scenario[] }>;
  runScenario(input: { scenario: string; target?: string; seed?: number; timeScale?: number }): Promise<ScenarioRunRecord>;
  scenarioRun(batchId: string): Promise<ScenarioRun>;
  /** What an event would send, without sending it; a random seed (and the wall clock) when none is given. */
  sample(provider: string, event: string, options?: { seed?: number | undefined; now?: string | undefined; settings?: Record<string, unknown> }): Promise<Sample>;
}

/**
 * @example const api = createApiClient(); const { items } = await api.deliveries({ limit: 100 })
 */
export function createApiClient({ base = '', fetchFn = globalThis.fetch.bind(globalThis) }: { base?: string; fetchFn?: typeof fetch } = {}): ApiClient {
  async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
    let res: Response;
    try {
      res = await fetchFn(`${base}${path}`, { ...init, headers: { accept: 'application/json', ...init.headers } });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw new ApiError({ code: 'NETWORK', message: `hookbench did not answer ${path}: is it still running?`, status: 0 });
    }
    const body: unknown = await res.json().catch(() => undefined);
    if (!res.ok) throw toApiError(res.status, body);
    return body as T;
  }
  const enc = encodeURIComponent;
  return {
    health: () => request<Health>('/api/health'),
    providers: async () => (await request<{ providers: ProviderDescription[] }>('/api/providers')).providers,
    credentials: (provider) => request<Credentials>(`/api/providers/${enc(provider)}/credentials`),
    fire: (input) =>
      request<DeliverySummary & { related: string[] }>('/api/deliveries', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) }),
    deliveries: (query = {}) => request<DeliveryPage>(`/api/deliveries${toSearch(query)}`),
    delivery: (id, { signal } = {}) => request<Delivery>(`/api/deliveries/${enc(id)}`, signal ? { signal } : {}),
    scenarios: () => request<{ scenarios: Scenario[] }>('/api/scenarios'),
    runScenario: (input) =>
      request<ScenarioRunRecord>('/api/scenarios/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) }),
    scenarioRun: (batchId) => request<ScenarioRun>(`/api/scenarios/runs/${enc(batchId)}`),
    sample: (provider, event, { seed, now, settings = {} } = {}) => {
      const search = new URLSearchParams(toSearch({ seed, now }).slice(1));
      for (const [key, value] of Object.entries(settings)) search.append('setting', `${key}=${JSON.stringify(value)}`);
      const query = search.toString();
      return request<Sample>(`/api/providers/${enc(provider)}/events/${enc(event)}/sample${query ? `?${query}` : ''}`);
    },
  };
}

function toSearch(query: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

function toApiError(status: number, body: unknown): ApiError {
  const error = typeof body === 'object' && body !== null && 'error' in body ? (body as { error: unknown }).error : undefined;
  if (typeof error === 'object' && error !== null && 'code' in error && 'message' in error) {
    const { code, message, path } = error as { code: unknown; message: unknown; path?: unknown };
    return new ApiError({ code: String(code), message: String(message), path: typeof path === 'string' ? path : undefined, status });
  }
  return new ApiError({ code: `HTTP_${status}`, message: `hookbench answered ${status} without an error body`, status });
}
