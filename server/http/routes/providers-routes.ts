/** @module Catalogue, samples and credentials: /api/providers/… */
import { Hono } from 'hono';
import { z } from 'zod';
import { seedSchema, targetSchema } from '../../delivery/delivery-input.ts';
import { sampleEvent } from '../../delivery/sample-event.ts';
import { describeProvider } from '../../providers/describe-provider.ts';
import { parseSetFlag } from '../../util/set-path.ts';
import type { Workbench } from '../../workbench.ts';
import { readJsonBody, readQuery } from '../read-input.ts';

const sampleQuery = z.object({
  seed: seedSchema.optional(),
  now: z.iso.datetime({ offset: true }).optional(),
  target: targetSchema.optional(),
  set: z.union([z.string(), z.array(z.string())]).optional(),
});

export function providersRoutes(bench: Workbench) {
  const app = new Hono();

  app.get('/', (c) => c.json({ providers: bench.registry.list().map(describeProvider) }));

  app.get('/:provider', (c) => c.json(describeProvider(bench.registry.get(c.req.param('provider')))));

  app.get('/:provider/events/:event/sample', (c) => {
    const query = readQuery(c, sampleQuery);
    // Repeated ?set=PATH=VALUE, like the CLI's --set.
    const setFlags = c.req.queries('set') ?? [];
    const set = Object.fromEntries(setFlags.map((flag) => parseSetFlag(flag, 'query.set')));
    return c.json(
      sampleEvent(bench, {
        provider: c.req.param('provider'),
        event: c.req.param('event'),
        seed: query.seed,
        now: query.now === undefined ? undefined : new Date(query.now),
        set,
        target: query.target,
      }),
    );
  });

  app.get('/:provider/credentials', (c) => {
    const id = bench.registry.get(c.req.param('provider')).id;
    return c.json({ provider: id, source: bench.vault.source(id), credentials: bench.vault.verification(id) });
  });

  app.put('/:provider/credentials', async (c) => {
    const id = bench.registry.get(c.req.param('provider')).id;
    bench.vault.put(id, await readJsonBody(c, z.unknown()));
    return c.json({ provider: id, source: bench.vault.source(id), credentials: bench.vault.verification(id) });
  });

  return app;
}
