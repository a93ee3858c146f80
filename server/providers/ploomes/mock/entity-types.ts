/**
 * @module The REST entity sets the mock serves and their navigation properties: arrays a record
 * holds (`Phones`, `OtherProperties`, order `Products`) and links to other sets (`Contact` by
 * `ContactId`). Navigation properties appear in a response only when `$expand`ed, as in OData.
 */
import { ploomesEntities, type PloomesEntity } from '../ids.ts';

/** A set the mock keeps in its store: the webhook entities plus the account's users. */
export const storedSets = [...ploomesEntities, 'Users'] as const;
export type StoredSet = (typeof storedSets)[number];

export type Navigation =
  /** An array inside the record; its items may link further (`Products($expand=Product)`). */
  | { kind: 'many'; itemLinks?: Readonly<Record<string, Link>> }
  | ({ kind: 'one' } & Link);

export interface Link {
  set: StoredSet;
  /** The record's property holding the linked record's Id. */
  key: string;
}

const one = (set: StoredSet, key: string): Navigation => ({ kind: 'one', set, key });
const many = (itemLinks?: Record<string, Link>): Navigation => (itemLinks ? { kind: 'many', itemLinks } : { kind: 'many' });
const user = { User: { set: 'Users', key: 'UserId' } } as const;
const product = { Product: { set: 'Products', key: 'ProductId' } } as const;

export const navigations: Readonly<Record<StoredSet, Readonly<Record<string, Navigation>>>> = {
  Contacts: { Phones: many(), OtherProperties: many(), Company: one('Contacts', 'CompanyId'), Owner: one('Users', 'OwnerId') },
  Deals: {
    OtherProperties: many(),
    CollaboratingUsers: many(user),
    Contact: one('Contacts', 'ContactId'),
    Person: one('Contacts', 'PersonId'),
    Owner: one('Users', 'OwnerId'),
  },
  Orders: {
    Products: many(product),
    OtherProperties: many(),
    Contact: one('Contacts', 'ContactId'),
    Person: one('Contacts', 'PersonId'),
    Deal: one('Deals', 'DealId'),
    Owner: one('Users', 'OwnerId'),
  },
  Products: { OtherProperties: many() },
  Quotes: {
    Products: many(product),
    OtherProperties: many(),
    Contact: one('Contacts', 'ContactId'),
    Person: one('Contacts', 'PersonId'),
    Deal: one('Deals', 'DealId'),
    Owner: one('Users', 'OwnerId'),
  },
  Tasks: { Users: many(user), Contact: one('Contacts', 'ContactId'), Deal: one('Deals', 'DealId') },
  Users: {},
};

export const isStoredSet = (name: string): name is StoredSet => (storedSets as readonly string[]).includes(name);
export const isEntitySet = (name: string): name is PloomesEntity => (ploomesEntities as readonly string[]).includes(name);

/** The OData type name in messages ("on type 'Contact'"): the set's singular. */
export const typeNameOf = (set: string): string => set.replace(/s$/, '');
