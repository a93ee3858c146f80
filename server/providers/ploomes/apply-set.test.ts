import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../../util/json.ts';
import { ploomes } from './index.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const settings = ploomes.settings.parse({});
type Body = { New: JsonObject | null; Old: JsonObject | null };
const generate = (event: string, set: Record<string, JsonValue> = {}, seed = 5) => ploomes.generate(event, { seed, now, set, settings });
const body = (event: string, set: Record<string, JsonValue> = {}, seed = 5) => generate(event, set, seed).payload as Body;

describe('ploomes set overrides', () => {
  it('writes the value into the payload', () => {
    expect(body('Deals.Create', { 'New.Title': 'Negócio ACME' }).New?.Title).toBe('Negócio ACME');
  });

  it('records the generated value in Old when an update sets a field Old did not list', () => {
    const plain = body('Contacts.Update');
    expect(plain.Old).not.toHaveProperty('Website');
    const changed = body('Contacts.Update', { 'New.Website': 'https://acme.com.br' });
    expect(changed.New?.Website).toBe('https://acme.com.br');
    expect(changed.Old?.Website).toEqual(plain.New?.Website);
  });

  it('keeps Old in the order of New', () => {
    const changed = body('Deals.Win', { 'New.Title': 'Outro título', 'New.Amount': 1.5 });
    const order = Object.keys(changed.New ?? {});
    const oldKeys = Object.keys(changed.Old ?? {});
    expect(oldKeys).toEqual([...oldKeys].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(changed.Old).toHaveProperty('Title');
    expect(changed.Old).toHaveProperty('Amount');
  });

  it('records the whole field when a nested path is set', () => {
    const seed = [1, 2, 3, 4, 5, 6, 7, 8].find((s) => !('Phones' in (body('Contacts.Update', {}, s).Old ?? {}))) ?? 0;
    const plain = body('Contacts.Update', {}, seed);
    const changed = body('Contacts.Update', { 'New.Phones.0.PhoneNumber': '(11) 91234-5678' }, seed);
    expect((changed.New?.Phones as JsonObject[])[0]?.PhoneNumber).toBe('(11) 91234-5678');
    expect(changed.Old?.Phones).toEqual(plain.New?.Phones);
  });

  it('leaves Old alone when the user sets the Old side too', () => {
    const changed = body('Contacts.Update', { 'New.Website': 'https://a.com.br', 'Old.Website': 'https://b.com.br' });
    expect(changed.Old?.Website).toBe('https://b.com.br');
  });

  it('does not list a field whose set value equals the generated one', () => {
    const plain = body('Tasks.Finish');
    const same = body('Tasks.Finish', { 'New.Title': plain.New?.Title ?? null });
    expect(same.Old).toEqual(plain.Old);
  });

  it('keeps a field Old already lists with its generated earlier value', () => {
    const plain = body('Deals.Win');
    const changed = body('Deals.Win', { 'New.StatusId': 9 });
    expect(changed.Old?.StatusId).toBe(plain.Old?.StatusId);
  });

  it('does no bookkeeping on Create (Old stays null) or Delete', () => {
    expect(body('Contacts.Create', { 'New.Name': 'ACME' }).Old).toBeNull();
    const deleted = body('Deals.Delete', { 'Old.Title': 'Apagado' });
    expect(deleted.New).toBeNull();
    expect(deleted.Old?.Title).toBe('Apagado');
  });

  it('derives the event id from the overridden payload', () => {
    const { eventId } = generate('Deals.Update', { 'New.LastUpdateDate': '2026-01-01T08:59:59.5', 'New.Id': 123 });
    expect(eventId).toBe(`ploomes:${settings.accountId}:Deals:123:Update:2026-01-01T08:59:59.5`);
  });
});
