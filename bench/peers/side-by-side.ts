/**
 * @module Runs contenders side by side on a shared, noisy machine: each started and warmed up, then
 * measured in interleaved rounds (the order rotating), so a busy spell hits every contender alike.
 */
import { printTable } from '../measure.ts';

export interface Measurement {
  /** Work done per wall-clock second. */
  rate: number;
  /** Work done per CPU-second of the contender's own process(es), when that can be read. */
  perCpuSecond?: number | undefined;
}

export type Figure = keyof Measurement;

export interface Contender {
  /** One measurement over a fixed amount of work. */
  measure(): Promise<Measurement>;
  stop(): Promise<void>;
}

export interface ContenderSpec {
  name: string;
  /** hookbench's rows are compared with the fastest peer of the same round. */
  side: 'hookbench' | 'peer';
  start(): Promise<Contender>;
}

export type Outcome = { spec: ContenderSpec; runs: Measurement[] } | { spec: ContenderSpec; skipped: string };

/**
 * A contender that cannot start, or fails, is skipped with the reason; the others go on.
 * @example const outcomes = await sideBySide([hookbench, mockoon], { rounds: 3, warmups: 2 })
 */
export async function sideBySide(specs: readonly ContenderSpec[], { rounds = 3, warmups = 1 } = {}): Promise<Outcome[]> {
  const running = new Map<ContenderSpec, Contender>();
  const outcomes = new Map<ContenderSpec, Outcome>();
  const skip = async (spec: ContenderSpec, why: string) => {
    outcomes.set(spec, { spec, skipped: why });
    await running.get(spec)?.stop().catch(() => undefined);
    running.delete(spec);
  };
  for (const spec of specs) {
    try {
      const contender = await spec.start();
      running.set(spec, contender);
      for (let i = 0; i < warmups; i++) await contender.measure();
      outcomes.set(spec, { spec, runs: [] });
    } catch (e) {
      await skip(spec, reason(e));
    }
  }
  for (let round = 0; round < rounds; round++) {
    const order = specs.map((_, i) => specs[(i + round) % specs.length]!);
    for (const spec of order) {
      const contender = running.get(spec);
      const outcome = outcomes.get(spec);
      if (!contender || !outcome || !('runs' in outcome)) continue;
      try {
        outcome.runs.push(await contender.measure());
      } catch (e) {
        await skip(spec, `failed in round ${round + 1}: ${reason(e)}`);
      }
    }
  }
  for (const contender of running.values()) await contender.stop();
  return specs.map((spec) => outcomes.get(spec)!);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Every round's figure and the median per contender, then per hookbench row its ratio to each peer
 * and to the best peer of each round (both measured in that round), and the median of those ratios.
 */
export function printSideBySide(title: string, outcomes: readonly Outcome[], { unit, rounds, figure = 'rate' }: { unit: string; rounds: number; figure?: Figure }): void {
  const rows: (string | number)[][] = [['contender', ...Array.from({ length: rounds }, (_, i) => `run ${i + 1}`), `median ${unit}`]];
  const notes: string[] = [];
  const measured: { spec: ContenderSpec; values: number[] }[] = [];
  for (const outcome of outcomes) {
    if (!('runs' in outcome)) {
      notes.push(`${outcome.spec.name}: skipped: ${outcome.skipped}`);
      continue;
    }
    const values = outcome.runs.map((run) => run[figure]).filter((v): v is number => v !== undefined);
    if (values.length === 0) continue;
    measured.push({ spec: outcome.spec, values });
    rows.push([outcome.spec.name, ...padded(values.map(Math.round), rounds), Math.round(median(values))]);
  }
  const peers = measured.filter((o) => o.spec.side === 'peer');
  for (const ours of measured.filter((o) => o.spec.side === 'hookbench')) {
    if (peers.length === 0) {
      notes.push(`ratio ${ours.spec.name} / peers: n/a, no peer was measured`);
      continue;
    }
    // Each round's ratio is of figures from that round; the median of those ratios is the headline.
    const against = [
      ...peers.map((p) => ({ label: p.spec.name, values: p.values })),
      ...(peers.length > 1 ? [{ label: 'best peer of the round', values: ours.values.map((_, i) => Math.max(...peers.map((p) => p.values[i] ?? 0))) }] : []),
    ];
    for (const { label, values } of against) {
      const ratios = ours.values.map((value, i) => value / (values[i] ?? Number.NaN)).filter(Number.isFinite);
      rows.push([`ratio ${ours.spec.name} / ${label}`, ...padded(ratios.map(round2), rounds), round2(median(ratios))]);
    }
  }
  printTable(title, rows);
  for (const note of notes) console.log(`  ${note}`);
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const padded = (values: (string | number)[], length: number) => Array.from({ length }, (_, i) => values[i] ?? '-');

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
