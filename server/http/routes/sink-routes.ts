/** @module The built-in sink, ANY /sink/:name/*: records, verifies and answers as asked. */
import type { HttpBindings } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { newId } from '../../util/ids.ts';
import type { ReceivedRequest, VerifyResult } from '../../providers/types.ts';
import { createFailCounter, sinkQuerySchema } from '../../sink/sink-response.ts';
import type { SinkRequest } from '../../sink/types.ts';
import { zodIssuesToError } from '../../util/zod-error.ts';
import type { Workbench } from '../../workbench.ts';
import { errorBody } from '../error-response.ts';
import { describeLimit, readBodyUpTo } from '../read-input.ts';

/** Bodies past this are refused with 413 and recorded without their body. */
export const maxSinkBodyBytes = 25 * 1024 * 1024;

export function sinkRoutes(bench: Workbench) {
  const app = new Hono<{ Bindings: HttpBindings }>();
  const planFor = createFailCounter();

  app.all('/:name/*', (c) => receive(c, bench, planFor));
  app.all('/:name', (c) => receive(c, bench, planFor));
  return app;
}

async function receive(
  c: Context<{ Bindings: HttpBindings }>,
  bench: Workbench,
  planFor: ReturnType<typeof createFailCounter>,
): Promise<Response> {
  const name = c.req.param('name') ?? 'default';
  const url = new URL(c.req.url);
  const read = await readBodyUpTo(c, maxSinkBodyBytes);
  if (read.tooLarge) return receiveTooLarge(c, bench, name, url, read.size);
  const { bytes } = read;
  const text = decodeUtf8(bytes);
  const headers = originalHeaders(c);
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

  const query = sinkQuerySchema.safeParse(c.req.query());
  const received: ReceivedRequest = { method: c.req.method, url: url.toString(), headers: lower, body: text ?? '' };
  const recognised = recognise(bench, name, query.success ? query.data.provider : undefined, received);
  // A strict sink refuses what does not verify, as a careful receiver would: 401 before anything else.
  const refused = query.success && query.data.strict === true && recognised.verification?.ok === false;
  const plan = query.success && !refused ? planFor(`${name}${url.pathname}${url.search}`, query.data) : undefined;
  const responseStatus = refused ? 401 : (plan?.status ?? 400);

  const record: SinkRequest = {
    id: newId('snk'),
    name,
    method: c.req.method,
    url: `${url.pathname}${url.search}`,
    headers,
    body: text ?? bytes.toString('base64'),
    bodyEncoding: text === undefined ? 'base64' : 'utf8',
    bodyBytes: bytes.length,
    receivedAt: new Date().toISOString(),
    ...recognised,
    responseStatus,
  };
  bench.bus.publish(bench.store.sink.insert(record));

  if (!query.success) {
    const error = zodIssuesToError(query.error, 'query');
    return c.json(errorBody(error.code, error.message, error.path), 400);
  }
  if (refused) {
    return c.json(errorBody('SIGNATURE_INVALID', `${recognised.provider}: ${recognised.verification?.reason ?? 'the request does not verify'}`), 401);
  }
  if (!plan) throw new Error('unreachable: a valid query always has a plan');
  if (plan.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, plan.delayMs));
  const body = plan.body ?? JSON.stringify({ received: true, id: record.id, ...(record.verification ? { verification: record.verification } : {}) });
  return c.body(body, plan.status as 200, { 'Content-Type': plan.body === undefined ? 'application/json' : 'text/plain; charset=utf-8' });
}

/** A body over the limit (declared, or read past it): recorded without it, answered 413. */
function receiveTooLarge(c: Context<{ Bindings: HttpBindings }>, bench: Workbench, name: string, url: URL, size: number): Response {
  bench.bus.publish(
    bench.store.sink.insert({
      id: newId('snk'),
      name,
      method: c.req.method,
      url: `${url.pathname}${url.search}`,
      headers: originalHeaders(c),
      body: '',
      bodyEncoding: 'utf8',
      bodyBytes: size,
      receivedAt: new Date().toISOString(),
      responseStatus: 413,
    }),
  );
  return c.json(errorBody('PAYLOAD_TOO_LARGE', `the sink keeps bodies up to ${describeLimit(maxSinkBodyBytes)}; this one is ${size} bytes or more`, 'body'), 413);
}

/** The provider the sink's name or ?provider= names, else the first whose verify() claims the request. */
function recognise(bench: Workbench, name: string, hint: string | undefined, request: ReceivedRequest): { provider?: string; verification?: VerifyResult } {
  const providers = bench.registry.list();
  const named = providers.find((p) => p.id === hint) ?? providers.find((p) => p.id === name);
  const now = new Date();
  for (const provider of named ? [named] : providers) {
    const verification = provider.verify({ request, credentials: bench.vault.get(provider.id), now, settings: bench.settingsFor(provider.id) });
    if (verification) return { provider: provider.id, verification };
  }
  if (!named) return {};
  return {
    provider: named.id,
    verification: { ok: false, scheme: named.auth.scheme, reason: `the request does not look like a ${named.name} delivery` },
  };
}

/** Headers with the sender's own spelling when node gives it to us (Hono's Headers lower-case them). */
function originalHeaders(c: Context<{ Bindings: HttpBindings }>): Record<string, string> {
  const raw = c.env?.incoming?.rawHeaders;
  const out: Record<string, string> = {};
  if (!raw) {
    c.req.raw.headers.forEach((value, key) => (out[key] = value));
    return out;
  }
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const key = raw[i] as string;
    out[key] = key in out ? `${out[key]}, ${raw[i + 1]}` : (raw[i + 1] as string);
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
function decodeUtf8(bytes: Buffer): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}
