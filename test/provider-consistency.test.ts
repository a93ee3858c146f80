/**
 * Walks every event of every registered provider: it generates, serialises, encodes and signs; the
 * same seed gives the same bytes; the provider's own verifier accepts what its signer made and refuses
 * a tampered copy; each provider ships its docs; its signature explainer describes exactly what was
 * sent, and its receiver snippet accepts the request and refuses the tampered copy.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { prepareAttempt } from '../server/delivery/prepare-attempt.ts';
import { generateEvent } from '../server/delivery/generate-event.ts';
import { httpMethods, type Provider, type ReceivedRequest, type WireRequest } from '../server/providers/types.ts';
import { builtinProviders } from '../server/providers/registry.ts';

const now = new Date('2026-05-04T10:20:30.456Z');
const seeds = [0, 1, 7, 12345, 2 ** 31 - 1];
const target = 'http://127.0.0.1:4400/sink/default/hook?x=1';

function bytesFrom(seed: number): (size: number) => Uint8Array {
  return (size) => Uint8Array.from({ length: size }, (_, i) => (seed * 31 + i * 17) % 256);
}

function received(request: WireRequest): ReceivedRequest {
  return {
    method: request.method,
    url: request.url,
    headers: Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v])),
    body: request.body ?? '',
  };
}

function wire(provider: Provider, event: string, seed: number, faults: Parameters<typeof prepareAttempt>[0]['faults'] = {}) {
  const settings = provider.settings.parse({});
  const credentials = provider.credentials.generate(bytesFrom(seed));
  const generated = generateEvent({ provider, settings, event, seed, now });
  const { request } = prepareAttempt({ provider, settings, credentials, event, eventId: generated.eventId, payload: generated.payload, target, attempt: 1, now, faults });
  return { generated, request, credentials };
}

type Snippet = (req: { method: string; url: string; headers: Record<string, string>; rawBody: string }, keys: Record<string, string>) => boolean;
const snippetDir = mkdtempSync(join(tmpdir(), 'hookbench-snippets-'));
const snippets = new Map<string, Promise<Snippet>>();
afterAll(() => rmSync(snippetDir, { recursive: true, force: true }));

/** The snippet as a receiver would paste it: written to a file, imported, its one exported function. */
function loadSnippet(source: string): Promise<Snippet> {
  let loaded = snippets.get(source);
  if (!loaded) {
    const file = join(snippetDir, `snippet-${snippets.size}.ts`);
    writeFileSync(file, source);
    loaded = import(/* @vite-ignore */ pathToFileURL(file).href).then((module: Record<string, unknown>) => {
      const exported = Object.values(module).filter((value) => typeof value === 'function');
      expect(exported, 'a snippet exports one function').toHaveLength(1);
      return exported[0] as Snippet;
    });
    snippets.set(source, loaded);
  }
  return loaded;
}

/** Runs the snippet on a request as Node hands it to a receiver, with the clock at `now`. */
async function runSnippet(source: string, request: WireRequest, keys: Record<string, string>): Promise<boolean> {
  const snippet = await loadSnippet(source);
  const { method, url, headers, body } = received(request);
  vi.setSystemTime(now);
  try {
    return snippet({ method, url, headers, rawBody: body }, keys);
  } finally {
    vi.useRealTimers();
  }
}

