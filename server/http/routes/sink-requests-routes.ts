/** @module Requests the built-in sink received: /api/sink/requests/… */
import { Hono } from 'hono';
import { z } from 'zod';
import { HookbenchError } from '../../errors.ts';
import type { Workbench } from '../../workbench.ts';
import { readQuery } from '../read-input.ts';

const listQuery = z.object({
  name: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export function sinkRequestsRoutes(bench: Workbench) {
  const app = new Hono();
  app.get('/', (c) => {
    const { name, limit } = readQuery(c, listQuery);
    return c.json({ items: bench.store.sink.list({ limit, ...(name ? { name } : {}) }) });
  });
  app.get('/:id', (c) => {
    const request = bench.store.sink.get(c.req.param('id'));
    if (!request) throw new HookbenchError('NOT_FOUND', `no sink request "${c.req.param('id')}"`, { path: 'id' });
    return c.json(request);
  });
  app.delete('/', (c) => {
    bench.bus.publish(bench.store.sink.clear());
    return c.json({ cleared: true });
  });
  return app;
}
