/** @module A Provider built from a `customProviders[]` entry of the config and its fixture templates. */
import { z } from 'zod';
import { commonHelpers } from '../../generate/common-helpers.ts';
import { seededFaker } from '../../generate/seeded-faker.ts';
import { render } from '../../generate/template.ts';
import { isJsonObject, type JsonValue } from '../../util/json.ts';
import { applySet, readPath } from '../../util/set-path.ts';
import { defineProvider, type Provider, type WireRequest } from '../types.ts';
import type { CustomProviderConfig } from './custom-provider-schema.ts';
import { explainScheme } from './explain-scheme.ts';
import type { SigningScheme } from './signing-scheme.ts';

export interface CustomProviderParts {
  config: CustomProviderConfig;
  /** The parsed fixture template of each event. */
  fixtures: Readonly<Record<string, JsonValue>>;
  /** Where each fixture came from, for error messages. */
  sources: Readonly<Record<string, string>>;
  scheme: SigningScheme;
}

/**
 * @example defineCustomProvider({ config, fixtures: { 'payment.succeeded': {...} }, sources, scheme })
 */
export function defineCustomProvider({ config, fixtures, sources, scheme }: CustomProviderParts): Provider<Record<string, never>, Record<string, unknown>> {
  const name = config.name ?? config.id;
  const explain = explainScheme(config.signing, `isFrom${config.id.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) => c.toUpperCase())}`);
  return defineProvider({
    id: config.id,
    name,
    description: config.description ?? `${name}, defined in hookbench.config.json`,
    locale: config.locale,
    auth: scheme.auth,
    catalogue: Object.fromEntries(Object.entries(config.events).map(([event, spec]) => [event, { description: spec.description, group: spec.group ?? name }])),
    settings: z.object({}).strict() as unknown as z.ZodType<Record<string, never>>,
    credentials: scheme.credentials,
    policy: {
      timeoutMs: config.timeoutMs,
      retryDelaysMs: config.retry,
      retryNote: 'as configured in hookbench.config.json',
      isSuccess: (status) => status >= 200 && status < 300,
      isRetryable: () => true,
    },
    sensitiveHeaders: scheme.sensitiveHeaders,

    generate(event, { seed, now, set }) {
      const faker = seededFaker({ locale: config.locale, seed, now });
      const formatDate = (d: Date) => d.toISOString();
      const helpers = commonHelpers({ faker, now, formatDate, parseDate: (s) => new Date(s) });
      const template = fixtures[event] ?? {};
      const payload = applySet(render(template, { faker, helpers, formatDate, source: sources[event] ?? event }), set);
      const fromPath = config.eventIdPath ? readPath(payload, config.eventIdPath.split('.')) : undefined;
      // Drawn after rendering, so adding an eventIdPath later does not change the payload.
      const eventId = fromPath === undefined || fromPath === null ? `evt_${faker.string.alphanumeric(24)}` : String(fromPath);
      return { eventId, payload };
    },

    encode({ payload, target }) {
      const headers = { ...config.headers };
      if (config.method === 'GET') return { method: 'GET', url: withQuery(target, payload), headers, body: undefined } satisfies WireRequest;
      return { method: config.method, url: target, headers: { 'Content-Type': config.contentType, ...headers }, body: JSON.stringify(payload) };
    },

    sign: ({ request, eventId, credentials, now }) => scheme.sign({ request, eventId, credentials, now }),
    verify: ({ request, credentials, now }) => scheme.verify({ request, credentials, now }),
    ...(explain ? { explain: ({ request, credentials }) => explain({ request, credentials }) } : {}),
  });
}

/** A GET delivery carries a flat payload in the query; nested values as JSON. */
function withQuery(target: string, payload: JsonValue): string {
  const url = new URL(target);
  const entries = isJsonObject(payload) ? Object.entries(payload) : [['payload', payload] as const];
  for (const [key, value] of entries) url.searchParams.append(key, typeof value === 'string' ? value : JSON.stringify(value));
  return url.toString();
}
