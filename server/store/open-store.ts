/** @module Opens the SQLite store (WAL), migrates it and assembles the repositories. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { startBackgroundCheckpoints } from './background-checkpoints.ts';
import { HookbenchError } from '../errors.ts';
import { createCredentialRepository, type CredentialRepository } from './credential-repository.ts';
import { createDeliveryRepository, type DeliveryRepository } from './delivery-repository.ts';
import { createMessageLog, type MessageLog } from './message-log.ts';
import { migrate } from './migrations.ts';
import { createMockRepository, type MockRepository } from './mock-repository.ts';
import { createScenarioRunRepository, type ScenarioRunRepository } from './scenario-run-repository.ts';
import { createSinkRepository, type SinkRepository } from './sink-repository.ts';
import { createSuiteRunRepository, type SuiteRunRepository } from './suite-run-repository.ts';
import { createOverlapWatch, type OverlapWatch } from './overlap-watch.ts';
import { createTurnTransactions } from './turn-transaction.ts';

export interface Store {
  /** The file (or ":memory:"). */
  path: string;
  deliveries: DeliveryRepository;
  sink: SinkRepository;
  credentials: CredentialRepository;
  scenarioRuns: ScenarioRunRepository;
  suiteRuns: SuiteRunRepository;
  mocks: MockRepository;
  messages: MessageLog;
  /** Runs `fn` once the writes made so far are committed (announce only what is stored). */
  afterCommit(fn: () => void): void;
  /** Resolves once the writes made so far are committed (before sending or acknowledging). */
  committed(): Promise<void>;
  /** Commits the writes made so far at once, without waiting out the gap between commits; throws STORE_ERROR if that fails. */
  commitNow(): void;
  /** Where the control API's requests and the engine's attempts say they run: commits are spaced only while they overlap. */
  overlap: OverlapWatch;
  /** Runs `check` on the database; "ok" when healthy. */
  integrityCheck(): string;
  close(): void;
}

export const defaultStorePath = '.hookbench/hookbench.db';

/**
 * @example const store = openStore({ path: '.hookbench/hookbench.db' })
 */
export function openStore({ path = defaultStorePath, backgroundCheckpoints = false }: { path?: string; backgroundCheckpoints?: boolean } = {}): Store {
  let db: Database.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    // WAL lets the CLI read while the server writes; NORMAL sync keeps every commit through a
    // process crash (kill -9), which is the durability hookbench promises.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new HookbenchError('STORE_ERROR', `cannot open the store at ${path}: ${detail}`, { path: '--db', cause: e });
  }
  const checkpoints = backgroundCheckpoints && path !== ':memory:' ? checkpointBeside(db, path) : undefined;
  const messages = createMessageLog(db);
  const overlap = createOverlapWatch();
  const turn = createTurnTransactions(db, { spaced: overlap.overlapping });
  return {
    path,
    deliveries: createDeliveryRepository(db, messages, turn.transaction),
    sink: createSinkRepository(db, messages),
    credentials: createCredentialRepository(db),
    scenarioRuns: createScenarioRunRepository(db),
    suiteRuns: createSuiteRunRepository(db),
    mocks: createMockRepository(db),
    messages,
    afterCommit: turn.afterCommit,
    committed: turn.committed,
    commitNow: turn.commitNow,
    overlap,
    integrityCheck: () => String(db.pragma('integrity_check', { simple: true })),
    close: () => {
      turn.commit();
      checkpoints?.stop();
      db.close();
    },
  };
}

/** SQLite's automatic checkpoint, every this many pages of WAL: its default. */
const autoCheckpointPages = 1000;
/** With checkpoints on their own thread, the commit's own only if that thread falls this far behind. */
const backstopCheckpointPages = 10_000;

/** Checkpoints on a thread of their own (see background-checkpoints.ts), SQLite's own again if it fails. */
function checkpointBeside(db: Database.Database, path: string) {
  db.pragma(`wal_autocheckpoint = ${backstopCheckpointPages}`);
  return startBackgroundCheckpoints(path, {
    onError(message) {
      if (!db.open) return;
      db.pragma(`wal_autocheckpoint = ${autoCheckpointPages}`);
      console.error(`hookbench: background WAL checkpoints stopped (${message}); commits checkpoint the store themselves again`);
    },
  });
}
