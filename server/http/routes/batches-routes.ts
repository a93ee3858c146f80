/** @module A batch (a burst, a scenario run): cancel what has not settled — POST /api/batches/:batchId/cancel. */
import { Hono } from 'hono';
import type { Workbench } from '../../workbench.ts';

export function batchesRoutes(bench: Workbench) {
  const app = new Hono();
  app.post('/:batchId/cancel', (c) => {
    const ids = bench.store.deliveries.unsettledIdsOfBatch(c.req.param('batchId'));
    return c.json({ cancelled: bench.engine.cancel(ids) });
  });
  return app;
}
