/**
 * @module Whether work runs side by side: the store spaces its commits only while it does
 * (store/turn-transaction.ts).
 *
 * A gap between commits lets independent writes join one commit, which pays under load. A client
 * that sends one request at a time and waits for each answer has nothing to join: the gap only
 * delays its next request (bench/sequential-posts.ts: 618 POSTs a second unspaced, 253 with every
 * commit spaced).
 *
 * - **Requests** (the control API's, the sink's, the mocks'): two in flight at once is load. A
 *   client sending one at a time never has two.
 * - **Attempts on the wire**: that same client has one on the wire nearly all the time (its
 *   delivery's answer waits while the server takes the next POST), and two or three whenever its
 *   receiver answers a few ms late (this machine's scheduler alone does that about once a second).
 *   So for attempts, load is two or more on the wire on average over a quarter of a second (a burst,
 *   a suite's cases, deliveries piling up before a slow receiver).
 */

export type OverlapKind = 'requests' | 'attempts';

export interface OverlapWatch {
  /** Marks one unit of `kind` as started; the function it returns marks it ended (once, however often called). */
  begin(kind: OverlapKind): () => void;
  /** Whether work overlapped within the last `holdMs`. */
  overlapping(): boolean;
}

export interface OverlapWatchOptions {
  /** How long overlap counts after it was last seen: a load that pauses between bursts stays spaced. */
  holdMs?: number;
  /** The span over which attempts on the wire are averaged. */
  windowMs?: number;
  now?: () => number;
}

/**
 * @example const watch = createOverlapWatch(); const end = watch.begin('requests'); …; end(); watch.overlapping()
 */
export function createOverlapWatch({ holdMs = 1000, windowMs = 250, now = () => performance.now() }: OverlapWatchOptions = {}): OverlapWatch {
  let requests = 0;
  let attempts = 0;
  let lastSeenAt = Number.NEGATIVE_INFINITY;
  // Attempt-milliseconds on the wire since the window opened.
  let windowStart = now();
  let wireMs = 0;
  let tallied = windowStart;

  function tally(): number {
    const t = now();
    wireMs += attempts * (t - tallied);
    tallied = t;
    if (t - windowStart >= windowMs) {
      if (wireMs >= 2 * (t - windowStart)) lastSeenAt = t;
      windowStart = t;
      wireMs = 0;
    }
    return t;
  }

  return {
    begin(kind) {
      const t = tally();
      if (kind === 'attempts') attempts += 1;
      else if (++requests >= 2) lastSeenAt = t;
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        tally();
        if (kind === 'attempts') attempts -= 1;
        else requests -= 1;
      };
    },
    overlapping: () => tally() - lastSeenAt < holdMs,
  };
}
