/** @module Requests the built-in sink received (and mock API calls): /api/sink/requests/… */
import { Hono } from 'hono';
import { z } from 'zod';
import { HookbenchError } from '../../errors.ts';
import type { Workbench } from '../../workbench.ts';
import { readQuery } from '../read-input.ts';

const listQuery = z.object({
  name: z.string().max(200).optional(),
  provider: z.string().max(100).optional(),
  method: z.string().max(20).optional(),
  q: z.string().max(200).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(100).optional(),
});

export function sinkRequestsRoutes(bench: Workbench) {
  const app = new Hono();
  app.get('/', (c) => {
    const { limit, ...query } = readQuery(c, listQuery);
    const filters = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== '')) as { [K in keyof typeof query]?: NonNullable<(typeof query)[K]> };
    // Read in the same tick as the page: every message up to lastSeq is reflected in it.
    const lastSeq = bench.store.messages.lastSeq();
    return c.json({ lastSeq, ...bench.store.sink.page({ limit, ...filters }) });
  });
  app.get('/:id', (c) => {
    const request = bench.store.sink.get(c.req.param('id'));
    if (!request) throw new HookbenchError('NOT_FOUND', `no sink request "${c.req.param('id')}"`, { path: 'id' });
    // What came in carries the provider's secrets as sent (a validation key, a token header).
    const { provider } = request;
    return c.json(provider ? { ...request, headers: bench.redactor.headers(provider, request.headers), body: bench.redactor.text(provider, request.body) } : request);
  });
  app.delete('/', (c) => {
    bench.bus.publish(bench.store.sink.clear());
    return c.json({ cleared: true });
  });
  return app;
}
