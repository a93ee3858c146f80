/**
 * @module The delivery engine: creates deliveries, runs their attempts, schedules retries from the
 * provider's policy (scaled by timeScale) and resumes unsettled deliveries after a restart.
 * Every change is committed to the store before it is published.
 */
import type { CredentialVault } from '../credentials/credential-vault.ts';
import { HookbenchError } from '../errors.ts';
import type { Message } from '../messages.ts';
import { settingsWithOverrides } from '../providers/provider-config.ts';
import type { Registry } from '../providers/registry.ts';
import type { Provider } from '../providers/types.ts';
import type { Store } from '../store/open-store.ts';
import type { JsonValue } from '../util/json.ts';
import type { Edits } from './delivery-input.ts';
import { attemptFaults, type Faults } from './faults.ts';
import { maxBurst, planDeliveries, type DeliveryPlan, type PlanInput, type SubmitInput } from './plan-deliveries.ts';
import { prepareAttempt } from './prepare-attempt.ts';
import { createLimiter, type Limiter } from './limiter.ts';
import { nextRetry } from './retry.ts';
import { retryAfterMs } from './retry-after.ts';
import { send as defaultSend, withTransportHeaders, type BodyMode, type SendResult } from './send.ts';
import { terminalStatuses, type Delivery, type DeliveryStatus, type DeliverySummary } from './types.ts';

export interface EngineOptions {
  store: Store;
  registry: Registry;
  vault: CredentialVault;
  settingsFor(providerId: string): unknown;
  publish(message: Message): void;
  /** Where deliveries go when no target is given (the built-in sink). */
  defaultTarget: string;
  defaultTimeScale?: number;
  send?: typeof defaultSend;
  /** Deliveries waiting to be sent (scheduled, retrying, in flight) past which submissions are refused. */
  maxPending?: number;
}

/**
 * Each waiting delivery holds its payload and a timer in memory: past this many, a submission is
 * refused (429) rather than letting memory grow with a backlog the receiver cannot drain. Two of the
 * largest bursts fit.
 */
export const defaultMaxPending = 2 * maxBurst;

export type { SubmitInput };

export interface ReplayInput {
  target?: string | undefined;
  faults?: Faults | undefined;
  payload?: JsonValue | undefined;
  timeScale?: number | undefined;
  settings?: Record<string, JsonValue> | undefined;
  edits?: Edits | undefined;
}

export interface SubmitResult {
  delivery: DeliverySummary;
  /** Ids of the other deliveries this submission created (duplicates). */
  related: string[];
}

export interface Engine {
  submit(input: SubmitInput): SubmitResult;
  /** Stores and schedules deliveries planned elsewhere (a scenario's steps), each plan at its own time. */
  submitPlans(plans: readonly DeliveryPlan[]): void;
  replay(id: string, input: ReplayInput): SubmitResult;
  /** Resolves with the full delivery once it has succeeded or failed. */
  settled(id: string): Promise<Delivery>;
  /** Picks up deliveries a previous run left unsettled; returns how many. */
  resume(): number;
  /** Deletes every delivery, cancelling pending retries; attempts in flight are discarded when they end. */
  clear(): void;
  /**
   * Stops deliveries that have not settled: nothing more is sent (an attempt in flight is still recorded)
   * and they end failed with lastError CANCELLED. Returns how many were stopped.
   */
  cancel(ids: readonly string[]): number;
  /**
   * Stops scheduling and waits up to `graceMs` for attempts in flight to be recorded. Those still
   * running stay "delivering" in the store; the next start records them as INTERRUPTED and retries.
   */
  close(options?: { graceMs?: number }): Promise<void>;
}

