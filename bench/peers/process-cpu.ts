/**
 * @module CPU seconds a process has used, every thread included: a figure other processes on a shared
 * machine barely move, unlike the wall clock (and one that does not favour a process for having more threads).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

/**
 * User + system seconds of `pid` (Linux /proc; undefined elsewhere), at the kernel's tick resolution
 * (10 ms at the usual 100 Hz): fine over the seconds a measurement lasts.
 * @example const before = cpuOf(child.pid); … ; const used = cpuOf(child.pid)! - before!
 */
export function cpuOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/** This process's user + system seconds, at microsecond resolution. */
export function ownCpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
