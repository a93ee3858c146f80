/** @module hookbench.config.json: its zod schema (the published JSON Schema is generated from it). */
import { z } from 'zod';
import { targetSchema, timeScaleSchema } from '../delivery/delivery-input.ts';
import { customProviderSchema } from '../providers/custom/custom-provider-schema.ts';

const providerConfigSchema = z
  .object({
    settings: z.record(z.string(), z.unknown()).optional().describe("The provider's settings (see docs/providers/<id>.md)."),
    credentials: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('Pins the credentials (otherwise generated once and kept in the store).'),
  })
  .strict();

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    host: z.string().min(1).optional().describe('Interface to listen on (default 127.0.0.1).'),
    port: z.number().int().min(0).max(65535).optional().describe('Port (default 4400).'),
    db: z.string().min(1).optional().describe('SQLite store path (default .hookbench/hookbench.db).'),
    target: targetSchema.optional().describe("Default delivery target (default: the server's built-in sink)."),
    timeScale: timeScaleSchema.optional().describe('Multiplies every delay and retry interval (default 1).'),
    allowedOrigins: z
      .array(z.string().regex(/^https?:\/\/[^/]+$/, 'an origin like http://localhost:5173'))
      .optional()
      .describe('Browser origins allowed to use the control API besides the inspector itself.'),
    providers: z.record(z.string(), providerConfigSchema).optional().describe('Per-provider settings and credentials, by provider id.'),
    customProviders: z
      .array(customProviderSchema)
      .optional()
      .describe('Providers of your own: events from fixture files, a signing scheme chosen from the built-ins.'),
  })
  .strict();

export type Config = z.output<typeof configSchema>;
