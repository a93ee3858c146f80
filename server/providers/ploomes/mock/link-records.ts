/**
 * @module Ties the generated records together, so a full sync sees one account: deals, quotes,
 * orders and tasks point at seeded contacts and deals (names follow the ids), order and quote lines
 * at seeded products, and contacts and deals at their latest deal, quote and order.
 */
import type { Faker } from '@faker-js/faker';
import type { JsonObject, JsonValue } from '../../../util/json.ts';
import type { PloomesEntity } from '../ids.ts';

export type EntityRecords = Record<PloomesEntity, JsonObject[]>;

/**
 * Rewrites the records in place; `faker` is seeded by the caller.
 * @example linkRecords(records, seededFaker({ locale: 'pt_BR', seed: 1, now }))
 */
export function linkRecords(records: EntityRecords, faker: Faker): void {
  const { Contacts: contacts, Deals: deals, Quotes: quotes, Orders: orders, Tasks: tasks, Products: products } = records;
  const pick = <T>(list: readonly T[]): T => faker.helpers.arrayElement(list as T[]);
  const companies = contacts.filter((c) => c.TypeId === 1);
  const people = contacts.filter((c) => c.TypeId === 2);
  const byId = new Map(contacts.map((c) => [c.Id, c]));

  for (const person of people) if (person.CompanyId !== null && companies.length > 0) person.CompanyId = pick(companies).Id ?? null;
  for (const deal of deals) {
    pointAt(deal, pick(contacts));
    const person = deal.PersonId === null || people.length === 0 ? undefined : pick(people);
    deal.PersonId = person?.Id ?? null;
    deal.PersonName = person?.Name ?? null;
  }
  for (const quote of quotes) {
    const deal = pick(deals);
    pointAt(quote, byId.get(deal.ContactId ?? null) ?? pick(contacts));
    quote.DealId = deal.Id ?? null;
    quote.PersonId = deal.PersonId ?? null;
    linkLines(quote, products, pick);
  }
  for (const order of orders) {
    const deal = order.DealId === null ? undefined : pick(deals);
    pointAt(order, (deal && byId.get(deal.ContactId ?? null)) ?? pick(contacts));
    order.DealId = deal?.Id ?? null;
    if (order.PersonId !== null && people.length > 0) {
      const person = byId.get(deal?.PersonId ?? null) ?? pick(people);
      order.PersonId = person.Id ?? null;
      order.PersonName = person.Name ?? null;
    }
    order.OriginQuoteId = latest(quotes, (q) => deal !== undefined && q.DealId === deal.Id)?.Id ?? null;
    linkLines(order, products, pick);
  }
  for (const task of tasks) {
    const deal = task.DealId === null ? undefined : pick(deals);
    pointAt(task, (deal && byId.get(deal.ContactId ?? null)) ?? pick(contacts));
    task.DealId = deal?.Id ?? null;
  }
  for (const contact of contacts) {
    contact.LastDealId = latest(deals, (d) => d.ContactId === contact.Id)?.Id ?? null;
    contact.LastOrderId = latest(orders, (o) => o.ContactId === contact.Id)?.Id ?? null;
  }
  for (const deal of deals) {
    deal.LastQuoteId = latest(quotes, (q) => q.DealId === deal.Id)?.Id ?? null;
    deal.LastOrderId = latest(orders, (o) => o.DealId === deal.Id)?.Id ?? null;
  }
}

/** Sets ContactId and ContactName, and carries the new name into texts that quoted the old one. */
function pointAt(record: JsonObject, contact: JsonObject): void {
  const before = record.ContactName;
  const after = contact.Name ?? null;
  for (const key of ['Title', 'Description']) {
    const text = record[key];
    if (typeof text === 'string' && typeof before === 'string' && typeof after === 'string') record[key] = text.split(before).join(after);
  }
  record.ContactId = contact.Id ?? null;
  record.ContactName = after;
}

function linkLines(record: JsonObject, products: readonly JsonObject[], pick: (list: readonly JsonObject[]) => JsonObject): void {
  if (!Array.isArray(record.Products) || products.length === 0) return;
  record.Products = record.Products.map((line: JsonValue) => {
    if (typeof line !== 'object' || line === null || Array.isArray(line)) return line;
    const product = pick(products);
    return { ...line, ProductId: product.Id ?? null, ProductName: product.Name ?? null };
  });
}

function latest(records: readonly JsonObject[], test: (r: JsonObject) => boolean): JsonObject | undefined {
  return records.filter(test).reduce<JsonObject | undefined>((max, r) => (max === undefined || Number(r.Id) > Number(max.Id) ? r : max), undefined);
}
