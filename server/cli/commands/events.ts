/** @module `hookbench events [PROVIDER]`: the catalogue. */
import { configureProviders } from '../../providers/provider-config.ts';
import { describeProvider } from '../../providers/describe-provider.ts';
import { resolveCliOptions, type Io } from '../cli-context.ts';
import { connectionFlags, parseFlags } from '../parse-flags.ts';

export const eventsUsage = `Usage: hookbench events [PROVIDER] [--json] [--config FILE]

Lists each provider's events with a one-line description.`;

export async function events(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, { json: { type: 'boolean' }, config: connectionFlags.config }, eventsUsage);
  if (values.help) return (io.stdout.write(`${eventsUsage}\n`), 0);
  // The config can add events (Connectif's custom send events) and providers.
  const options = resolveCliOptions(values, io);
  const { registry, settingsFor } = configureProviders({ config: options.providers, custom: options.custom });
  const providers = positionals[0] ? [registry.get(positionals[0], 'PROVIDER')] : registry.list();
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ providers: providers.map((p) => describeProvider(p, settingsFor(p.id))) }, null, 2)}\n`);
    return 0;
  }
  for (const provider of providers) {
    const names = Object.keys(provider.catalogue);
    const width = Math.max(...names.map((n) => n.length));
    io.stdout.write(`${provider.id} — ${provider.name}: ${names.length} events\n`);
    for (const [name, spec] of Object.entries(provider.catalogue)) io.stdout.write(`  ${name.padEnd(width)}  ${spec.description}\n`);
    io.stdout.write('\n');
  }
  return 0;
}
