import { describe, expect, it } from 'vitest';
import { createOverlapWatch, type OverlapKind } from './overlap-watch.ts';

function watchAt() {
  let t = 0;
  const watch = createOverlapWatch({ holdMs: 1000, windowMs: 250, now: () => t });
  const advance = (ms: number) => (t += ms);
  /** `times` rounds of `together` units of `kind` running `onMs`, then `offMs` with none. */
  const rounds = ({ kind, times, together = 1, onMs, offMs = 0 }: { kind: OverlapKind; times: number; together?: number; onMs: number; offMs?: number }) => {
    for (let i = 0; i < times; i++) {
      const ends = Array.from({ length: together }, () => watch.begin(kind));
      advance(onMs);
      ends.forEach((end) => end());
      advance(offMs);
    }
  };
  return { watch, advance, rounds };
}

describe('createOverlapWatch', () => {
  it('sees no overlap in requests one at a time, however many', () => {
    const { watch, rounds } = watchAt();
    rounds({ kind: 'requests', times: 100, onMs: 1 });
    expect(watch.overlapping()).toBe(false);
  });

  it('sees two requests side by side, and holds that for holdMs after', () => {
    const { watch, advance } = watchAt();
    const first = watch.begin('requests');
    expect(watch.overlapping()).toBe(false);
    const second = watch.begin('requests');
    expect(watch.overlapping()).toBe(true);
    first();
    second();
    advance(999);
    expect(watch.overlapping()).toBe(true);
    advance(1);
    expect(watch.overlapping()).toBe(false);
  });

  it('takes no load from attempts one at a time with a moment of three on the wire (a receiver a few ms late)', () => {
    const { watch, rounds } = watchAt();
    rounds({ kind: 'attempts', times: 100, onMs: 0.3, offMs: 1.2 });
    rounds({ kind: 'attempts', times: 1, together: 3, onMs: 3 });
    rounds({ kind: 'attempts', times: 300, onMs: 0.3, offMs: 1.2 });
    expect(watch.overlapping()).toBe(false);
  });

  it('takes no load from one attempt on the wire all the time (one client: its answer waits while the server takes the next POST)', () => {
    const { watch, rounds } = watchAt();
    rounds({ kind: 'attempts', times: 400, onMs: 1.5 });
    expect(watch.overlapping()).toBe(false);
  });

  it('takes load from attempts keeping the wire busy for a window, two or more on average, once the window closes', () => {
    const { watch, advance, rounds } = watchAt();
    // Three on the wire five sevenths of the time: 2.14 on average.
    const triples = (times: number) => rounds({ kind: 'attempts', times, together: 3, onMs: 1, offMs: 0.4 });
    triples(178);
    expect(watch.overlapping()).toBe(false);
    triples(2);
    expect(watch.overlapping()).toBe(true);
    advance(1000);
    expect(watch.overlapping()).toBe(false);
  });

  it('does not add up kinds: a request beside an attempt is one chain of work', () => {
    const { watch, advance } = watchAt();
    watch.begin('requests');
    watch.begin('attempts');
    advance(10);
    expect(watch.overlapping()).toBe(false);
  });

  it('ends a unit once, however often its end is called', () => {
    const { watch, advance } = watchAt();
    const first = watch.begin('requests');
    const second = watch.begin('requests');
    second();
    second();
    advance(2000);
    // `first` is still running: had the second end counted twice, this one would not overlap.
    watch.begin('requests');
    expect(watch.overlapping()).toBe(true);
    first();
  });
});