describe('the provider registry', () => {
  it('has unique provider ids', () => {
    const ids = builtinProviders.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(builtinProviders.map((p) => [p.id, p] as const))('%s', (id, provider) => {
  const events = Object.keys(provider.catalogue);

  it('has a catalogue of described events, docs and valid defaults', () => {
    expect(events.length).toBeGreaterThan(0);
    for (const [name, spec] of Object.entries(provider.catalogue)) {
      expect(name.trim(), `${id} event name`).toBe(name);
      expect(spec.description.length, `${id} ${name} description`).toBeGreaterThan(10);
      expect(spec.group.length).toBeGreaterThan(0);
    }
    expect(existsSync(new URL(`../docs/providers/${id}.md`, import.meta.url)), `docs/providers/${id}.md`).toBe(true);
    expect(() => provider.settings.parse({})).not.toThrow();
    expect(provider.policy.timeoutMs).toBeGreaterThan(0);
    expect(provider.credentials.schema.safeParse(provider.credentials.generate(bytesFrom(1))).success).toBe(true);
  });

  it.each(events)('%s: generates, encodes and signs the same bytes for the same seed', (event) => {
    for (const seed of seeds) {
      const a = wire(provider, event, seed);
      const b = wire(provider, event, seed);
      expect(JSON.parse(JSON.stringify(a.generated.payload))).toEqual(a.generated.payload);
      expect(a.generated.eventId.length).toBeGreaterThan(0);
      expect(b.generated.eventId).toBe(a.generated.eventId);
      expect(b.request.body).toBe(a.request.body);
      expect(b.request.url).toBe(a.request.url);
      expect(httpMethods).toContain(a.request.method);
      expect(a.request.method === 'GET' ? a.request.body === undefined : typeof a.request.body === 'string').toBe(true);
    }
    const other = seeds.map((seed) => wire(provider, event, seed).request.body ?? wire(provider, event, seed).request.url);
    expect(new Set(other).size, 'different seeds give different payloads').toBeGreaterThan(1);
  });

  it.each(events)("%s: the provider's verifier accepts its signature and refuses a tampered one", (event) => {
    const { request, credentials } = wire(provider, event, 3);
    const verdict = provider.verify({ request: received(request), credentials, now, settings: provider.settings.parse({}) });
    if (provider.auth.scheme === 'none') {
      expect(verdict === undefined || verdict.ok).toBe(true);
      return;
    }
    expect(verdict, 'verify recognises a request its own signer made').toMatchObject({ ok: true });
    const tampered = wire(provider, event, 3, { signature: 'invalid' }).request;
    expect(provider.verify({ request: received(tampered), credentials, now, settings: provider.settings.parse({}) })).toMatchObject({ ok: false });
    const missing = wire(provider, event, 3, { signature: 'missing' }).request;
    expect(provider.verify({ request: received(missing), credentials, now, settings: provider.settings.parse({}) })?.ok ?? false).toBe(false);
  });

  it('explains its signatures when it has any', () => {
    if (provider.auth.scheme !== 'none') expect(provider.explain, `${id} implements explain`).toBeTypeOf('function');
  });

  it.each(events)('%s: the explanation describes the headers sent, its signed contents verify and its snippet accepts the request', async (event) => {
    if (provider.auth.scheme === 'none') return;
    const settings = provider.settings.parse({});
    const { request, credentials } = wire(provider, event, 3);
    const recorded = { ...request, body: request.body ?? '' };
    const explanation = provider.explain?.({ request: recorded, credentials, settings });
    expect(explanation, 'a signed request is explained').toBeDefined();
    if (!explanation) return;

    for (const header of explanation.headers) expect(request.headers[header.name], header.name).toBe(header.value);
    const shown = provider.credentials.verification(credentials);
    for (const key of explanation.keys) expect(Object.keys(shown)).toContain(key.credential);
    expect(explanation.keys.length).toBeGreaterThan(0);
    if (explanation.headers.some((h) => h.signedContent !== undefined)) {
      expect(provider.verify({ request: received(request), credentials, now, settings })).toMatchObject({ ok: true });
    }

    expect(await runSnippet(explanation.snippet, request, shown), 'the snippet accepts the request').toBe(true);
    const tampered = wire(provider, event, 3, { signature: 'invalid' }).request;
    expect(await runSnippet(explanation.snippet, tampered, shown), 'the snippet refuses a tampered signature').toBe(false);
    const missing = wire(provider, event, 3, { signature: 'missing' }).request;
    expect(provider.explain?.({ request: { ...missing, body: missing.body ?? '' }, credentials, settings }), 'nothing to explain without auth headers').toBeUndefined();
  });
});
