/** @module Starts hookbench: workbench, HTTP app and WebSocket on one port. */
import type { Server } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import type { CustomProviders } from './config/resolve-options.ts';
import { HookbenchError } from './errors.ts';
import type { Provider } from './providers/types.ts';
import { createApp } from './http/create-app.ts';
import { accessToken, checkedToken, isLoopback } from './http/access-token.ts';
import { loopbackHosts } from './http/host-guard.ts';
import type { ProviderConfig, Workbench } from './workbench.ts';
import { createWorkbench } from './workbench.ts';
import { attachWebSocket } from './ws/attach-websocket.ts';

export interface ServerOptions {
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
  dbPath: string;
  /** The default target; the server's own sink when not given. */
  target?: string | undefined;
  timeScale?: number | undefined;
  providers?: Readonly<Record<string, ProviderConfig>> | undefined;
  /** User-defined providers from the config file. */
  custom?: CustomProviders | undefined;
  /** The providers to serve (tests); the built-ins by default. */
  builtins?: readonly Provider[] | undefined;
  allowedOrigins?: readonly string[] | undefined;
  /**
   * Pins the access token. One is required (and made at start when not pinned) whenever the host is not
   * loopback; on loopback, giving one requires it too.
   */
  token?: string | undefined;
  uiDir?: string | undefined;
  /** Deliveries waiting to be sent past which POST /api/deliveries answers 429 (tests; a default otherwise). */
  maxPending?: number | undefined;
}

export interface RunningServer {
  /** http://host:port, the inspector's address. */
  url: string;
  port: number;
  host: string;
  bench: Workbench;
  /** How many unsettled deliveries from a previous run were resumed. */
  resumed: number;
  /** The access token the API, inspector and WebSocket require; undefined when none is (loopback). */
  token: string | undefined;
  /** The machine's other addresses the inspector answers at, when it listens on all of them. */
  otherUrls: string[];
  close(): Promise<void>;
}

export const defaultHost = '127.0.0.1';
export const defaultPort = 4400;

/**
 * @example const server = await startServer({ port: 0, dbPath: ':memory:' }); await server.close()
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? defaultHost;
  // Checked before listening: a bad token is bad input, not a server to tear down.
  if (options.token !== undefined) checkedToken(options.token);
  let app: Hono | undefined;
  const server = createAdaptorServer({
    // The app needs the port the OS picked, so it is built after listen; nothing is accepted before.
    fetch: (request, env) => (app ? app.fetch(request, env) : new Response('starting', { status: 503 })),
  }) as Server;
  const port = await listen(server, options.port ?? defaultPort, host);
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  const url = `http://${urlHost}:${port}`;

  let bench: Workbench;
  try {
    bench = createWorkbench({
      dbPath: options.dbPath,
      defaultTarget: options.target ?? `${url}/sink/default`,
      timeScale: options.timeScale,
      providers: options.providers,
      custom: options.custom,
      builtins: options.builtins,
      maxPending: options.maxPending,
    });
  } catch (e) {
    await new Promise((resolve) => server.close(resolve));
    throw e;
  }
  const names = hostNames(host);
  const access = isLoopback(host) && options.token === undefined ? undefined : accessToken({ token: options.token, port });
  const guard = { allowedHosts: loopbackHosts(port, names), allowedOrigins: options.allowedOrigins ?? [], access };
  app = createApp({ bench, guard, ...(options.uiDir ? { uiDir: options.uiDir } : {}) });
  const ws = attachWebSocket({ server, bench, guard });
  const resumed = bench.engine.resume();

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    host,
    bench,
    resumed,
    token: access?.token,
    otherUrls: names.filter((name) => isIP(name.replace(/^\[|\]$/g, '')) !== 0 && `http://${name}:${port}` !== url).map((name) => `http://${name}:${port}`),
    close: () =>
      (closing ??= (async () => {
        await bench.engine.close({ graceMs: 2000 });
        await ws.close();
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        bench.store.close();
      })()),
  };
}

/**
 * The names a browser may use for this server beyond the loopback ones: the host itself, or, for a
 * wildcard (0.0.0.0, ::), this machine's addresses and name, as a LAN neighbour would type them.
 */
function hostNames(host: string): string[] {
  if (isLoopback(host)) return [];
  if (host !== '0.0.0.0' && host !== '::') return [host.includes(':') ? `[${host}]` : host];
  const addresses = Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => (host === '::' || a.family === 'IPv4') && !a.internal && !a.address.startsWith('fe80:'))
    .map((a) => (a.family === 'IPv6' ? `[${a.address}]` : a.address));
  const name = hostname().toLowerCase();
  return [...new Set([...addresses, name, `${name}.local`])];
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      const hint =
        e.code === 'EADDRINUSE'
          ? `port ${port} on ${host} is already in use: is another hookbench running? Stop it or pass --port`
          : e.code === 'EACCES'
            ? `no permission to listen on ${host}:${port}: pick a port above 1024 with --port`
            : `cannot listen on ${host}:${port}: ${e.message}`;
      reject(new HookbenchError('CONFLICT', hint, { path: '--port' }));
    });
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}
