/**
 * @module hookbench as a library: the workbench in-process (random port, its own store), for a
 * receiver's own tests. `import { createBench } from 'hookbench'`.
 */
import type { CustomProviders } from './config/resolve-options.ts';
import { deliveryInputSchema } from './delivery/delivery-input.ts';
import type { FaultsInput } from './delivery/faults.ts';
import { sampleEvent, type Sample } from './delivery/sample-event.ts';
import type { Delivery } from './delivery/types.ts';
import { HookbenchError } from './errors.ts';
import type { ProviderConfig } from './providers/provider-config.ts';
import { startServer } from './start-server.ts';
import { loadSuites, parseSuite, type LoadedSuite } from './suites/load-suites.ts';
import { runSuites, type SuiteRunResult } from './suites/run-suites.ts';
import { parseShard } from './suites/shard.ts';
import type { SuiteInput } from './suites/suite-schema.ts';
import type { JsonValue } from './util/json.ts';
import { zodIssuesToError } from './util/zod-error.ts';

export { HookbenchError } from './errors.ts';
export type { Attempt, Delivery, DeliveryStatus } from './delivery/types.ts';
export type { FaultsInput } from './delivery/faults.ts';
export type { Sample } from './delivery/sample-event.ts';
export type { CaseResult, SuiteRunResult } from './suites/run-suites.ts';
export type { SuiteInput } from './suites/suite-schema.ts';

export interface BenchOptions {
  /** The store; in memory unless a path is given. */
  dbPath?: string;
  /** Multiplies every delay and retry interval (default 1). */
  timeScale?: number;
  /** Provider settings and pinned credentials, as in hookbench.config.json's `providers`. */
  providers?: Readonly<Record<string, ProviderConfig>>;
  /** Providers of your own, as in the config's `customProviders` (fixture paths relative to `configFile`). */
  custom?: CustomProviders;
}

export interface TriggerOptions {
  /** Your receiver; the bench's own sink when not given. */
  target?: string;
  seed?: number;
  /** The data clock (ISO): with the seed, it fixes the bytes. */
  now?: string;
  set?: Record<string, JsonValue>;
  settings?: Record<string, JsonValue>;
  payload?: JsonValue;
  faults?: FaultsInput;
  timeScale?: number;
}

/** A settled delivery, with the others the same trigger made (duplicates, a burst). */
export type TriggeredDelivery = Delivery & { related: Delivery[] };

export interface ReplayOptions {
  target?: string;
  seed?: number;
  timeScale?: number;
  /** "I/N": this runner's share of the cases. */
  shard?: string;
  bail?: boolean;
}

export interface Bench {
  /** The inspector and API, e.g. http://127.0.0.1:53117. */
  url: string;
  /** The built-in sink, the default target. */
  sinkUrl: string;
  /** Sends one event (and any duplicates or burst it asks for) and resolves once all have settled. */
  trigger(provider: string, event: string, options?: TriggerOptions): Promise<TriggeredDelivery>;
  /** Runs suites (objects, or paths to suite files, folders or globs) and resolves with the results. */
  replay(suites: SuiteInput | string | readonly (SuiteInput | string)[], options?: ReplayOptions): Promise<SuiteRunResult>;
  /** What a receiver needs to verify this provider's deliveries (keys, secrets, public keys). */
  credentials(provider: string): Record<string, string>;
  /** The payload and signed request an event would make, without sending it. */
  sample(provider: string, event: string, options?: Pick<TriggerOptions, 'seed' | 'set' | 'settings' | 'target'>): Sample;
  close(): Promise<void>;
}

/**
 * Starts hookbench in-process, for a receiver's tests.
 * @example
 * const bench = await createBench();
 * const delivery = await bench.trigger('ploomes', 'Contacts.Update', { target: 'http://127.0.0.1:3000/webhooks/ploomes' });
 * expect(delivery.status).toBe('succeeded');
 * await bench.close();
 */
export async function createBench(options: BenchOptions = {}): Promise<Bench> {
  const server = await startServer({
    port: 0,
    dbPath: options.dbPath ?? ':memory:',
    timeScale: options.timeScale,
    providers: options.providers,
    custom: options.custom,
  });
  const { bench } = server;
  return {
    url: server.url,
    sinkUrl: `${server.url}/sink/default`,

    async trigger(provider, event, triggerOptions = {}) {
      const parsed = deliveryInputSchema.safeParse({ provider, event, ...triggerOptions });
      if (!parsed.success) throw zodIssuesToError(parsed.error, '');
      const { delivery, related } = bench.engine.submit(parsed.data);
      const [first, ...others] = await Promise.all([delivery.id, ...related].map((id) => bench.engine.settled(id)));
      if (!first) throw new HookbenchError('INTERNAL', 'the delivery vanished');
      return { ...first, related: others };
    },

    replay(suites, replayOptions = {}) {
      const list = Array.isArray(suites) ? suites : [suites];
      const loaded: LoadedSuite[] = list.flatMap((suite: SuiteInput | string, i) =>
        typeof suite === 'string' ? loadSuites([suite], process.cwd()) : [{ file: `suite[${i}]`, suite: parseSuite(suite, `suite[${i}]`) }],
      );
      return runSuites(
        { ...bench, defaultTarget: bench.defaultTarget, defaultTimeScale: bench.timeScale },
        {
          suites: loaded,
          target: replayOptions.target,
          seed: replayOptions.seed,
          timeScale: replayOptions.timeScale,
          shard: replayOptions.shard === undefined ? undefined : parseShard(replayOptions.shard),
          bail: replayOptions.bail ?? false,
        },
      );
    },

    credentials: (provider) => bench.vault.verification(bench.registry.get(provider).id),

    sample: (provider, event, sampleOptions = {}) => sampleEvent(bench, { provider, event, ...sampleOptions }),

    close: () => server.close(),
  };
}
