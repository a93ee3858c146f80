/** @module A hookbench server on a free port with its own temporary store, for end-to-end tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer, type ServerOptions } from '../../server/start-server.ts';

export interface TestServer extends RunningServer {
  dir: string;
  dbPath: string;
  /** fetch against the server; JSON bodies are serialised for you. */
  api(path: string, init?: { method?: string; body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  /** Stops the server and deletes its store. */
  dispose(): Promise<void>;
}

export function tempDir(prefix = 'hookbench-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function startTestServer(options: Partial<ServerOptions> & { dir?: string } = {}): Promise<TestServer> {
  const dir = options.dir ?? tempDir();
  const dbPath = options.dbPath ?? join(dir, 'hookbench.db');
  const server = await startServer({ port: 0, ...options, dbPath });
  return {
    ...server,
    dir,
    dbPath,
    api: (path, init = {}) =>
      fetch(`${server.url}${path}`, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers: { ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...init.headers },
        ...(init.body === undefined ? {} : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
      }),
    async dispose() {
      await server.close();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
