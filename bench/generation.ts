/** @module Payload generation per second per provider, against serialising a same-sized payload. */
import { generateEvent } from '../server/delivery/generate-event.ts';
import { createRegistry } from '../server/providers/registry.ts';
import { opsPerSecond, printTable } from './measure.ts';

export function benchGeneration(): void {
  const rows: (string | number)[][] = [['provider', 'events/s', 'reference ops/s', 'ratio']];
  for (const provider of createRegistry().list()) {
    const settings = provider.settings.parse({});
    const events = Object.keys(provider.catalogue);
    const generate = (i: number) => {
      const event = events[i % events.length]!;
      const { payload } = generateEvent({ provider, settings, event, seed: i, now: new Date(1_767_268_800_000) });
      JSON.stringify(payload);
    };
    // Reference: parse and serialise payloads of the same size, the least any generator must do.
    const samples = events.map((event) => JSON.stringify(generateEvent({ provider, settings, event, seed: 1 }).payload));
    const reference = (i: number) => JSON.stringify(JSON.parse(samples[i % samples.length]!));
    const rate = opsPerSecond(generate);
    const ref = opsPerSecond(reference);
    rows.push([provider.id, Math.round(rate), Math.round(ref), Math.round((rate / ref) * 1000) / 1000]);
  }
  printTable('Payload generation (one core; ratio = generated / parse+serialise of the same payloads)', rows);
}
