/**
 * @module The provider interface: what every impersonated provider is made of.
 *
 * A provider is data plus pure functions. The engine drives one delivery through them in this order:
 *   generate (once per event) → encode (per attempt) → [body fault] → sign (per attempt) → send.
 * Nothing here does I/O: clocks, randomness, secrets and settings are parameters.
 */
import type { z } from 'zod';
import type { MockApi } from './mock-types.ts';
import type { JsonValue } from '../util/json.ts';
import type { SetOverrides } from '../util/set-path.ts';

export const httpMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof httpMethods)[number];

/** One event of a catalogue; the catalogue is keyed by the provider's own wire name. */
export interface EventSpec {
  /** One line a picker can show: what happened in the provider when this fires. */
  description: string;
  /** Groups events in pickers ("Contacts", "Profile", "Petition"). */
  group: string;
  /** Provider facts worth showing next to the event (Ploomes' EntityId/ActionId). */
  meta?: Record<string, JsonValue>;
}

export interface GenerateContext<Settings> {
  /** Same provider, event, seed, now and set → the same payload, byte for byte. */
  seed: number;
  /** The data clock: dates inside the payload are relative to it. */
  now: Date;
  /** Dot-path overrides applied to the generated payload. */
  set: SetOverrides;
  settings: Settings;
}

export interface GeneratedEvent {
  /** The identity a receiver dedupes on (Parallel's event id, HubSpot's eventId, Ploomes' composite key). */
  eventId: string;
  payload: JsonValue;
}

/** What goes on the wire for one attempt, before authentication headers are added. */
export interface WireRequest {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  /** The exact body bytes as text; undefined when the request has no body (GET with a query). */
  body: string | undefined;
}

export interface EncodeContext<Settings> {
  event: string;
  eventId: string;
  payload: JsonValue;
  target: string;
  /** 1-based; HubSpot writes it into the body (attemptNumber starts at 0). */
  attempt: number;
  /** How long this attempt waits for the receiver (the policy's, or the `timeout` fault's). */
  timeoutMs?: number;
  settings: Settings;
}

export interface SignContext<Settings, Credentials> {
  /** Exactly what will be sent: signers sign these bytes, never a re-serialisation. */
  request: WireRequest;
  eventId: string;
  credentials: Credentials;
  /** The signing clock, fresh for every attempt. */
  now: Date;
  settings: Settings;
}

