import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HookbenchError } from '../../errors.ts';
import { defaultFixturesFolder, loadFixtures, parseFixture } from './fixtures.ts';

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

const minimal = {
  record: { uid: '{{string.uuid}}', created_at: '{{clock.now}}', updated_at: '{{clock.now}}' },
  triggers: {
    create: { description: 'A record was created.' },
    update: { description: 'A record was updated.', changes: { updated_at: '{{clock.now}}' } },
    delete: { description: 'A record was deleted.' },
    manual: { description: 'A manual trigger fired.' },
  },
};
const parse = (value: unknown) => () => parseFixture(JSON.stringify(value), 'guest.json');

describe('idloom fixtures', () => {
  it('ships an event and a guest fixture that validate', () => {
    const fixtures = loadFixtures(defaultFixturesFolder);
    expect(fixtures.event.fixture.triggers.update.description).toMatch(/event/);
    expect(fixtures.guest.fixture.triggers.update.description).toMatch(/guest/);
  });

  it('accepts a minimal fixture', () => {
    expect(parse(minimal)()).toMatchObject({ record: { uid: '{{string.uuid}}' } });
  });

  it.each([
    ['a record without uid', { ...minimal, record: { created_at: 'x', updated_at: 'y' } }, /at \$\.record: a record needs "uid"/],
    ['a delete that changes something', { ...minimal, triggers: { ...minimal.triggers, delete: { description: 'Deleted, really.', changes: {} } } }, /at \$\.triggers\.delete/],
    ['a missing trigger', { ...minimal, triggers: { create: minimal.triggers.create } }, /at \$\.triggers\.update/],
    ['a variable named record', { ...minimal, vars: { record: 1 } }, /at \$\.vars: "record" is reserved/],
    ['a $oneOf beside other keys', { ...minimal, triggers: { ...minimal.triggers, update: { description: 'Updated, really.', changes: { $oneOf: [{}], a: 1 } } } }, /\$oneOf/],
  ])('refuses %s, naming the file and the JSON path', (_, fixture, message) => {
    expect(parse(fixture)).toThrow(HookbenchError);
    expect(parse(fixture)).toThrow(message);
    expect(parse(fixture)).toThrow(/^guest\.json at /);
  });

  it('names a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hookbench-idloom-'));
    folders.push(dir);
    writeFileSync(join(dir, 'event.json'), JSON.stringify(minimal));
    expect(() => loadFixtures(dir)).toThrow(/guest\.json is missing: idloom needs one fixture per object \(event, guest\)/);
  });
});
