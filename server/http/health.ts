/** @module GET /api/health: whether this is hookbench, which version, and how its store is doing. */
import { version } from '../version.ts';
import type { Workbench } from '../workbench.ts';

export interface Health {
  ok: true;
  /** Always "hookbench": the CLI checks it before sending anything to a port. */
  name: 'hookbench';
  version: string;
  pid: number;
  startedAt: string;
  uptimeMs: number;
  store: string;
  deliveries: number;
  lastSeq: number;
  defaultTarget: string;
}

export function healthOf(bench: Workbench, startedAt: Date): Health {
  return {
    ok: true,
    name: 'hookbench',
    version,
    pid: process.pid,
    startedAt: startedAt.toISOString(),
    uptimeMs: Date.now() - startedAt.getTime(),
    store: bench.store.path,
    deliveries: bench.store.deliveries.count(),
    lastSeq: bench.store.messages.lastSeq(),
    defaultTarget: bench.defaultTarget,
  };
}
