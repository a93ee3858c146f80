import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HookbenchError } from '../../errors.ts';
import { defaultFixturesFolder, loadFixtures } from './fixtures.ts';
import { generateStandardEvent } from './generate.ts';

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

const minimal = { description: 'A thing happened to a widget', data: { id: '{{string.uuid}}', type: 'widget' } };

function folderWith(events: Record<string, unknown>, anyEvent: unknown = minimal): string {
  const dir = mkdtempSync(join(tmpdir(), 'hookbench-standard-'));
  folders.push(dir);
  mkdirSync(join(dir, 'events'));
  writeFileSync(join(dir, 'any-event.json'), typeof anyEvent === 'string' ? anyEvent : JSON.stringify(anyEvent));
  for (const [name, content] of Object.entries(events)) writeFileSync(join(dir, 'events', name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

function loadError(events: Record<string, unknown>, anyEvent?: unknown): HookbenchError {
  try {
    loadFixtures(folderWith(events, anyEvent));
  } catch (e) {
    if (e instanceof HookbenchError) return e;
    throw e;
  }
  throw new Error('the fixtures loaded');
}

describe('standard fixtures', () => {
  it('loads the shipped catalogue, one file per event named by its wire name', () => {
    const { events, anyEvent } = loadFixtures(defaultFixturesFolder);
    expect([...events.keys()]).toEqual(['contact.created', 'invoice.paid', 'invoice.payment_failed', 'order.shipped', 'subscription.canceled', 'user.created', 'user.deleted']);
    expect(anyEvent.fixture.description).toMatch(/any event name/i);
  });

  it('loads a minimal fixture that generates', () => {
    const fixtures = loadFixtures(folderWith({ 'widget.created.json': minimal }));
    const out = generateStandardEvent(fixtures, 'widget.created', { seed: 1, now: new Date('2026-01-01T12:00:00Z'), set: {} });
    expect(out.payload).toMatchObject({ type: 'widget.created', data: { type: 'widget' } });
  });

  it.each([
    ['a missing description', { data: {} }, '$.description'],
    ['a two-line description', { ...minimal, description: 'one\ntwo lines here' }, '$.description'],
    ['data that is not an object', { ...minimal, data: [1] }, '$.data'],
    ['an unknown top-level key', { ...minimal, dta: {} }, '$'],
  ])('rejects %s, naming the file and the JSON path', (_, fixture, path) => {
    const error = loadError({ 'widget.created.json': fixture });
    expect(error.code).toBe('INVALID_TEMPLATE');
    expect(error.message).toContain(`widget.created.json at ${path}:`);
    expect(error.path).toBe(path);
  });

  it('rejects a file name the spec would not use as an event name', () => {
    expect(loadError({ 'widget created.json': minimal }).message).toMatch(/"widget created" is not an event name the spec recommends/);
  });

  it('rejects an any-event template that is not JSON, naming it', () => {
    const error = loadError({}, '{ "data": ');
    expect(error.code).toBe('INVALID_JSON');
    expect(error.message).toMatch(/any-event\.json is not valid JSON/);
  });

  it('reports a placeholder that fails with the file and the event', () => {
    const fixtures = loadFixtures(folderWith({ 'widget.created.json': { ...minimal, data: { n: '{{nope.method}}' } } }));
    expect(() => generateStandardEvent(fixtures, 'widget.created', { seed: 1, now: new Date(), set: {} })).toThrow(/widget\.created\.json \(widget\.created\) at \$\.data\.n: unknown placeholder/);
  });
});
