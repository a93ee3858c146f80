/** @module Deliveries: create, list, inspect, replay, clear — /api/deliveries/… */
import { Hono } from 'hono';
import { z } from 'zod';
import { deliveryInputSchema, replayInputSchema } from '../../delivery/delivery-input.ts';
import { deliveryStatuses } from '../../delivery/types.ts';
import { HookbenchError } from '../../errors.ts';
import { redactDelivery } from '../../export/export-deliveries.ts';
import { settingsWithOverrides } from '../../providers/provider-config.ts';
import type { Workbench } from '../../workbench.ts';
import { readJsonBody, readQuery } from '../read-input.ts';

const listQuery = z.object({
  provider: z.string().optional(),
  event: z.string().optional(),
  status: z.enum(deliveryStatuses).optional(),
  q: z.string().max(200).optional(),
  target: z.string().max(2000).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  batchId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(100).optional(),
});

/** The filters a list, an export and the inspector's URL share. */
export const filterQuery = listQuery.pick({ provider: true, event: true, status: true, q: true, target: true, since: true, batchId: true });
type Filters = z.output<typeof filterQuery>;

/** Only the filters given, so optional properties stay absent rather than undefined. */
export function filtersOf(query: Filters) {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== '')) as { [K in keyof Filters]?: NonNullable<Filters[K]> };
}

export function deliveriesRoutes(bench: Workbench) {
  const app = new Hono();

  app.post('/', async (c) => {
    const input = await readJsonBody(c, deliveryInputSchema);
    const { delivery, related } = bench.engine.submit(input);
    return c.json({ ...delivery, related }, 202);
  });

  app.get('/', (c) => {
    const { limit, cursor, ...filters } = readQuery(c, listQuery);
    // Read in the same tick as the page: every message up to lastSeq is reflected in it.
    const lastSeq = bench.store.messages.lastSeq();
    return c.json({ lastSeq, ...bench.store.deliveries.list({ limit, ...filtersOf(filters), ...(cursor ? { cursor } : {}) }) });
  });

  app.delete('/', (c) => {
    const count = bench.store.deliveries.count();
    bench.engine.clear();
    return c.json({ deleted: count });
  });

  app.get('/:id', (c) => {
    const delivery = bench.store.deliveries.get(c.req.param('id'));
    if (!delivery) throw new HookbenchError('NOT_FOUND', `no delivery "${c.req.param('id')}"`, { path: 'id' });
    // By header name too: a secret rotated away before this process started is no longer known by value.
    return c.json(redactDelivery(delivery, bench.redactor));
  });

  app.get('/:id/attempts/:n/explain', (c) => {
    const delivery = bench.store.deliveries.get(c.req.param('id'));
    if (!delivery) throw new HookbenchError('NOT_FOUND', `no delivery "${c.req.param('id')}"`, { path: 'id' });
    const attempt = delivery.attempts.find((a) => a.n === Number(c.req.param('n')));
    if (!attempt) throw new HookbenchError('NOT_FOUND', `delivery ${delivery.id} has no attempt ${c.req.param('n')}`, { path: 'n' });
    const provider = bench.registry.get(delivery.provider);
    const explanation = provider.explain?.({
      request: attempt.request,
      credentials: bench.vault.get(provider.id),
      settings: settingsWithOverrides(provider, bench.settingsFor(provider.id), delivery.settings),
    });
    const shown = explanation && { ...explanation, headers: explanation.headers.map((h) => ({ ...h, value: bench.redactor.headers(provider.id, { [h.name]: h.value })[h.name] ?? '' })) };
    return c.json({ provider: provider.id, auth: provider.auth, faults: attempt.faults ?? [], explanation: shown ?? null });
  });

  app.post('/:id/cancel', (c) => {
    const id = c.req.param('id');
    if (!bench.store.deliveries.get(id)) throw new HookbenchError('NOT_FOUND', `no delivery "${id}"`, { path: 'id' });
    return c.json({ cancelled: bench.engine.cancel([id]) });
  });

  app.post('/:id/replay', async (c) => {
    const input = await readJsonBody(c, replayInputSchema);
    const { delivery, related } = bench.engine.replay(c.req.param('id'), input);
    return c.json({ ...delivery, related }, 202);
  });

  return app;
}
