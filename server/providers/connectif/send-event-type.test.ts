import { describe, expect, it } from 'vitest';
import { sendEventKey, sendEventTypeSchema } from './send-event-type.ts';

const email = { id: 'email', name: 'Email', type: 'email', required: true, isPrimaryKey: true };
const valid = { name: 'Pedido enviado', fields: [email, { id: 'transportista', name: 'Transportista', type: 'text' }] };
const issues = (input: unknown) => {
  const result = sendEventTypeSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('a custom send event type', () => {
  it('takes the CustomEventTypeCreation shape and fills the defaults', () => {
    const type = sendEventTypeSchema.parse(valid);
    expect(type.category).toBe('send');
    expect(type.webhookHeaders).toEqual([]);
    expect(type.fields[1]).toMatchObject({ required: false, isPrimaryKey: false });
  });

  it('is keyed send.<slug of its name>, accents and spaces folded', () => {
    expect(sendEventKey({ name: 'Cupón emitido' })).toBe('send.cupon-emitido');
    expect(sendEventKey({ name: '  Pedido   Enviado! ' })).toBe('send.pedido-enviado');
  });

  it.each([
    ['no primary key', { ...valid, fields: [{ ...email, isPrimaryKey: false }] }, /exactly one field must be the primary key/],
    ['two primary keys', { ...valid, fields: [email, { ...email, id: 'otro' }] }, /exactly one field must be the primary key.*found 2/],
    ['a primary key that is not an e-mail', { ...valid, fields: [{ ...email, type: 'text' }] }, /fields\.0\.type: .*must be "email"/],
    ['an optional e-mail primary key', { ...valid, fields: [{ ...email, required: false }] }, /fields\.0\.required: .*must be required/],
    ['a field id used twice', { ...valid, fields: [email, { id: 'email', name: 'Otro', type: 'text' }] }, /fields\.1\.id: field id "email" is used twice/],
    ['a field id with a dot', { ...valid, fields: [email, { id: 'a.b', name: 'x', type: 'text' }] }, /fields\.1\.id: .*--set path/],
    ['a select without options', { ...valid, fields: [email, { id: 's', name: 'S', type: 'select' }] }, /fields\.1\.options: a select field needs options/],
    ['options on a text field', { ...valid, fields: [email, { id: 't', name: 'T', type: 'text', options: [{ id: 'a', label: 'A' }] }] }, /only select fields have options/],
    ['a country code on a text field', { ...valid, fields: [email, { id: 't', name: 'T', type: 'text', defaultCountryCode: 'ES' }] }, /only phone fields/],
    ['an unknown field type', { ...valid, fields: [email, { id: 't', name: 'T', type: 'color' }] }, /fields\.1\.type/],
    ['a name without letters', { ...valid, name: '¡¿!' }, /name: the name needs letters or digits/],
    ['the category receive', { ...valid, category: 'receive' }, /category/],
    ['a static Content-Type header', { ...valid, webhookHeaders: [{ name: 'Content-Type', value: 'text/plain' }] }, /webhookHeaders\.0\.name: .*set by the HTTP client/],
    ['an unknown key', { ...valid, colour: 'red' }, /colour|Unrecognized/],
  ])('refuses %s, naming the path', (_, input, message) => {
    expect(issues(input).join('\n')).toMatch(message);
  });
});
