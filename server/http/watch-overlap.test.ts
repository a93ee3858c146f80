import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { createOverlapWatch } from '../store/overlap-watch.ts';
import { onError } from './error-response.ts';
import { watchOverlap } from './watch-overlap.ts';

function appWithGate() {
  const watch = createOverlapWatch();
  const gates: (() => void)[] = [];
  const app = new Hono();
  app.onError(onError);
  app.use('*', watchOverlap(watch));
  // Held in flight until the test opens its gate.
  app.post('/held', async (c) => {
    await new Promise<void>((open) => gates.push(open));
    return c.body(null, 204);
  });
  app.get('/quick', (c) => c.body(null, 204));
  app.get('/broken', () => {
    throw new Error('boom');
  });
  return { app, watch, gates };
}

/** Lets the requests started so far reach their handlers. */
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('watchOverlap', () => {
  it('tells the watch when two requests are in flight at once', async () => {
    const { app, watch, gates } = appWithGate();
    const held = app.request('/held', { method: 'POST' });
    await settle();
    expect(watch.overlapping()).toBe(false);
    expect((await app.request('/quick')).status).toBe(204);
    expect(watch.overlapping()).toBe(true);
    gates.forEach((open) => open());
    expect((await held).status).toBe(204);
  });

  it('sees none in requests one at a time, including ones that failed (each still ends)', async () => {
    const { app, watch } = appWithGate();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (let i = 0; i < 5; i++) {
      expect((await app.request('/broken')).status).toBe(500);
      expect((await app.request('/quick')).status).toBe(204);
    }
    expect(watch.overlapping()).toBe(false);
    quiet.mockRestore();
  });
});