export function createEngine(options: EngineOptions): Engine {
  const { store, registry, vault, publish, defaultTarget } = options;
  const sendRequest = options.send ?? defaultSend;
  const defaultTimeScale = options.defaultTimeScale ?? 1;
  const maxPending = options.maxPending ?? defaultMaxPending;
  const timers = new Map<string, NodeJS.Timeout>();
  const inFlight = new Map<string, Promise<void>>();
  const waiters = new Map<string, { resolve: (d: Delivery) => void; reject: (e: Error) => void }[]>();
  const discarded = new Set<string>();
  const cancelled = new Set<string>();
  let closed = false;

  function schedule(delivery: Delivery, n: number, at: Date): void {
    if (closed) return;
    const timer = setTimeout(() => {
      timers.delete(delivery.id);
      const running = runAttempt(delivery, n)
        .catch((e: unknown) => console.error(`hookbench: delivery ${delivery.id}, attempt ${n}: ${e instanceof Error ? e.message : String(e)}`))
        .finally(() => inFlight.delete(delivery.id));
      inFlight.set(delivery.id, running);
    }, Math.max(0, at.getTime() - Date.now()));
    timers.set(delivery.id, timer);
  }

  // Slots: a burst's N@C and the provider's own per-target limit, kept only while in use.
  const limiters = new Map<string, Limiter>();
  async function acquireSlots(delivery: Delivery, provider: Provider): Promise<() => void> {
    const wanted: [string, number][] = [];
    if (delivery.batchId && delivery.faults.burst) wanted.push([`batch:${delivery.batchId}`, delivery.faults.burst.concurrency]);
    if (provider.policy.maxConcurrency) wanted.push([`target:${provider.id}:${originOf(delivery.target)}`, provider.policy.maxConcurrency]);
    const releases: (() => void)[] = [];
    // Always in the same order (batch, then target), so two deliveries never wait on each other.
    for (const [key, limit] of wanted) {
      let limiter = limiters.get(key);
      if (!limiter) limiters.set(key, (limiter = createLimiter(limit)));
      releases.push(await limiter.acquire());
    }
    return () => {
      releases.forEach((release) => release());
      for (const [key] of wanted) if (limiters.get(key)?.load() === 0) limiters.delete(key);
    };
  }

  async function runAttempt(delivery: Delivery, n: number): Promise<void> {
    let provider: Provider;
    try {
      provider = registry.get(delivery.provider);
    } catch (e) {
      failUnprepared(delivery, n, e);
      return;
    }
    const release = await acquireSlots(delivery, provider);
    try {
      // Closed or cleared while waiting for a slot: the store keeps it queued for the next start.
      if (closed || discarded.delete(delivery.id)) return;
      if (cancelled.delete(delivery.id)) stop(delivery.id);
      else await attempt(delivery, provider, n);
    } finally {
      release();
    }
  }

  async function attempt(delivery: Delivery, provider: Provider, n: number): Promise<void> {
    let request;
    try {
      request = withTransportHeaders(
        prepareAttempt({
          provider,
          settings: settingsWithOverrides(provider, options.settingsFor(provider.id), delivery.settings),
          credentials: vault.get(provider.id),
          event: delivery.event,
          eventId: delivery.eventId,
          payload: delivery.payload,
          target: delivery.target,
          attempt: n,
          timeoutMs: delivery.timeoutMs,
          now: new Date(),
          faults: delivery.faults,
          edits: delivery.edits,
        }).request,
      );
    } catch (e) {
      failUnprepared(delivery, n, e);
      return;
    }
    publish(store.deliveries.startAttempt({ deliveryId: delivery.id, n, startedAt: new Date().toISOString(), request, faults: attemptFaults(delivery.faults) }));
    // Nothing goes out before its record is durable: the turn's writes commit together first.
    await store.committed();
    if (discarded.delete(delivery.id)) return;
    // Attempts on the wire side by side let the store space its commits (store/overlap-watch.ts). Not
    // counted while they wait for a commit: spaced commits would make them overlap, and keep themselves spaced.
    const sent = store.overlap.begin('attempts');
    let result: SendResult;
    try {
      result = await sendRequest({ request, timeoutMs: delivery.timeoutMs, bodyMode: bodyModeOf(delivery.faults) });
    } finally {
      sent();
    }
    recordOutcome(delivery, provider, n, result);
  }

  function recordOutcome(delivery: Delivery, provider: Provider, n: number, result: SendResult): void {
    if (discarded.delete(delivery.id)) return;
    const status = result.response?.status;
    const ok = status !== undefined && result.error === undefined && provider.policy.isSuccess(status);
    const retryable = !ok && provider.policy.isRetryable({ ...(status !== undefined ? { status } : {}), ...(result.error ? { errorCode: result.error.code } : {}) });
    const now = new Date();
    const retryAfter =
      provider.policy.honorsRetryAfter && result.response && (status === 429 || status === 503) ? retryAfterMs(result.response.headers, now) : undefined;
    const stopped = cancelled.delete(delivery.id);
    // Decided as if running on: when closing, the retry is stored and the next start resumes it.
    const next = retryable && !stopped ? nextRetry({ schedule: delivery.retryDelaysMs, n, timeScale: delivery.timeScale, now, retryAfterMs: retryAfter }) : undefined;
    const newStatus: DeliveryStatus = ok ? 'succeeded' : next ? 'retrying' : 'failed';
    const messages = store.deliveries.finishAttempt({
      deliveryId: delivery.id,
      n,
      durationMs: result.durationMs,
      ok,
      ...(result.response ? { response: result.response } : {}),
      ...(result.error ? { error: result.error } : {}),
      ...(next ? { nextRetryAt: next.at.toISOString(), nextRetryDelayMs: next.delayMs } : {}),
      ...(stopped && !ok ? { cancelled: true } : {}),
      status: newStatus,
    });
    messages.forEach(publish);
    if (next) schedule(delivery, n + 1, next.at);
    else settle(delivery.id);
  }

  /** A provider that cannot build its request is a bug or a bad config; the record says so. */
  function failUnprepared(delivery: Delivery, n: number, e: unknown): void {
    const message = e instanceof Error ? e.message : String(e);
    const request = { method: 'POST', url: delivery.target, headers: {}, body: '' };
    publish(store.deliveries.startAttempt({ deliveryId: delivery.id, n, startedAt: new Date().toISOString(), request }));
    store.deliveries
      .finishAttempt({ deliveryId: delivery.id, n, durationMs: 0, ok: false, error: { code: 'INTERNAL', message: `hookbench could not build this attempt: ${message}` }, status: 'failed' })
      .forEach(publish);
    settle(delivery.id);
  }

  /** Marks an unsettled delivery failed, CANCELLED, and releases whoever waits for it. */
  function stop(id: string): boolean {
    const message = store.deliveries.cancel(id);
    if (message) publish(message);
    settle(id);
    return message !== undefined;
  }

  /** Releases whoever waits for the delivery, once its last write is committed. */
  function settle(id: string): void {
    const list = waiters.get(id);
    if (!list) return;
    waiters.delete(id);
    store.afterCommit(() => {
      const delivery = store.deliveries.get(id);
      if (delivery) list.forEach((w) => w.resolve(delivery));
    });
  }

  function enqueue(plans: readonly DeliveryPlan[]): void {
    if (closed) throw new HookbenchError('CONFLICT', 'the engine is shutting down; try again once hookbench has restarted');
    const adding = plans.reduce((n, plan) => n + plan.dispatch.length, 0);
    const pending = timers.size + inFlight.size;
    if (pending + adding > maxPending) {
      throw new HookbenchError(
        'BUSY',
        `hookbench has ${pending} deliveries waiting to be sent and takes at most ${maxPending}; this would add ${adding}. Try again once some have gone out (the inspector shows them), cancel the ones you no longer need, or send fewer at once`,
        adding > 1 ? { path: 'faults.burst' } : {},
      );
    }
    store.deliveries.insertMany(plans.flatMap((p) => p.deliveries)).forEach(publish);
    // Timers due at the same moment fire in the order they were set: the dispatch order.
    for (const plan of plans) plan.dispatch.forEach((d) => schedule(d, 1, plan.firstAt));
  }

  function create(input: PlanInput): SubmitResult {
    const plan = planDeliveries({ registry, settingsFor: options.settingsFor, defaultTarget, defaultTimeScale, input });
    enqueue([plan]);
    const [first, ...others] = plan.deliveries;
    if (!first) throw new Error('unreachable: a submission creates at least one delivery');
    const { attempts: _a, payload: _p, set: _s, settings: _t, edits: _e, ...summary } = first;
    return { delivery: summary, related: others.map((d) => d.id) };
  }

  return {
    submit: (input) => create(input),
    submitPlans: enqueue,

    replay(id, input) {
      const original = store.deliveries.get(id);
      if (!original) throw new HookbenchError('NOT_FOUND', `no delivery "${id}"`, { path: 'id' });
      // A burst's size and shuffle shaped the batch, not this member: replayed as is, it goes out alone.
      const { burst: _burst, reorder: _reorder, ...ownFaults } = original.faults;
      return create({
        provider: original.provider,
        event: original.event,
        target: input.target ?? original.target,
        seed: original.seed,
        now: new Date(original.dataNow),
        payload: input.payload ?? original.payload,
        faults: input.faults ?? ownFaults,
        timeScale: input.timeScale ?? original.timeScale,
        settings: input.settings ?? original.settings,
        edits: input.edits ?? original.edits,
        replayOf: original.id,
      });
    },

    settled(id) {
      const current = store.deliveries.get(id);
      if (!current) return Promise.reject(new HookbenchError('NOT_FOUND', `no delivery "${id}"`, { path: 'id' }));
      if (terminalStatuses.includes(current.status)) return Promise.resolve(current);
      return new Promise((resolve, reject) => waiters.set(id, [...(waiters.get(id) ?? []), { resolve, reject }]));
    },

    cancel(ids) {
      let count = 0;
      for (const id of ids) {
        const timer = timers.get(id);
        if (timer) {
          clearTimeout(timer);
          timers.delete(id);
        } else if (inFlight.has(id)) {
          // Waiting for a slot, or sending: it stops there, and the record says how the last attempt went.
          cancelled.add(id);
          count++;
          continue;
        }
        if (stop(id)) count++;
      }
      return count;
    },

    clear() {
      timers.forEach((t) => clearTimeout(t));
      timers.clear();
      inFlight.forEach((_, id) => discarded.add(id));
      const cleared = new HookbenchError('NOT_FOUND', 'the delivery was deleted before it settled', { path: 'id' });
      waiters.forEach((list) => list.forEach((w) => w.reject(cleared)));
      waiters.clear();
      publish(store.deliveries.clear());
    },

    resume() {
      const unsettled = store.deliveries.unsettled();
      for (const delivery of unsettled) resumeOne(delivery);
      return unsettled.length;
    },

    async close({ graceMs = 5000 } = {}) {
      closed = true;
      timers.forEach((t) => clearTimeout(t));
      timers.clear();
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
      await Promise.race([Promise.allSettled([...inFlight.values()]), grace]);
      clearTimeout(timer);
      // Outcomes arriving after this point would write to a closed store.
      inFlight.forEach((_, id) => discarded.add(id));
    },
  };

  function resumeOne(delivery: Delivery): void {
    const last = delivery.attempts.at(-1);
    if (last && last.durationMs === null) {
      // The previous run stopped mid-attempt: the receiver may or may not have got it.
      let provider: Provider;
      try {
        provider = registry.get(delivery.provider);
      } catch (e) {
        failUnprepared(delivery, last.n + 1, e);
        return;
      }
      recordOutcome(delivery, provider, last.n, {
        error: { code: 'INTERRUPTED', message: 'hookbench stopped while this attempt was in flight; the receiver may or may not have received it' },
        durationMs: Math.max(0, Date.parse(delivery.updatedAt) - Date.parse(last.startedAt)),
      });
      return;
    }
    const at = delivery.nextAttemptAt ? new Date(delivery.nextAttemptAt) : new Date();
    schedule(delivery, delivery.attemptCount + 1, at);
  }
}

function bodyModeOf(faults: Faults): BodyMode {
  if (faults.disconnect) return { kind: 'disconnect' };
  if (faults.slow) return { kind: 'slow', bytesPerSecond: faults.slow };
  return { kind: 'whole' };
}

function originOf(target: string): string {
  try {
    return new URL(target).origin;
  } catch {
    return target;
  }
}
