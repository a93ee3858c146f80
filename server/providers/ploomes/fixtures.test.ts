import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HookbenchError } from '../../errors.ts';
import { listEvents } from './catalogue.ts';
import { defaultFixturesFolder, loadFixtures } from './fixtures.ts';
import { generatePloomesEvent } from './generate.ts';
import { ploomesSettingsSchema } from './settings.ts';

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

function folderWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hookbench-ploomes-'));
  folders.push(dir);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const minimal = {
  record: { Id: '{{number.int({"min":500000000,"max":599999999})}}', Name: '{{company.name}}', LastUpdateDate: '{{clock.past({"days":3})}}', $previous: { Name: 'Antigo' } },
  actions: { Create: { description: 'created' }, Update: { description: 'updated' }, Delete: { description: 'deleted' } },
};

function loadError(files: Record<string, unknown>): HookbenchError {
  try {
    loadFixtures(folderWith(files));
  } catch (e) {
    if (e instanceof HookbenchError) return e;
    throw e;
  }
  throw new Error('the fixtures loaded');
}

describe('ploomes fixtures', () => {
  it('loads the shipped fixtures, one per entity', () => {
    expect(Object.keys(loadFixtures(defaultFixturesFolder)).sort()).toEqual(['Contacts', 'Deals', 'Orders', 'Products', 'Quotes', 'Tasks']);
  });

  it('loads a minimal fixture that generates', () => {
    const events = listEvents(loadFixtures(folderWith({ 'Products.json': minimal })));
    expect(events.map((e) => e.name)).toEqual(['Products.Create', 'Products.Update', 'Products.Delete']);
    const now = new Date('2026-01-01T12:00:00Z');
    const out = generatePloomesEvent(new Map(events.map((e) => [e.name, e])), 'Products.Update', { seed: 1, now, set: {}, settings: ploomesSettingsSchema.parse({}) });
    expect(out.payload).toMatchObject({ Entity: 'Products', Action: 'Update', Old: { Name: 'Antigo' } });
  });

  it.each([
    ['a record without Id', { ...minimal, record: { LastUpdateDate: 'x' } }, '$.record', /needs "Id"/],
    ['an unknown action', { ...minimal, actions: { ...minimal.actions, Explode: { description: 'boom', changes: {} } } }, '$.actions.Explode', /not a Ploomes action/],
    ['an entity action without changes', { ...minimal, actions: { ...minimal.actions, Win: { description: 'won' } } }, '$.actions.Win.changes', /must say what it changes/],
    ['a $previous field the record lacks', { ...minimal, record: { ...minimal.record, $previous: { Nmae: 'x' } } }, '$.record.$previous.Nmae', /not an updatable field/],
    ['a $oneOf branch that is not an object', { ...minimal, record: { $oneOf: [minimal.record, 3] } }, '$.record.$oneOf[1]', /must be an object/],
    ['a missing description', { ...minimal, actions: { ...minimal.actions, Create: {} } }, '$.actions.Create.description', /./],
    ['an unknown top-level key', { ...minimal, recrod: {} }, '$', /recrod/],
  ])('rejects %s, naming the file and the JSON path', (_, fixture, path, message) => {
    const error = loadError({ 'Deals.json': fixture });
    expect(error.code).toBe('INVALID_TEMPLATE');
    expect(error.message).toContain('Deals.json at ');
    expect(error.message).toContain(`at ${path}:`);
    expect(error.message).toMatch(message);
    expect(error.path).toBe(path);
  });

  it('rejects a file that is not JSON, naming it', () => {
    const error = loadError({ 'Deals.json': '{ "record": ' });
    expect(error.code).toBe('INVALID_JSON');
    expect(error.message).toMatch(/Deals\.json is not valid JSON/);
  });

  it('rejects a file not named after a Ploomes entity', () => {
    expect(loadError({ 'Leads.json': minimal }).message).toMatch(/Leads\.json: "Leads" is not a Ploomes entity/);
  });
});
