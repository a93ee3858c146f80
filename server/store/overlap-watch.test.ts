import { describe, expect, it } from 'vitest';
import { createOverlapWatch } from './overlap-watch.ts';

function watchAt() {
  let t = 0;
  const watch = createOverlapWatch({ holdMs: 1000, windowMs: 250, now: () => t });
  return { watch, advance: (ms: number) => (t += ms) };
}

describe('createOverlapWatch', () => {
  it('sees no overlap in requests one at a time, however many', () => {
    const { watch, advance } = watchAt();
    for (let i = 0; i < 100; i++) {
      const end = watch.begin('requests');
      advance(1);
      end();
    }
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
    const { watch, advance } = watchAt();
    for (let i = 0; i < 400; i++) {
      const end = watch.begin('attempts');
      advance(0.3);
      end();
      advance(1.2);
      if (i === 100) {
        const late = [watch.begin('attempts'), watch.begin('attempts'), watch.begin('attempts')];
        advance(3);
        late.forEach((e) => e());
      }
    }
    expect(watch.overlapping()).toBe(false);
  });

  it('takes no load from one attempt on the wire all the time (one client: its answer waits while the server takes the next POST)', () => {
    const { watch, advance } = watchAt();
    for (let i = 0; i < 400; i++) {
      const end = watch.begin('attempts');
      advance(1.5);
      end();
    }
    expect(watch.overlapping()).toBe(false);
  });

  it('takes load from attempts keeping the wire busy for a window, two or more on average, once the window closes', () => {
    const { watch, advance } = watchAt();
    const triples = (count: number) => {
      for (let i = 0; i < count; i++) {
        const ends = [watch.begin('attempts'), watch.begin('attempts'), watch.begin('attempts')];
        advance(1);
        ends.forEach((e) => e());
        advance(0.4);
      }
    };
    // Three on the wire five sevenths of the time: 2.14 on average.
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
