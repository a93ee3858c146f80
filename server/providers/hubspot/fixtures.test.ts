import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HookbenchError } from '../../errors.ts';
import { defaultFixturesFolder, loadFixtures } from './fixtures.ts';

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

/** The shipped fixtures with some files replaced (null removes one). */
function folderWith(changes: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hookbench-hubspot-'));
  folders.push(dir);
  const shipped = defaultFixturesFolder;
  for (const name of readdirSync(shipped)) if (!(name in changes)) writeFileSync(join(dir, name), readFileSync(join(shipped, name)));
  for (const [name, content] of Object.entries(changes)) {
    if (content !== null) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

function loadError(changes: Record<string, unknown>): HookbenchError {
  try {
    loadFixtures(folderWith(changes));
  } catch (e) {
    if (e instanceof HookbenchError) return e;
    throw e;
  }
  throw new Error('the fixtures loaded');
}

describe('hubspot fixtures', () => {
  it('loads the shipped fixtures: the legacy objects and five engagement types', () => {
    const fixtures = loadFixtures(defaultFixturesFolder);
    expect([...fixtures.keys()].sort()).toEqual(['call', 'company', 'contact', 'conversation', 'deal', 'email', 'line_item', 'meeting', 'note', 'product', 'task', 'ticket']);
    expect(fixtures.get('deal')?.propertyNames).toContain('dealstage');
    expect(fixtures.get('line_item')?.propertyNames).not.toContain('$vars');
  });

  it('accepts an extra object, such as a custom object', () => {
    const fixtures = loadFixtures(folderWith({ 'pet.json': { objectTypeId: '2-1234567', properties: { name: '{{animal.dog}}' } } }));
    expect(fixtures.get('pet')?.objectTypeId).toBe('2-1234567');
  });

  it.each([
    ['no properties', { 'deal.json': { objectTypeId: '0-3', properties: {} } }, '$.properties', /at least one property/],
    ['a property name with a space', { 'deal.json': { objectTypeId: '0-3', properties: { 'deal stage': 'x' } } }, '$.properties.deal stage', /internal name/],
    ['a malformed objectTypeId', { 'call.json': { objectTypeId: 'CALL', properties: { a: 'b' } } }, '$.objectTypeId', /looks like "0-1"/],
    ['a legacy object with another objectTypeId', { 'deal.json': { objectTypeId: '0-4', properties: { a: 'b' } } }, '$.objectTypeId', /deal is "0-3"/],
    ['an unknown top-level key', { 'deal.json': { objectTypeId: '0-3', properties: { a: 'b' }, propertys: {} } }, '$', /propertys/],
  ])('rejects %s, naming the file and the JSON path', (_, changes, path, message) => {
    const error = loadError(changes);
    expect(error.code).toBe('INVALID_TEMPLATE');
    expect(error.message).toMatch(/\.json at /);
    expect(error.message).toContain(`at ${path}:`);
    expect(error.message).toMatch(message);
  });

  it('requires a fixture for every legacy object', () => {
    expect(loadError({ 'ticket.json': null }).message).toMatch(/missing ticket\.json/);
  });

  it('rejects a file that is not JSON, or not named like an object', () => {
    expect(loadError({ 'deal.json': '{ "objectTypeId": ' }).code).toBe('INVALID_JSON');
    expect(loadError({ 'Deal.json': { objectTypeId: null, properties: { a: 'b' } } }).message).toMatch(/name the file after a HubSpot object/);
  });
});
