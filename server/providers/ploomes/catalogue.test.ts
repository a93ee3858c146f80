import { describe, expect, it } from 'vitest';
import { ploomes } from './index.ts';

// Every Entity × Action pair of ../shared/providers/ploomes-hubspot.md §1.2.
const expected = [
  ...['Contacts', 'Deals', 'Orders', 'Products', 'Quotes', 'Tasks'].flatMap((e) => ['Create', 'Update', 'Delete'].map((a) => `${e}.${a}`)),
  'Deals.Win',
  'Deals.Lose',
  'Deals.Reopen',
  'Tasks.Finish',
];

describe('ploomes catalogue', () => {
  it('has exactly the 22 documented Entity.Action events', () => {
    expect(Object.keys(ploomes.catalogue).sort()).toEqual([...expected].sort());
  });

  it.each(Object.entries(ploomes.catalogue))('describes %s in one line, grouped by its entity, with its ids', (name, spec) => {
    const [entity, action] = name.split('.');
    expect(spec.group).toBe(entity);
    expect(spec.description).toMatch(/^[^\n]{10,120}$/);
    expect(spec.meta).toEqual({
      entityId: ploomes.settings.parse({}).entityIds[entity as 'Deals'],
      actionId: ploomes.settings.parse({}).actionIds[action as 'Win'],
    });
  });

  it('gives Deals.Win the ids confirmed via GET /Webhooks@Actions (EntityId 2, ActionId 4)', () => {
    expect(ploomes.catalogue['Deals.Win']?.meta).toEqual({ entityId: 2, actionId: 4 });
    expect(ploomes.catalogue['Contacts.Update']?.meta).toEqual({ entityId: 1, actionId: 2 });
  });
});
