/** @module `hookbench credentials [PROVIDER]`: what a receiver needs to verify deliveries. */
import { findServer } from '../api-client.ts';
import { localWorkbench, resolveCliOptions, type Io } from '../cli-context.ts';
import { connectionFlags, parseFlags } from '../parse-flags.ts';

export const credentialsUsage = `Usage: hookbench credentials [PROVIDER] [--json]

Prints each provider's verification material (validation key, secret, public key…), from the running
server when one answers, otherwise from the store (generating it on first use).`;

interface CredentialsView {
  provider: string;
  source: string;
  credentials: Record<string, string>;
}

export async function credentials(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, { ...connectionFlags, json: { type: 'boolean' } }, credentialsUsage);
  if (values.help) return (io.stdout.write(`${credentialsUsage}\n`), 0);
  const options = resolveCliOptions(values, io);
  const only = positionals[0];
  let views: CredentialsView[];
  const api = await findServer(options);
  if (api) {
    const ids = only ? [only] : (await api.get<{ providers: { id: string }[] }>('/api/providers')).providers.map((p) => p.id);
    views = await Promise.all(ids.map((id) => api.get<CredentialsView>(`/api/providers/${encodeURIComponent(id)}/credentials`)));
  } else {
    const bench = localWorkbench(options);
    try {
      const providers = only ? [bench.registry.get(only, 'PROVIDER')] : bench.registry.list();
      views = providers.map((p) => ({ provider: p.id, source: bench.vault.source(p.id), credentials: bench.vault.verification(p.id) }));
    } finally {
      await bench.close();
    }
  }
  if (values.json) {
    io.stdout.write(`${JSON.stringify(only ? views[0] : { providers: views }, null, 2)}\n`);
    return 0;
  }
  for (const view of views) {
    io.stdout.write(`${view.provider}${view.source === 'config' ? ' (from the config file)' : ''}\n`);
    const width = Math.max(...Object.keys(view.credentials).map((k) => k.length));
    for (const [key, value] of Object.entries(view.credentials)) io.stdout.write(`  ${key.padEnd(width)}  ${value}\n`);
  }
  return 0;
}
