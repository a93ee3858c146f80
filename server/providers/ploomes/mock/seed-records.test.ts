import { describe, expect, it } from 'vitest';
import { fixedDataClock } from '../../../generate/fixed-clock.ts';
import { ploomesSettingsSchema } from '../settings.ts';
import { seedCounts, seedRecords } from './seed-records.ts';

const settings = ploomesSettingsSchema.parse({});
const data = seedRecords({ seed: 1, now: fixedDataClock, settings });
const ids = (set: keyof typeof data) => new Set(data[set].map((r) => r.Id));

describe('Ploomes mock data set', () => {
  it('has the planned number of records per entity, with distinct Ids in ascending order', () => {
    for (const [entity, count] of Object.entries(seedCounts)) {
      const list = data[entity as keyof typeof seedCounts].map((r) => r.Id as number);
      expect(list, entity).toHaveLength(count);
      expect(new Set(list).size, entity).toBe(count);
      expect([...list].sort((a, b) => a - b), entity).toEqual(list);
    }
  });

  it('is the same for the same seed, and another for another seed', () => {
    expect(seedRecords({ seed: 1, now: fixedDataClock, settings })).toEqual(data);
    expect(seedRecords({ seed: 2, now: fixedDataClock, settings }).Contacts[0]).not.toEqual(data.Contacts[0]);
  });

  it('points deals, quotes, orders and tasks at seeded contacts and deals, with matching names', () => {
    const contacts = new Map(data.Contacts.map((c) => [c.Id, c]));
    for (const set of ['Deals', 'Quotes', 'Orders', 'Tasks'] as const) {
      for (const record of data[set]) {
        expect(contacts.get(record.ContactId)?.Name, `${set} ${record.Id}`).toBe(record.ContactName);
        if (record.DealId !== undefined && record.DealId !== null) expect(ids('Deals').has(record.DealId), `${set} ${record.Id}`).toBe(true);
      }
    }
    const products = ids('Products');
    for (const order of data.Orders) for (const line of order.Products as { ProductId: number }[]) expect(products.has(line.ProductId)).toBe(true);
    for (const contact of data.Contacts) if (contact.CompanyId !== null) expect(contacts.get(contact.CompanyId)?.TypeId).toBe(1);
  });

  it('serves REST records: dates with offset, custom fields as typed items, documented fields present', () => {
    const [contact] = data.Contacts;
    expect(contact?.CreateDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?-03:00$/);
    expect(contact?.OtherProperties).toContainEqual({ FieldKey: 'contact_D68A5AD6-BFFD-4903-9F5F-761B5A78C77F', BoolValue: expect.any(Boolean) });
    expect(contact).toHaveProperty('Birthday', null);
    expect(data.Deals[0]).toHaveProperty('Editable', true);
  });

  it("lists the account's users, the API user among them", () => {
    expect(data.Users.map((u) => u.Id)).toEqual(expect.arrayContaining([...settings.userIds, settings.webhookCreatorId]));
  });
});
