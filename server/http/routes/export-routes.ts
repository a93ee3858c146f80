/** @module GET /api/export: recorded deliveries as HAR, NDJSON or a curl script (of one attempt each), streamed, credentials redacted. */
import { Hono } from 'hono';
import { z } from 'zod';
import { deliveriesOf, exportChunks, exportContentTypes, exportFormats } from '../../export/export-deliveries.ts';
import type { Workbench } from '../../workbench.ts';
import { readQuery } from '../read-input.ts';
import { filterQuery, filtersOf } from './deliveries-routes.ts';

const exportQuery = filterQuery
  .extend({
    format: z.enum(exportFormats).default('har'),
    /** The attempt a curl command repeats; the last when absent. */
    attempt: z.coerce.number().int().min(1).max(1000).optional(),
  })
  .refine((q) => q.attempt === undefined || q.format === 'curl', {
    path: ['attempt'],
    message: 'attempt picks the request a curl command repeats; HAR and NDJSON carry every attempt (use format=curl)',
  });
const extensions = { har: 'har', ndjson: 'ndjson', curl: 'sh' } as const;

export function exportRoutes(bench: Workbench) {
  const app = new Hono();
  app.get('/', (c) => {
    const { format, attempt, ...filters } = readQuery(c, exportQuery);
    const chunks = exportChunks(format, deliveriesOf(bench.store.deliveries, filtersOf(filters)), bench.redactor, attempt === undefined ? {} : { attempt });
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      // A few dozen chunks per pull: the event loop breathes between them on a large store.
      pull(controller) {
        for (let i = 0; i < 64; i++) {
          const next = chunks.next();
          if (next.done) return controller.close();
          controller.enqueue(encoder.encode(next.value));
        }
      },
    });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    return new Response(stream, {
      headers: {
        'Content-Type': exportContentTypes[format],
        'Content-Disposition': `attachment; filename="hookbench-${stamp}.${extensions[format]}"`,
      },
    });
  });
  return app;
}
