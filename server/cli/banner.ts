/** @module The start-up banner: where things are, and what a receiver needs to verify deliveries. */
import { isAbsolute, relative } from 'node:path';
import type { RunningServer } from '../start-server.ts';
import { version } from '../version.ts';

/** The store path as a developer would type it: relative when it is under the working directory. */
function displayPath(path: string): string {
  const relativePath = relative(process.cwd(), path);
  return path === ':memory:' || relativePath.startsWith('..') || isAbsolute(relativePath) ? path : relativePath;
}

export function banner(server: RunningServer, { configFile }: { configFile?: string | undefined } = {}): string {
  const { bench } = server;
  // The token rides in the query once: the inspector trades it for a cookie and drops it from the address bar.
  const open = (url: string) => (server.token === undefined ? url : `${url}/?token=${server.token}`);
  const lines = [
    `hookbench ${version} is running`,
    '',
    `  Inspector   ${open(server.url)}`,
    ...server.otherUrls.map((url) => `              ${open(url)}`),
    ...(server.token === undefined
      ? []
      : [`  Token       ${server.token}   (the API, inspector and WebSocket require it: Authorization: Bearer, or for the CLI --token / HOOKBENCH_TOKEN)`]),
    `  Sink        ${server.url}/sink/default${bench.defaultTarget.startsWith(`${server.url}/sink/`) ? '   (the default target)' : ''}`,
    ...(bench.defaultTarget.startsWith(`${server.url}/sink/`) ? [] : [`  Target      ${bench.defaultTarget}   (the default target)`]),
    `  Store       ${displayPath(bench.store.path)}   (${bench.store.deliveries.count()} deliveries)`,
    ...(configFile ? [`  Config      ${configFile}`] : []),
    ...(server.resumed ? [`  Resumed     ${server.resumed} unsettled deliveries from the last run`] : []),
    '',
    '  What your receiver needs to verify deliveries (also: hookbench credentials):',
  ];
  const providers = bench.registry.list();
  const nameWidth = Math.max(12, ...providers.map((p) => p.name.length + 2));
  for (const provider of providers) {
    const entries = Object.entries(bench.vault.verification(provider.id));
    const width = Math.max(...entries.map(([k]) => k.length));
    entries.forEach(([key, value], i) => lines.push(`  ${(i === 0 ? provider.name : '').padEnd(nameWidth)}${key.padEnd(width)}  ${value}`));
  }
  lines.push('', '  Press Ctrl+C to stop.', '');
  return lines.join('\n');
}
