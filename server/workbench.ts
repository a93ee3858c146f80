/** @module The engine room: registry, store, credentials and delivery engine, wired once. */
import { createBus, type Bus } from './bus.ts';
import type { CustomProviders } from './config/resolve-options.ts';
import { createCredentialVault, type CredentialVault } from './credentials/credential-vault.ts';
import { createEngine, type Engine } from './delivery/engine.ts';
import { createRedactor, type Redactor } from './export/redact.ts';
import type { Registry } from './providers/registry.ts';
import type { Provider } from './providers/types.ts';
import { openStore, type Store } from './store/open-store.ts';
import { createThreadedSend } from './delivery/threaded-send.ts';
import { configureProviders, type ProviderConfig } from './providers/provider-config.ts';

export type { ProviderConfig };

export interface WorkbenchOptions {
  dbPath: string;
  /** Where deliveries go when none is named: the sink of the server that owns this workbench. */
  defaultTarget: string;
  timeScale?: number | undefined;
  providers?: Readonly<Record<string, ProviderConfig>> | undefined;
  /** The providers to serve (tests); the built-ins by default. */
  builtins?: readonly Provider[] | undefined;
  /** User-defined providers from the config file. */
  custom?: CustomProviders | undefined;
  /** Deliveries waiting to be sent past which submissions are refused (429); see engine.ts. */
  maxPending?: number | undefined;
}

export interface Workbench {
  registry: Registry;
  store: Store;
  vault: CredentialVault;
  engine: Engine;
  bus: Bus;
  /** Keeps credentials out of exports. */
  redactor: Redactor;
  defaultTarget: string;
  /** The time scale deliveries get when they name none. */
  timeScale: number;
  settingsFor(providerId: string): unknown;
  /** Waits for attempts in flight, then closes the store. */
  close(): Promise<void>;
}

/**
 * @example const bench = createWorkbench({ dbPath: ':memory:', defaultTarget: 'http://127.0.0.1:4400/sink/default' })
 */
export function createWorkbench(options: WorkbenchOptions): Workbench {
  const { registry, settingsFor, pinned } = configureProviders({
    ...(options.builtins ? { providers: options.builtins } : {}),
    config: options.providers ?? {},
    custom: options.custom,
  });
  const store = openStore({ path: options.dbPath, backgroundCheckpoints: true });
  // Messages wait for the commit of what they announce (see store/turn-transaction.ts).
  const bus = createBus(store.afterCommit);
  const vault = createCredentialVault({ registry, repository: store.credentials, pinned });
  // Attempts go out from a thread of their own: the event loop answers the API and the WebSocket clients.
  const sender = createThreadedSend();
  const engine = createEngine({
    send: sender.send,
    store,
    registry,
    vault,
    settingsFor,
    publish: bus.publish,
    defaultTarget: options.defaultTarget,
    defaultTimeScale: options.timeScale,
    ...(options.maxPending === undefined ? {} : { maxPending: options.maxPending }),
  });
  return {
    registry,
    store,
    vault,
    engine,
    bus,
    redactor: createRedactor({
      sensitiveHeaders: (id) => registry.list().find((p) => p.id === id)?.sensitiveHeaders ?? [],
      credentials: (id) => (registry.list().some((p) => p.id === id) ? vault.get(id) : {}),
      providers: () => registry.list().map((p) => p.id),
    }),
    defaultTarget: options.defaultTarget,
    timeScale: options.timeScale ?? 1,
    settingsFor,
    async close() {
      await engine.close();
      await sender.close();
      store.close();
    },
  };
}
