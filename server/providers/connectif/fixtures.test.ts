import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HookbenchError } from '../../errors.ts';
import { defaultFixturesFolder, loadFixtures } from './fixtures.ts';
import { sendEventKey } from './send-event-type.ts';

const shipped = defaultFixturesFolder;
const folders: string[] = [];
/** A copy of the shipped fixtures with some files replaced (null deletes one). */
function folderWith(files: Record<string, string | null>): string {
  const dir = mkdtempSync(join(tmpdir(), 'connectif-fixtures-'));
  folders.push(dir);
  for (const name of readdirSync(shipped)) copyFileSync(join(shipped, name), join(dir, name));
  for (const [name, text] of Object.entries(files)) {
    if (text === null) rmSync(join(dir, name));
    else writeFileSync(join(dir, name), text);
  }
  return dir;
}
const thrown = (dir: string) => {
  try {
    loadFixtures(dir);
  } catch (e) {
    return e;
  }
  return undefined;
};

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('connectif fixtures', () => {
  it('ship the three Email Integration templates and three send event types named after their files', () => {
    const fixtures = loadFixtures(defaultFixturesFolder);
    expect(Object.keys(fixtures.email).sort()).toEqual(['email.bounce', 'email.subscription', 'email.unsubscription']);
    expect(fixtures.sendEvents.map(sendEventKey)).toEqual(['send.carrito-abandonado', 'send.cupon-emitido', 'send.puntos-de-fidelidad']);
    expect(fixtures.email['email.bounce'].source).toMatch(/fixtures\/connectif\/email\.bounce\.json$/);
  });

  it.each([
    ['a send file whose name gives another key', { 'send.otro.json': JSON.stringify({ name: 'Cupón emitido', fields: [{ id: 'email', name: 'E', type: 'email', required: true, isPrimaryKey: true }] }) }, /send\.otro\.json at \$\.name: .*rename the file send\.cupon-emitido\.json/],
    ['a send event without a primary key', { 'send.x.json': JSON.stringify({ name: 'x', fields: [{ id: 'email', name: 'E', type: 'email' }] }) }, /send\.x\.json at \$\.fields: exactly one field/],
    ['a file that is no event', { 'purchase.json': '{}' }, /purchase\.json at \$: "purchase" is neither/],
    ['an email template without a description', { 'email.bounce.json': JSON.stringify({ payload: {} }) }, /email\.bounce\.json at \$\.description/],
    ['a missing email template', { 'email.bounce.json': null }, /missing email\.bounce\.json/],
    ['a file that is not JSON', { 'send.x.json': '{,' }, /send\.x\.json is not valid JSON/],
  ])('refuse %s with the file and JSON path', (_, files, message) => {
    const error = thrown(folderWith(files));
    expect(error).toBeInstanceOf(HookbenchError);
    expect((error as HookbenchError).message).toMatch(message);
  });
});