/** An inbound request as the built-in sink saw it; header names lower-cased. */
export interface ReceivedRequest {
  method: string;
  /** The absolute URL as the receiver sees it (scheme, host, path, query): what URL-signing schemes sign. */
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface VerifyContext<Credentials, Settings = unknown> {
  request: ReceivedRequest;
  credentials: Credentials;
  now: Date;
  settings: Settings;
}

export interface VerifyResult {
  ok: boolean;
  /** The scheme that was checked, e.g. "validation-key", "ed25519-v2", "hubspot-v3". */
  scheme: string;
  /** Why it failed, in words a developer can act on. */
  reason?: string;
}

/** How one attempt was authenticated, for the inspector's signature explainer. */
export interface SignatureExplanation {
  /** The scheme, e.g. "ed25519-v2", "hubspot-v3", "validation-key", "standard-webhooks-v1". */
  scheme: string;
  /** How a receiver checks it, in a sentence or two. */
  summary: string;
  /** Each authentication header the attempt carried: its value, how it was computed, and what was signed. */
  headers: { name: string; value: string; computedAs: string; signedContent?: string }[];
  /** The credentials a receiver verifies with, by their name in `credentials.verification()` (never values). */
  keys: { label: string; credential: string }[];
  /** TypeScript a receiver can paste to verify this very request. */
  snippet: string;
}

export interface ExplainContext<Credentials, Settings = unknown> {
  /** The attempt's request as recorded (header names as sent). */
  request: { method: string; url: string; headers: Record<string, string>; body: string };
  credentials: Credentials;
  settings: Settings;
}

/** The outcome of one attempt as the policy sees it. */
export interface AttemptOutcome {
  status?: number;
  errorCode?: string;
}

export interface DeliveryPolicy {
  timeoutMs: number;
  /** The provider's real retry schedule: delays before retry 1, 2, … (ms). Empty: never retried. */
  retryDelaysMs: readonly number[];
  /** Where the schedule comes from, shown in the catalogue ("documented", or why it was chosen). */
  retryNote: string;
  isSuccess(status: number): boolean;
  /** Whether a failed attempt may be retried (HubSpot does not retry 400/401/403/404/405). */
  isRetryable(outcome: AttemptOutcome): boolean;
  /** At most this many requests in flight per target, as the provider limits itself (HubSpot's maxConcurrentRequests). */
  maxConcurrency?: number;
  /** Whether a 429 or 503 with Retry-After sets the next retry's delay (HubSpot, Svix). */
  honorsRetryAfter?: boolean;
}

export interface CredentialsSpec<Credentials> {
  schema: z.ZodType<Credentials>;
  /** Fresh credentials from random bytes (injected so tests can fix them). */
  generate(randomBytes: (size: number) => Uint8Array): Credentials;
  /** What a receiver needs to verify deliveries, as label → value (banner, CLI, UI). */
  verification(credentials: Credentials): Record<string, string>;
  /**
   * Rotation as the provider does it (Parallel adds a key and keeps up to five); without it, rotating
   * means generating afresh.
   */
  rotate?(current: Credentials, randomBytes: (size: number) => Uint8Array): Credentials;
}

/**
 * A provider hookbench impersonates. Methods (not function-valued properties) keep providers with
 * their own Settings and Credentials assignable to the registry's erased `Provider`.
 */
export interface Provider<Settings = unknown, Credentials = unknown> {
  id: string;
  name: string;
  description: string;
  /** Locale of the generated data (pt_BR, es, …). */
  locale: string;
  auth: { scheme: string; description: string };
  catalogue: Readonly<Record<string, EventSpec>>;
  /**
   * For providers whose event names are the user's own (Standard Webhooks): the spec any name outside
   * the catalogue gets. Without it, unknown names are refused.
   */
  anyEvent?: EventSpec;
  /** Per-workbench settings (account ids, HTTP method, signature version); `parse({})` gives defaults. */
  settings: z.ZodType<Settings>;
  credentials: CredentialsSpec<Credentials>;
  policy: DeliveryPolicy;
  /** Header names (lower-case) whose values are secrets: redacted in logs and exports. */
  sensitiveHeaders: readonly string[];
  generate(event: string, context: GenerateContext<Settings>): GeneratedEvent;
  encode(context: EncodeContext<Settings>): WireRequest;
  /** The authentication headers for one attempt; only these are touched by signature faults. */
  sign(context: SignContext<Settings, Credentials>): Record<string, string>;
  /** Checks a received request; undefined when it does not look like this provider's. */
  verify(context: VerifyContext<Credentials, Settings>): VerifyResult | undefined;
  /**
   * The provider as configured, for providers whose catalogue depends on settings (Connectif's custom
   * "send" events). Called once at start-up with the workbench's settings.
   */
  configure?(settings: Settings): Provider<Settings, Credentials>;
  /** The provider's REST API, impersonated under /mock/<id> (see mock-types.ts). */
  mock?: MockApi<Credentials, Settings>;
  /** Explains how a recorded attempt was signed or authenticated; undefined when it carried no auth. */
  explain?(context: ExplainContext<Credentials, Settings>): SignatureExplanation | undefined;
}

/**
 * Identity helper that lets TypeScript infer Settings and Credentials from the definition.
 * @example export const ploomes = defineProvider({ id: 'ploomes', ... })
 */
export function defineProvider<Settings, Credentials>(provider: Provider<Settings, Credentials>): Provider<Settings, Credentials> {
  return provider;
}
