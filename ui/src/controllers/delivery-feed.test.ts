import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../../../server/messages.ts';
import { deliverySummary } from '../../../test/helpers/delivery-summary.ts';
import type { ApiClient } from './api-client.ts';
import { DeliveryFeed } from './delivery-feed.ts';

let seq = 0;
const created = (): Message => ({ seq: ++seq, type: 'delivery.created', data: deliverySummary(`d${seq}`) });

function feed() {
  const host = { addController: () => undefined, removeController: () => undefined, requestUpdate: vi.fn(), updateComplete: Promise.resolve(true) };
  return { feed: new DeliveryFeed(host, { api: {} as ApiClient }), host };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('DeliveryFeed pacing', () => {
  it('shows a trickle of messages within 40 ms', () => {
    const { feed: f } = feed();
    f.receive(created());
    vi.advanceTimersByTime(39);
    expect(f.items).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(f.items).toHaveLength(1);
  });

  it('gathers a flood for longer, then returns to 40 ms when it ends', () => {
    const { feed: f, host } = feed();
    // 2,000 messages a second: 80 in the first 40 ms.
    for (let i = 0; i < 80; i++) f.receive(created());
    vi.advanceTimersByTime(40);
    expect(f.items).toHaveLength(80);
    const updates = host.requestUpdate.mock.calls.length;
    for (let i = 0; i < 80; i++) f.receive(created());
    vi.advanceTimersByTime(159);
    expect(f.items).toHaveLength(80);
    vi.advanceTimersByTime(1);
    expect(f.items).toHaveLength(160);
    expect(host.requestUpdate.mock.calls.length).toBe(updates + 1);

    // The flood is over: one message waits out the long delay once, the next ones 40 ms.
    f.receive(created());
    vi.advanceTimersByTime(160);
    expect(f.items).toHaveLength(161);
    f.receive(created());
    vi.advanceTimersByTime(40);
    expect(f.items).toHaveLength(162);
  });
});
