/** @module Catalogue, samples and credentials: /api/providers/… */
import { Hono } from 'hono';
import { z } from 'zod';
import { seedQuerySchema, targetSchema } from '../../delivery/delivery-input.ts';
import { sampleEvent } from '../../delivery/sample-event.ts';
import { describeProvider } from '../../providers/describe-provider.ts';
import { overridesFromFlags, parseSetFlag } from '../../util/set-path.ts';
import type { Workbench } from '../../workbench.ts';
import { readJsonBody, readQuery } from '../read-input.ts';
import { redactSample } from '../../export/export-deliveries.ts';

const sampleQuery = z.object({
  seed: seedQuerySchema.optional(),
  now: z.iso.datetime({ offset: true }).optional(),
  target: targetSchema.optional(),
  set: z.union([z.string(), z.array(z.string())]).optional(),
  setting: z.union([z.string(), z.array(z.string())]).optional(),
});

export function providersRoutes(bench: Workbench) {
  const app = new Hono();

  app.get('/', (c) => c.json({ providers: bench.registry.list().map((p) => describeProvider(p, bench.settingsFor(p.id))) }));

  app.get('/:provider', (c) => {
    const provider = bench.registry.get(c.req.param('provider'));
    return c.json(describeProvider(provider, bench.settingsFor(provider.id)));
  });

  app.get('/:provider/events/:event/sample', (c) => {
    const query = readQuery(c, sampleQuery);
    // Repeated ?set=PATH=VALUE, like the CLI's --set.
    const setFlags = c.req.queries('set') ?? [];
    const set = Object.fromEntries(setFlags.map((flag) => parseSetFlag(flag, 'query.set')));
    const settings = overridesFromFlags(c.req.queries('setting') ?? [], 'query.setting');
    const sample = sampleEvent(bench, {
      provider: c.req.param('provider'),
      event: c.req.param('event'),
      seed: query.seed,
      now: query.now === undefined ? undefined : new Date(query.now),
      set,
      target: query.target,
      settings,
    });
    return c.json(redactSample(sample, bench.redactor));
  });

  app.get('/:provider/credentials', (c) => c.json(credentialsView(bench, bench.registry.get(c.req.param('provider')).id)));

  app.put('/:provider/credentials', async (c) => {
    const id = bench.registry.get(c.req.param('provider')).id;
    bench.vault.put(id, await readJsonBody(c, z.unknown()));
    return c.json(credentialsView(bench, id));
  });

  // Rotation as the provider does it (Parallel keeps up to five keys); regenerate starts afresh.
  for (const action of ['rotate', 'regenerate'] as const) {
    app.post(`/:provider/credentials/${action}`, (c) => {
      const id = bench.registry.get(c.req.param('provider')).id;
      bench.vault[action](id);
      return c.json(credentialsView(bench, id));
    });
  }

  return app;
}

function credentialsView(bench: Workbench, id: string) {
  return { provider: id, source: bench.vault.source(id), credentials: bench.vault.verification(id) };
}
