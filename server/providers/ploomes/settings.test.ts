import { describe, expect, it } from 'vitest';
import { webhookActionRows } from './ids.ts';
import { idTableOf, ploomesSettingsSchema } from './settings.ts';

describe('ploomes settings', () => {
  it('gives working defaults from an empty object, with the EntityId/ActionId table of the research', () => {
    const settings = ploomesSettingsSchema.parse({});
    expect(settings.userIds.length).toBeGreaterThan(0);
    expect(settings.old).toBe('changed');
    expect(settings.entityIds).toEqual({ Contacts: 1, Deals: 2, Orders: 4, Products: 7, Quotes: 8, Tasks: 12 });
    expect(settings.actionIds).toEqual({ Create: 1, Update: 2, Delete: 3, Win: 4, Lose: 5, Reopen: 6, Finish: 7 });
  });

  it('lets a user fix some ids and keeps the defaults for the rest', () => {
    const settings = ploomesSettingsSchema.parse({ actionIds: { Win: 5, Lose: 6, Reopen: 7, Finish: 8 }, entityIds: { Tasks: 13 } });
    expect(idTableOf(settings).actions).toMatchObject({ Create: 1, Update: 2, Delete: 3, Win: 5, Lose: 6, Reopen: 7, Finish: 8 });
    expect(idTableOf(settings).entities).toMatchObject({ Contacts: 1, Tasks: 13 });
  });

  it('serves the effective action table as GET /Webhooks@Actions rows', () => {
    const rows = webhookActionRows(idTableOf(ploomesSettingsSchema.parse({ actionIds: { Win: 5, Lose: 6, Reopen: 7, Finish: 8 } })));
    expect(rows).toContainEqual({ Id: 5, Name: 'Win' });
    expect(rows).toContainEqual({ Id: 8, Name: 'Finish' });
    expect(rows).toHaveLength(7);
  });

  it.each([
    [{ actionIds: { Win: 1 } }, 'actionIds.Win'],
    [{ entityIds: { Deal: 2 } }, 'entityIds'],
    [{ userIds: [] }, 'userIds'],
    [{ accountId: -1 }, 'accountId'],
    [{ acountId: 1 }, ''],
  ])('rejects %j at %s', (input, path) => {
    const result = ploomesSettingsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
