import { describe, expect, it } from 'vitest';
import { encodeMessage } from '../messages.ts';
import { openStore } from './open-store.ts';

describe('message log', () => {
  it("gives the WebSocket each message's JSON exactly as JSON.stringify writes it, live and from the backlog", () => {
    const store = openStore({ path: ':memory:' });
    const appended = [
      store.messages.append('deliveries.cleared', { before: 3 }),
      store.messages.append('suite.finished', { runId: 'run_"quoted"\u2028ü', durationMs: 1.5, totals: { cases: 1, passed: 1, failed: 0, errors: 0, skipped: 0 } }),
    ];
    for (const message of appended) expect(encodeMessage(message)).toBe(JSON.stringify(message));
    const backlog = store.messages.since(0);
    expect(backlog.map(encodeMessage)).toEqual(appended.map((m) => JSON.stringify(m)));
    // A message the log never saw is still encoded.
    expect(encodeMessage({ seq: 9, type: 'deliveries.cleared', data: { before: 1 } })).toBe('{"seq":9,"type":"deliveries.cleared","data":{"before":1}}');
    store.close();
  });
});
