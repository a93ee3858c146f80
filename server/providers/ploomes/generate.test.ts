import { isValid as isValidCnpj } from '@fnando/cnpj';
import { isValid as isValidCpf } from '@fnando/cpf';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HookbenchError } from '../../errors.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../util/json.ts';
import { ploomes } from './index.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const nowInSaoPaulo = '2026-01-01T09:00:00'; // UTC−3, whole second: no fraction
const settings = ploomes.settings.parse({});
const events = Object.keys(ploomes.catalogue);
const seeds = [1, 2, 3, 42, 2024];
const generate = (event: string, seed: number, extra: { set?: Record<string, JsonValue>; settings?: unknown } = {}) =>
  ploomes.generate(event, { seed, now, set: extra.set ?? {}, settings: ploomes.settings.parse(extra.settings ?? {}) });

const envelopeKeys = ['Action', 'Entity', 'AccountId', 'ActionUserId', 'WebhookId', 'WebhookCreatorId', 'New', 'Old'];
// .NET style, São Paulo local: no offset, 1–3 fraction digits without a trailing zero, or none.
const dotNetDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{0,2}[1-9])?$/;
const dateText = z.string().regex(dotNetDate);
const ploomesId = z.number().int().min(1);
const record = z.looseObject({ Id: ploomesId, LastUpdateDate: dateText });
const envelope = z.strictObject({
  Action: z.enum(['Create', 'Update', 'Delete', 'Win', 'Lose', 'Reopen', 'Finish']),
  Entity: z.enum(['Contacts', 'Deals', 'Orders', 'Products', 'Quotes', 'Tasks']),
  AccountId: ploomesId,
  ActionUserId: ploomesId,
  WebhookId: ploomesId,
  WebhookCreatorId: ploomesId,
  New: record.nullable(),
  Old: z.looseObject({ Id: ploomesId }).nullable(),
});
type Envelope = z.infer<typeof envelope>;

/** Every [key, value] pair anywhere inside a value. */
function* entries(value: JsonValue, key = ''): Generator<[string, JsonValue]> {
  yield [key, value];
  if (Array.isArray(value)) for (const item of value) yield* entries(item, key);
  else if (isJsonObject(value)) for (const [k, v] of Object.entries(value)) yield* entries(v, k);
}
/** Milliseconds of a São Paulo local date, computed without the code under test. */
const localMs = (text: string) => {
  const [whole = '', fraction = ''] = text.split('.');
  return Date.parse(`${whole}.${fraction.padEnd(3, '0')}-03:00`);
};
const json = (v: unknown) => JSON.stringify(v);

