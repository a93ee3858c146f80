/** @module The machine's load as the benchmarks print it: on a shared machine, figures mean little without it. */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** e.g. "2 CPUs, load average 7.59 11.60 12.29 (1, 5, 15 min)"; without /proc, the CPU count alone. */
export function machineLoad(): string {
  try {
    const [one, five, fifteen] = readFileSync('/proc/loadavg', 'utf8').split(' ');
    return `${availableParallelism()} CPUs, load average ${one} ${five} ${fifteen} (1, 5, 15 min)`;
  } catch {
    return `${availableParallelism()} CPUs`;
  }
}
