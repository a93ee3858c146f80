/** @module Timing helpers for benchmarks: warm up, then measure operations per second. */

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

/** CPU seconds this process has used (user + system): unlike the wall clock, blind to other processes. */
export function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * Runs `fn` repeatedly for about `ms` of CPU time (after a warm-up) and returns operations per
 * CPU-second: one core's rate, even on a machine busy with other work.
 */
export function opsPerSecond(fn: (i: number) => void, ms = 1500): number {
  for (let i = 0; i < 500; i++) fn(i);
  let n = 0;
  const start = cpuSeconds();
  while (cpuSeconds() - start < ms / 1000) {
    for (let k = 0; k < 100; k++) fn(n++);
  }
  return n / (cpuSeconds() - start);
}

export function printTable(title: string, rows: (string | number)[][]): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  console.log(`\n${title}`);
  for (const [i, row] of rows.entries()) {
    console.log(`  ${row.map((cell, c) => (typeof cell === 'number' ? String(cell).padStart(widths[c]!) : String(cell).padEnd(widths[c]!))).join('   ')}`);
    if (i === 0) console.log(`  ${widths.map((w) => '-'.repeat(w)).join('   ')}`);
  }
}

/**
 * Calls `fire(i)` at a steady `rate` a second for `seconds` (catching up every 2 ms), and resolves with
 * how many it fired.
 * @example const sent = await fireAtRate(500, 60, (i) => post(i))
 */
export function fireAtRate(rate: number, seconds: number, fire: (i: number) => void): Promise<number> {
  const began = performance.now();
  let fired = 0;
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      const elapsed = performance.now() - began;
      const due = Math.min(Math.floor((elapsed / 1000) * rate), seconds * rate);
      while (fired < due) fire(fired++);
      if (elapsed >= seconds * 1000) {
        clearInterval(timer);
        resolve(fired);
      }
    }, 2);
  });
}
