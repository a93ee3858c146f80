import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HookbenchError } from '../../errors.ts';
import { listEvents } from './catalogue.ts';
import { loadFixtures } from './fixtures.ts';
import { generateParallelEvent } from './generate.ts';
import { parallelSettingsSchema } from './settings.ts';

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

function folderWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hookbench-parallel-'));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

const minimal = {
  vars: { user: '{{parallel.userId}}' },
  events: { PROFILE_CLOSED: { description: 'A user closed the profile', shape: 'research', data: { userId: '{{var.user}}' } } },
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

describe('parallel fixtures', () => {
  it('loads a minimal file and generates from it', () => {
    const events = listEvents(loadFixtures(folderWith({ 'Profile.json': minimal })));
    expect(events.map((e) => e.type)).toEqual(['PROFILE_CLOSED']);
    const { payload } = generateParallelEvent(new Map(events.map((e) => [e.type, e])), 'PROFILE_CLOSED', {
      seed: 1,
      now: new Date('2026-01-01T00:00:00.000Z'),
      set: {},
      settings: parallelSettingsSchema.parse({ userIds: [17] }),
    });
    expect(payload).toMatchObject({ type: 'PROFILE_CLOSED', data: { userId: '4EpJtbARxz' }, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it.each([
    ['a file not named after a subscription kind', { 'Profiles.json': minimal }, /Profiles\.json: name the file after a subscription kind: Profile\.json or Petition\.json/],
    ['an event of the other kind', { 'Petition.json': minimal }, /Petition\.json at \$\.events\.PROFILE_CLOSED: "PROFILE_CLOSED" is not a Parallel petition event type/],
    ['a misspelt event type', { 'Profile.json': { events: { PROFILE_CLOSE: minimal.events.PROFILE_CLOSED } } }, /is not a Parallel profile event type/],
    ['an unknown shape label', { 'Profile.json': { events: { PROFILE_CLOSED: { ...minimal.events.PROFILE_CLOSED, shape: 'guess' } } } }, /at \$\.events\.PROFILE_CLOSED\.shape/],
    ['a "$oneOf" next to other keys', { 'Profile.json': { events: { PROFILE_CLOSED: { ...minimal.events.PROFILE_CLOSED, data: { $oneOf: [{}], userId: 1 } } } } }, /\$oneOf" must be the only key/],
    ['text that is not JSON', { 'Profile.json': '{"events":' }, /Profile\.json is not valid JSON/],
  ])('refuses %s, naming the file and path', (_, files, message) => {
    expect(loadError(files).message).toMatch(message);
  });

  it('reports a template error with the file, the event and the path', () => {
    const broken = { events: { PROFILE_CLOSED: { ...minimal.events.PROFILE_CLOSED, data: { userId: '{{parallel.field("nope")}}' } } } };
    const events = listEvents(loadFixtures(folderWith({ 'Profile.json': broken })));
    const generate = () =>
      generateParallelEvent(new Map(events.map((e) => [e.type, e])), 'PROFILE_CLOSED', { seed: 1, now: new Date(), set: {}, settings: parallelSettingsSchema.parse({}) });
    expect(generate).toThrow(/Profile\.json \(PROFILE_CLOSED\) at \$\.data\.userId: .*parallel\.field: "nope" is not a valid argument/);
  });
});
