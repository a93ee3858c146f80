/**
 * @module How late the machine runs an idle process: a Node process of its own that does nothing but
 * wake every millisecond (monitorEventLoopDelay). No code in the server can avoid the delay it sees:
 * the CPU was not given. The soak prints it beside the API's percentiles, so a run on a busy or
 * jittery machine says so.
 *
 * Seen on this 2-vCPU machine during the soak (a like probe in Python): p99 ~3 ms but a max of 55 ms at
 * normal priority, while the same probe at real-time priority saw at most 4 ms: it is the scheduler
 * handing the CPUs to the busy processes, not the virtual machine being paused.
 */
import { spawn } from 'node:child_process';

const probeSource = `
const { monitorEventLoopDelay } = require('node:perf_hooks');
const histogram = monitorEventLoopDelay({ resolution: 1 });
histogram.enable();
process.on('message', () => {
  histogram.disable();
  // The histogram holds whole intervals between wake-ups; lateness is what exceeds the 1 ms asked for.
  const ms = (ns) => Math.max(0, ns / 1e6 - 1);
  process.send({ n: histogram.count, p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), p999: ms(histogram.percentile(99.9)), max: ms(histogram.max) }, () => process.exit(0));
});
`;

export interface SchedulingDelays {
  /** Wake-ups measured. */
  n: number;
  /** How late each wake-up came, in ms. */
  p50: number;
  p99: number;
  p999: number;
  max: number;
}

/**
 * @example const probe = startSchedulingProbe(); …; const { p999, max } = await probe.stop()
 */
export function startSchedulingProbe(): { stop(): Promise<SchedulingDelays> } {
  const child = spawn(process.execPath, ['-e', probeSource], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return {
    stop: () =>
      new Promise<SchedulingDelays>((resolve, reject) => {
        child.once('message', (delays) => resolve(delays as SchedulingDelays));
        child.once('exit', (code) => reject(new Error(`the scheduling probe exited (${code}) before reporting`)));
        child.send('stop');
      }),
  };
}
