/** @module Runs the Mockoon CLI on an environment built here: routes with static bodies, optionally with callbacks. */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { peer } from './install-peers.ts';
import { freePort, startPeer } from './peer-process.ts';

export interface MockoonCallback {
  method: 'post' | 'get';
  uri: string;
  headers: Record<string, string>;
  body: string;
}

export interface MockoonRoute {
  method: 'get' | 'post';
  /** The path without its leading slash; Mockoon matches it whatever the query string. */
  endpoint: string;
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Sent after each response (Mockoon's "callbacks"), with no latency. */
  callbacks?: MockoonCallback[];
}

export interface RunningMockoon {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Environment format 33 (what @mockoon/cli 9.9 writes); `-r` repairs older ones only, so it must match. */
const lastMigration = 33;

/**
 * @example const mockoon = await startMockoon([{ method: 'get', endpoint: 'items', status: 200, body: '[]' }])
 */
export async function startMockoon(routes: readonly MockoonRoute[]): Promise<RunningMockoon> {
  const cli = await peer('mockoonCli');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'hookbench-mockoon-'));
  const file = join(dir, 'environment.json');
  writeFileSync(file, JSON.stringify(environment(routes, port)));
  const url = `http://127.0.0.1:${port}`;
  // No admin API, no log file: the least Mockoon does per request.
  const child = await startPeer({ name: 'Mockoon CLI', command: process.execPath, args: [cli, 'start', '-d', file, '-X', '--disable-admin-api'], readyUrl: `${url}/` });
  return {
    url,
    pid: child.pid,
    async stop() {
      await child.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function environment(routes: readonly MockoonRoute[], port: number) {
  const callbacks: Record<string, unknown>[] = [];
  const built = routes.map((route) => {
    const invocations = (route.callbacks ?? []).map((callback) => {
      const uuid = randomUUID();
      callbacks.push({ uuid, id: uuid.slice(0, 4), name: 'callback', documentation: '', method: callback.method, uri: callback.uri, headers: pairs(callback.headers), bodyType: 'INLINE', body: callback.body, databucketID: '', filePath: '', sendFileAsBody: false });
      return { uuid, latency: 0 };
    });
    const response = {
      uuid: randomUUID(), body: route.body ?? '', latency: 0, statusCode: route.status, label: '', headers: pairs(route.headers ?? {}),
      bodyType: 'INLINE', filePath: '', databucketID: '', sendFileAsBody: false, rules: [], rulesOperator: 'OR',
      // The bodies are static JSON: skipping Handlebars is the fastest Mockoon can serve them (and their callbacks).
      disableTemplating: true,
      fallbackTo404: false, default: true, crudKey: 'id', callbacks: invocations,
    };
    return { uuid: randomUUID(), type: 'http', documentation: '', method: route.method, endpoint: route.endpoint, responses: [response], responseMode: null, streamingMode: null, streamingInterval: 0 };
  });
  return {
    uuid: randomUUID(), lastMigration, name: 'hookbench peer', endpointPrefix: '', latency: 0, port, hostname: '127.0.0.1', folders: [],
    routes: built, rootChildren: built.map((r) => ({ type: 'route', uuid: r.uuid })),
    proxyMode: false, proxyHost: '', proxyRemovePrefix: false,
    tlsOptions: { enabled: false, type: 'CERT', pfxPath: '', certPath: '', keyPath: '', caPath: '', passphrase: '' },
    cors: false, headers: [], proxyReqHeaders: [], proxyResHeaders: [], data: [], callbacks,
  };
}

const pairs = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));
