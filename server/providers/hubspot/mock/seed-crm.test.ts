import { describe, expect, it } from 'vitest';
import { hubspotSettingsSchema } from '../settings.ts';
import { crmObjectTypes } from './crm-object-types.ts';
import { asCrmRecord } from './crm-record.ts';
import { seedCrm } from './seed-crm.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const settings = hubspotSettingsSchema.parse({});
const data = seedCrm({ seed: 1, now, settings });
const records = (name: string) => (data[name] ?? []).map(asCrmRecord);

describe('hubspot mock data set', () => {
  it('gives the same records for the same seed, and others for another seed', () => {
    expect(JSON.stringify(seedCrm({ seed: 1, now, settings }))).toBe(JSON.stringify(data));
    expect(records('contacts')[0]).not.toEqual(asCrmRecord(seedCrm({ seed: 2, now, settings }).contacts![0]!));
  });

  it.each(crmObjectTypes.map((t) => [t.name, t] as const))('seeds %s with string ids in increasing order, created in the past year', (name, type) => {
    const list = records(name);
    expect(list).toHaveLength(type.seedCount);
    const ids = list.map((r) => Number(r.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    for (const r of list) {
      expect(r.id).toMatch(/^\d{8,11}$/);
      expect(r.properties).toMatchObject({ hs_object_id: r.id, createdate: r.createdAt, [type.lastModified]: r.updatedAt });
      expect(Date.parse(r.createdAt)).toBeGreaterThan(now.getTime() - 366 * 86_400_000);
      expect(Date.parse(r.updatedAt)).toBeLessThanOrEqual(now.getTime());
      expect(Object.values(r.properties).every((v) => typeof v === 'string')).toBe(true);
    }
  });

  it('fills the fixtures’ properties: every property a webhook can report has a value', () => {
    expect(Object.keys(records('contacts')[0]!.properties)).toEqual(expect.arrayContaining(['email', 'firstname', 'lastname', 'phone', 'lifecyclestage', 'hs_lead_status', 'hubspot_owner_id']));
    expect(Object.keys(records('deals')[0]!.properties)).toEqual(expect.arrayContaining(['dealname', 'amount', 'dealstage', 'pipeline', 'closedate']));
    expect(records('deals')[0]!.properties.closedate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/);
  });

  it('keeps the data set consistent: unique contact e-mails at a seeded company, line items of seeded products', () => {
    const emails = records('contacts').map((c) => c.properties.email);
    expect(new Set(emails).size).toBe(emails.length);
    const companies = new Set(records('companies').map((c) => c.properties.name));
    expect(records('contacts').every((c) => companies.has(c.properties.company))).toBe(true);
    const products = new Map(records('products').map((p) => [p.id, p.properties.name]));
    expect(records('line_items').every((l) => products.get(l.properties.hs_product_id ?? '') === l.properties.name)).toBe(true);
  });
});