describe.each(events)('%s', (event) => {
  const [entity, action] = event.split('.');

  it.each(seeds)('generates a valid Ploomes envelope for seed %i', (seed) => {
    const { payload } = generate(event, seed);
    expect(Object.keys(payload as JsonObject)).toEqual(envelopeKeys);
    const body: Envelope = envelope.parse(payload);
    expect(body.Entity).toBe(entity);
    expect(body.Action).toBe(action);
    expect(body.AccountId).toBe(settings.accountId);
    expect(body.WebhookCreatorId).toBe(settings.webhookCreatorId);
    expect(settings.userIds).toContain(body.ActionUserId);
  });

  it.each(seeds)('keeps Old to what the action changed (seed %i)', (seed) => {
    const body = envelope.parse(generate(event, seed).payload);
    if (action === 'Create') {
      expect(body.Old).toBeNull();
      expect(body.New?.CreateDate).toBe(nowInSaoPaulo);
      expect(body.New?.LastUpdateDate).toBe(nowInSaoPaulo);
      if ('CreatorId' in (body.New ?? {})) expect(body.New?.CreatorId).toBe(body.ActionUserId);
      return;
    }
    if (action === 'Delete') {
      expect(body.New).toBeNull();
      const old = record.parse(body.Old);
      expect(Object.keys(old).length).toBeGreaterThan(10);
      expect(localMs(old.LastUpdateDate)).toBeLessThan(now.getTime());
      return;
    }
    const after = record.parse(body.New);
    const before = record.parse(body.Old);
    expect(before.Id).toBe(after.Id);
    expect(after.LastUpdateDate).toBe(nowInSaoPaulo);
    expect(localMs(before.LastUpdateDate)).toBeLessThan(localMs(after.LastUpdateDate));
    if ('UpdaterId' in after) expect(after.UpdaterId).toBe(body.ActionUserId);
    for (const key of Object.keys(before).filter((k) => k !== 'Id')) {
      expect(Object.keys(after), `Old.${key} is a field of New`).toContain(key);
      expect(json(before[key]), `Old.${key} changed`).not.toBe(json(after[key]));
    }
    if (action === 'Update') {
      const changed = Object.keys(before).filter((k) => !['Id', 'LastUpdateDate', 'UpdaterId'].includes(k));
      expect(changed.length).toBeGreaterThanOrEqual(1);
      expect(changed.length).toBeLessThanOrEqual(3);
    }
  });

  it.each(seeds)('writes dates the .NET way, in São Paulo local time, never after the event (seed %i)', (seed) => {
    const { payload } = generate(event, seed);
    const body = envelope.parse(payload);
    for (const [key, value] of entries(payload)) {
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) expect(value, key).toMatch(dotNetDate);
    }
    for (const state of [body.New, body.Old]) {
      if (!state) continue;
      for (const key of ['CreateDate', 'StartDate', 'FinishDate', 'Date', 'LastUpdateDate']) {
        const value = state[key];
        if (typeof value === 'string') expect(localMs(value), key).toBeLessThanOrEqual(now.getTime());
      }
      if (typeof state.CreateDate === 'string' && typeof state.LastUpdateDate === 'string') {
        expect(localMs(state.CreateDate)).toBeLessThanOrEqual(localMs(state.LastUpdateDate));
      }
    }
  });

  it.each(seeds)('uses Brazilian phones, CEPs, BRL amounts and a FieldKey map of custom fields (seed %i)', (seed) => {
    const { payload } = generate(event, seed);
    for (const [key, value] of entries(payload)) {
      if (key === 'Phones' && Array.isArray(value)) {
        for (const phone of value) {
          expect(phone).toMatchObject({ CountryId: 76 });
          expect((phone as JsonObject).PhoneNumber).toMatch(/^\((1[1-9]|2[12478]|3[1-578]|4[1-9]|5[1345]|6[1-9]|7[134579]|8[1-9]|9[1-9])\) (9\d{4}|[2-5]\d{3})-\d{4}$/);
        }
      }
      if (key === 'ZipCode') expect(value).toMatch(/^\d{5}-\d{3}$/);
      if (key === 'CountryId') expect(value).toBe(76);
      if (key === 'CurrencyId' || key === 'StartCurrencyId') expect(value).toBe(1);
      if (['Amount', 'StartAmount', 'UnitPrice', 'Total', 'FreightCost'].includes(key)) {
        expect(typeof value, key).toBe('number');
        expect(String(value), key).toMatch(/^\d+(\.\d{1,2})?$/);
      }
      if (key === 'OtherProperties' && value !== null) {
        expect(isJsonObject(value)).toBe(true);
        for (const [fieldKey, fieldValue] of Object.entries(value as JsonObject)) {
          expect(fieldKey).toMatch(/^(contact|deal|order|quote|product)_[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
          expect(isJsonObject(fieldValue) || Array.isArray(fieldValue)).toBe(false);
        }
      }
    }
  });

  it('gives the same bytes for the same seed, now and set, even with other events generated in between', () => {
    const set = { 'New.Note': 'x' };
    const first = JSON.stringify(generate(event, 99, { set }));
    generate('Deals.Win', 5);
    generate('Contacts.Create', 99);
    expect(JSON.stringify(generate(event, 99, { set }))).toBe(first);
  });

  it('gives other data for other seeds', () => {
    const bodies = new Set(seeds.map((seed) => JSON.stringify(generate(event, seed).payload)));
    expect(bodies.size).toBe(seeds.length);
  });

  it('names the event by the dedupe key AccountId:Entity:Id:Action:LastUpdateDate', () => {
    const { eventId, payload } = generate(event, 7);
    const body = envelope.parse(payload);
    const state = body.New ?? record.parse(body.Old);
    expect(eventId).toBe(`ploomes:${body.AccountId}:${entity}:${state.Id}:${action}:${state.LastUpdateDate}`);
  });
});

describe('ploomes generate, across events', () => {
  it('gives every event its own WebhookId: one webhook per Entity × Action', () => {
    const ids = events.map((e) => envelope.parse(generate(e, 1).payload).WebhookId);
    expect(new Set(ids).size).toBe(events.length);
    for (const id of ids) expect(id - settings.webhookIdBase).toBeLessThan(events.length);
  });

  it('shows the same record in every action of an entity for one seed', () => {
    const created = envelope.parse(generate('Deals.Create', 11).payload).New;
    const won = envelope.parse(generate('Deals.Win', 11).payload).New;
    expect(won?.Id).toBe(created?.Id);
    expect(won?.Title).toBe(created?.Title);
  });

  it('makes contacts with valid CPF (people) or CNPJ (companies), agreeing with TypeId', () => {
    const types = new Set<JsonValue>();
    for (let seed = 0; seed < 150; seed++) {
      const contact = record.parse(envelope.parse(generate('Contacts.Create', seed).payload).New);
      types.add(contact.TypeId as JsonValue);
      if (contact.TypeId === 1) {
        expect(isValidCnpj(String(contact.CNPJ)), String(contact.CNPJ)).toBe(true);
        expect(contact.CNPJ).toMatch(/^\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}$/);
        expect(contact.CPF).toBeNull();
      } else {
        expect(contact.TypeId).toBe(2);
        expect(isValidCpf(String(contact.CPF)), String(contact.CPF)).toBe(true);
        expect(contact.CPF).toMatch(/^\d{3}\.\d{3}\.\d{3}-\d{2}$/);
        expect(contact.CNPJ).toBeNull();
      }
    }
    expect([...types].sort()).toEqual([1, 2]);
  });

  it('adds up order and quote lines: Total per line, Amount less the discount', () => {
    for (const event of ['Orders.Create', 'Quotes.Create']) {
      for (const seed of seeds) {
        const doc = record.parse(envelope.parse(generate(event, seed).payload).New);
        const lines = z.array(z.object({ Quantity: z.number(), UnitPrice: z.number(), Discount: z.number(), Total: z.number() })).parse(doc.Products);
        for (const l of lines) expect(Math.abs(l.Total - l.Quantity * l.UnitPrice * (1 - l.Discount / 100))).toBeLessThanOrEqual(0.005 + 1e-9);
        const subtotal = lines.reduce((sum, l) => sum + l.Total, 0);
        // Rounded to the cent, half a cent either way at most.
        expect(Math.abs(Number(doc.Amount) - subtotal * (1 - Number(doc.Discount) / 100))).toBeLessThanOrEqual(0.005 + 1e-9);
      }
    }
  });

  it.each([
    ['Deals.Win', { StatusId: 1 }, { StatusId: 2 }],
    ['Deals.Lose', { StatusId: 1, LossReasonId: null }, { StatusId: 3 }],
    ['Tasks.Finish', { Finished: false, FinisherId: null, FinishDate: null }, { Finished: true, FinishDate: nowInSaoPaulo }],
  ])('%s moves the record from %j to %j', (event, old, after) => {
    for (const seed of seeds) {
      const body = envelope.parse(generate(event, seed).payload);
      expect(body.Old).toMatchObject(old);
      expect(body.New).toMatchObject(after);
    }
  });

  it('loses a deal with a loss reason and finishes a task as the acting user', () => {
    expect(envelope.parse(generate('Deals.Lose', 1).payload).New?.LossReasonId).toEqual(expect.any(Number));
    const finished = envelope.parse(generate('Tasks.Finish', 1).payload);
    expect(finished.New?.FinisherId).toBe(finished.ActionUserId);
  });

  it('reopens won or lost deals', () => {
    const previous = new Set<unknown>();
    for (let seed = 0; seed < 30; seed++) {
      const body = envelope.parse(generate('Deals.Reopen', seed).payload);
      previous.add(body.Old?.StatusId);
      expect(body.New).toMatchObject({ StatusId: 1, FinishDate: null, LossReasonId: null });
      expect(body.Old?.FinishDate).toEqual(expect.any(String));
    }
    expect([...previous].sort()).toEqual([2, 3]);
  });

  it('draws user ids from the settings and stamps the account from them', () => {
    const custom = { accountId: 777, webhookCreatorId: 888, userIds: [4242], webhookIdBase: 1000 };
    const { payload } = generate('Deals.Update', 3, { settings: custom });
    const body = envelope.parse(payload);
    expect(body).toMatchObject({ AccountId: 777, WebhookCreatorId: 888, ActionUserId: 4242 });
    expect(body.WebhookId).toBe(1000 + events.indexOf('Deals.Update'));
    for (const [key, value] of entries(payload)) {
      if (['OwnerId', 'CreatorId', 'UpdaterId', 'UserId'].includes(key) && value !== null) expect(value, key).toBe(4242);
    }
  });

  it('sends the whole previous record as Old when settings say old: full', () => {
    // The raw payload: parsing with zod would move the schema's keys first.
    const body = generate('Contacts.Update', 3, { settings: { old: 'full' } }).payload as { New: JsonObject; Old: JsonObject };
    expect(Object.keys(body.Old)).toEqual(Object.keys(body.New));
    expect(body.Old.LastUpdateDate).not.toBe(body.New.LastUpdateDate);
  });

  it('refuses an unknown event with UNKNOWN_EVENT naming the known ones', () => {
    const run = () => generate('Deals.Explode', 1);
    expect(run).toThrow(HookbenchError);
    expect(run).toThrow(/unknown event "Deals.Explode" for ploomes; known: Contacts.Create/);
  });
});
