import { describe, expect, it } from 'vitest';
import { ploomes } from './index.ts';

describe('ploomes encode', () => {
  it('POSTs the compact JSON body to the target as UTF-8 JSON', () => {
    const request = ploomes.encode({
      event: 'Contacts.Update',
      eventId: 'ploomes:1:Contacts:2:Update:x',
      payload: { Action: 'Update', Entity: 'Contacts', New: { Id: 2, Name: 'Ação Ltda.' }, Old: null },
      target: 'http://127.0.0.1:3000/webhooks/ploomes?x=1',
      attempt: 2,
      settings: ploomes.settings.parse({}),
    });
    expect(request).toEqual({
      method: 'POST',
      url: 'http://127.0.0.1:3000/webhooks/ploomes?x=1',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: '{"Action":"Update","Entity":"Contacts","New":{"Id":2,"Name":"Ação Ltda."},"Old":null}',
    });
  });
});
