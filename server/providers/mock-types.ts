/**
 * @module The mock REST API a provider may define: its routes are written against this context (the
 * I/O lives in server/mock/), so a provider's folder stays data plus functions.
 */
import type { Hono } from 'hono';
import type { JsonObject, JsonValue } from '../util/json.ts';
import type { SetOverrides } from '../util/set-path.ts';

export interface MockRecordPage {
  items: JsonObject[];
  total: number;
}

/** The provider's data set: named collections of JSON records, kept in the store. */
export interface MockRecords {
  /** Records in insertion order; `offset`/`limit` page them. */
  list(collection: string, page?: { offset?: number; limit?: number }): MockRecordPage;
  /** Every record of a collection (for filters a provider evaluates itself, like OData). */
  all(collection: string): JsonObject[];
  get(collection: string, id: string | number): JsonObject | undefined;
  /** Creates or replaces; keeps the first insertion's place in the order. */
  put(collection: string, id: string | number, record: JsonObject): void;
  delete(collection: string, id: string | number): boolean;
  /** A fresh numeric id, above every id the collection holds. */
  nextId(collection: string, start?: number): number;
  /**
   * `build()`'s text, kept until any record of this provider next changes: for answers made only from
   * the records and what `key` names (a list page's URL). The store sees every write, so it can tell.
   */
  memo(key: string, build: () => string): string;
}

/** A webhook subscription registered through a mock (or hookbench's own /api/mocks). */
export interface MockSubscription {
  id: string;
  provider: string;
  target: string;
  /** Events it receives; null means all. */
  events: string[] | null;
  /** Provider settings its deliveries use (e.g. Ploomes' ValidationKey for this webhook). */
  settings: Record<string, JsonValue>;
  /** Faults its deliveries carry, configured in hookbench. */
  faults: Record<string, JsonValue>;
  /** The provider's own view of the subscription (its REST shape). */
  meta: JsonObject;
  active: boolean;
  createdAt: string;
}

export interface MockSubscriptions {
  list(): MockSubscription[];
  get(id: string): MockSubscription | undefined;
  create(input: Pick<MockSubscription, 'target' | 'events'> & Partial<Pick<MockSubscription, 'settings' | 'faults' | 'meta' | 'active'>>): MockSubscription;
  update(id: string, patch: Partial<Pick<MockSubscription, 'target' | 'events' | 'settings' | 'faults' | 'meta' | 'active'>>): MockSubscription | undefined;
  delete(id: string): boolean;
}

export interface RateLimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** When the window resets (epoch ms). */
  resetAt: number;
  /** Seconds until a refused caller may try again. */
  retryAfterSeconds: number;
}

export interface EmitInput {
  /** The exact body to send (built from the records); without it, one is generated (with `set`). */
  payload?: JsonValue;
  set?: SetOverrides;
  /** The id receivers dedupe on, when `payload` carries one (the inspector shows it). */
  eventId?: string;
  /** Narrows the subscriptions further than by event (a subscription to one template, one object). */
  accept?: (subscription: MockSubscription) => boolean;
}

export interface MockContext<Credentials = unknown, Settings = unknown> {
  providerId: string;
  /** The workbench's credentials: the key or token this mock accepts. */
  credentials(): Credentials;
  settings(): Settings;
  records: MockRecords;
  subscriptions: MockSubscriptions;
  /**
   * Fires `event` to every active subscription that takes it, as the provider would after a write;
   * returns the delivery ids. `payload` is the exact body to send (built from the records).
   */
  emit(event: string, input: EmitInput): string[];
  /** Counts one request against `key`'s window; `allowed` false past the limit. */
  rateLimit(key: string, limit: number, windowMs: number): RateLimitState;
  /** An outbound POST for URL challenges (Parallel's): the receiver's status, or the error. */
  challenge(url: string, init: { body: string; headers?: Record<string, string>; timeoutMs: number }): Promise<{ status?: number; error?: string }>;
  now(): Date;
}

export interface MockSeedContext<Settings = unknown> {
  seed: number;
  now: Date;
  settings: Settings;
}

export interface MockApi<Credentials = unknown, Settings = unknown> {
  /** The data set a fresh workbench starts with, by collection, made with the provider's generators. */
  seed(context: MockSeedContext<Settings>): Record<string, JsonObject[]>;
  /** The provider's REST API, mounted at /mock/<id>; the key of each seeded record is its `idKey`. */
  routes(context: MockContext<Credentials, Settings>): Hono;
  /** Which field of a seeded record is its id (default "id"). */
  idKey?: Readonly<Record<string, string>>;
}
