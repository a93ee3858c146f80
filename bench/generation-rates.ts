/**
 * @module Generation rates per provider, measured wherever this module runs: in the bench's own
 * process (TypeScript through tsx), or bundled into plain JavaScript as `npm start` runs the server.
 * Run as a script, it prints its rows as JSON for the parent.
 */
import { generateEvent } from '../server/delivery/generate-event.ts';
import { createRegistry } from '../server/providers/registry.ts';
import { opsPerSecond } from './measure.ts';

export interface GenerationRate {
  provider: string;
  /** Events generated and serialised per CPU-second. */
  rate: number;
  /** Parse + serialise of payloads of the same size per CPU-second: the least any generator must do. */
  reference: number;
}

export function generationRates(): GenerationRate[] {
  return createRegistry()
    .list()
    .map((provider) => {
      const settings = provider.settings.parse({});
      const events = Object.keys(provider.catalogue);
      const generate = (i: number) => {
        const event = events[i % events.length]!;
        JSON.stringify(generateEvent({ provider, settings, event, seed: i, now: new Date(1_767_268_800_000) }).payload);
      };
      const samples = events.map((event) => JSON.stringify(generateEvent({ provider, settings, event, seed: 1 }).payload));
      const reference = (i: number) => JSON.stringify(JSON.parse(samples[i % samples.length]!));
      return { provider: provider.id, rate: opsPerSecond(generate), reference: opsPerSecond(reference) };
    });
}

if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(generationRates()));
