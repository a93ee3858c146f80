import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './migrations.ts';
import { createMockRepository } from './mock-repository.ts';

function repository() {
  const db = new Database(':memory:');
  migrate(db);
  const mocks = createMockRepository(db);
  mocks.seed('ploomes', { Contacts: [{ id: '1', record: { Id: 1, Name: 'a' } }] });
  mocks.seed('hubspot', { contacts: [{ id: '9', record: { id: '9' } }] });
  return { db, mocks };
}

/** A memo whose build counts its calls and answers the collection as it stands. */
function counted(mocks: ReturnType<typeof repository>['mocks'], provider: string, collection: string) {
  let builds = 0;
  const read = () => mocks.records(provider).memo(`list ${collection}`, () => (builds++, JSON.stringify(mocks.records(provider).all(collection))));
  return { read, builds: () => builds };
}

describe('mock records: memo', () => {
  it('keeps an answer until a put, delete, seed or reset of that provider, and no longer', () => {
    const { mocks } = repository();
    const contacts = counted(mocks, 'ploomes', 'Contacts');
    expect(contacts.read()).toBe('[{"Id":1,"Name":"a"}]');
    expect(contacts.read()).toBe('[{"Id":1,"Name":"a"}]');
    expect(contacts.builds()).toBe(1);

    mocks.records('ploomes').put('Contacts', '1', { Id: 1, Name: 'b' });
    expect(contacts.read()).toBe('[{"Id":1,"Name":"b"}]');
    mocks.records('ploomes').delete('Contacts', '1');
    expect(contacts.read()).toBe('[]');
    mocks.seed('ploomes', { Contacts: [{ id: '2', record: { Id: 2 } }] });
    expect(contacts.read()).toBe('[{"Id":2}]');
    mocks.reset('ploomes');
    expect(contacts.read()).toBe('[]');
    expect(contacts.builds()).toBe(5);
  });

  it("is not moved by another provider's writes", () => {
    const { mocks } = repository();
    const contacts = counted(mocks, 'ploomes', 'Contacts');
    contacts.read();
    mocks.records('hubspot').put('contacts', '10', { id: '10' });
    contacts.read();
    expect(contacts.builds()).toBe(1);
  });

  it('keeps nothing built inside an open transaction, which a failed commit could take back', () => {
    const { db, mocks } = repository();
    const contacts = counted(mocks, 'ploomes', 'Contacts');
    db.exec('BEGIN');
    mocks.records('ploomes').put('Contacts', '1', { Id: 1, Name: 'uncommitted' });
    expect(contacts.read()).toBe('[{"Id":1,"Name":"uncommitted"}]');
    db.exec('ROLLBACK');
    expect(contacts.read()).toBe('[{"Id":1,"Name":"a"}]');
    expect(contacts.read()).toBe('[{"Id":1,"Name":"a"}]');
    expect(contacts.builds()).toBe(2);
  });
});
