import { describe, expect, it } from 'vitest';
import { afterLook, idle, type Look, type RestartWatch } from './wal-restart.ts';

const policy = { restartFrames: 4000, patientLooks: 3 };
const copied = (log: number): Look => ({ log, checkpointed: log });

/** The looks in turn from `idle`: whether each one asked for a restart. */
function restartsAt(looks: Look[], from: RestartWatch = idle): boolean[] {
  let watch = from;
  return looks.map((look) => {
    const next = afterLook(watch, look, policy);
    watch = next.watch;
    return next.restart;
  });
}

describe('afterLook', () => {
  it('leaves a short WAL alone', () => {
    expect(afterLook(idle, copied(3999), policy)).toEqual({ watch: idle, restart: false });
  });

  it('leaves a WAL alone while a reader holds frames that are not copied yet', () => {
    expect(afterLook(idle, { log: 5000, checkpointed: 4200 }, policy)).toEqual({ watch: idle, restart: false });
  });

  it('wants a long, copied WAL restarted, but not at the look that copied it: commits made meanwhile are new', () => {
    expect(afterLook(idle, copied(4000), policy)).toEqual({ watch: { wanted: true, looks: 1, lastLog: 4000 }, restart: false });
  });

  it('restarts at the first look that finds nothing new', () => {
    expect(restartsAt([copied(4100), copied(4130), copied(4130)])).toEqual([false, false, true]);
  });

  it('waits while commits keep coming, then takes any moment after patientLooks', () => {
    // Looks 2 and 3 find new frames; the watch has made 3 looks by the fourth, so it no longer waits.
    expect(restartsAt([copied(4100), copied(4130), copied(4160), copied(4190)])).toEqual([false, false, false, true]);
  });

  it('never restarts a WAL with frames a reader still holds, however long it has waited', () => {
    const waited: RestartWatch = { wanted: true, looks: 50, lastLog: 4300 };
    expect(afterLook(waited, { log: 4300, checkpointed: 4290 }, policy).restart).toBe(false);
    expect(afterLook(waited, { log: 4400, checkpointed: 4350 }, policy).restart).toBe(false);
  });

  it('keeps asking after a restart the writer was in the way of', () => {
    // The thread found the writer's lock taken: the watch stays, and the next quiet look asks again.
    const { watch } = afterLook({ wanted: true, looks: 1, lastLog: 4100 }, copied(4100), policy);
    expect(watch).toEqual({ wanted: true, looks: 2, lastLog: 4100 });
    expect(afterLook(watch, copied(4100), policy).restart).toBe(true);
  });

  it('stops wanting a restart once the writer has started the WAL over itself', () => {
    expect(afterLook({ wanted: true, looks: 2, lastLog: 4100 }, copied(12), policy)).toEqual({ watch: idle, restart: false });
  });
});
