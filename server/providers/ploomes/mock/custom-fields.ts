/**
 * @module The fictional account's custom fields (the FieldKeys of fixtures/ploomes/*.json), with the
 * typed value each one uses in the REST form of `OtherProperties` (`{FieldKey, DecimalValue: 10.5}`).
 * Names are ours: Ploomes serves a real account's under `GET /Fields`.
 */
import type { JsonValue } from '../../../util/json.ts';
import type { PloomesEntity } from '../ids.ts';

/** The typed value keys of a REST `OtherProperties` item (research §1.6). */
export const typedValueKeys = [
  'StringValue', 'BigStringValue', 'IntegerValue', 'DecimalValue', 'DateTimeValue', 'BoolValue',
  'ObjectValueId', 'UserValueId', 'ContactValueId', 'ProductValueId', 'AttachmentValueId',
] as const;
export type TypedValueKey = (typeof typedValueKeys)[number];

export interface CustomField {
  Id: number;
  Key: string;
  Name: string;
  entity: PloomesEntity;
  valueKey: TypedValueKey;
}

const field = (Id: number, entity: PloomesEntity, Key: string, Name: string, valueKey: TypedValueKey): CustomField => ({ Id, Key, Name, entity, valueKey });

export const customFields: readonly CustomField[] = [
  field(50010001, 'Contacts', 'contact_1DD587F5-9D93-412B-B2C3-8DA668CD5B76', 'Segmento', 'ObjectValueId'),
  field(50010002, 'Contacts', 'contact_9FF50494-F272-417D-B957-4AB8A17373A4', 'Faturamento anual', 'DecimalValue'),
  field(50010003, 'Contacts', 'contact_D68A5AD6-BFFD-4903-9F5F-761B5A78C77F', 'Aceita newsletter', 'BoolValue'),
  field(50010004, 'Contacts', 'contact_9332BF6E-3ABE-46BD-9675-3FEDBCDFEA84', 'Código no ERP', 'StringValue'),
  field(50010011, 'Deals', 'deal_BE03A173-00F3-45CF-A0F0-3E924A034A40', 'Temperatura', 'ObjectValueId'),
  field(50010012, 'Deals', 'deal_E9A35016-ECB9-46ED-98E3-6D0056C82FAC', 'Previsão de fechamento', 'DateTimeValue'),
  field(50010013, 'Deals', 'deal_BAA72E98-2F07-4ACD-AE4E-B58FF8F988FB', 'Reunião realizada', 'BoolValue'),
  field(50010014, 'Deals', 'deal_5CF72A28-0D37-4E71-8014-528C1B41F10B', 'CRM atual', 'StringValue'),
  field(50010021, 'Orders', 'order_BC43BC5D-E28D-40B7-804F-FFB23BB4F828', 'Condição de pagamento', 'StringValue'),
  field(50010022, 'Orders', 'order_C49C396C-0A3C-441F-875F-3B4CA6EF059F', 'Pedido no ERP', 'StringValue'),
  field(50010023, 'Orders', 'order_C6E16F4A-4C51-421E-85F2-BB038EE4EBC3', 'Previsão de entrega', 'DateTimeValue'),
  field(50010031, 'Products', 'product_1962258A-C1A1-4C08-A69A-04BE45457722', 'NCM', 'StringValue'),
  field(50010032, 'Products', 'product_C435CBA2-5F5D-4B7A-B860-33E0EDF35212', 'Alíquota de IPI (%)', 'DecimalValue'),
  field(50010033, 'Products', 'product_8245CE92-E472-4A7B-80E8-B4C7BF046EE3', 'Controla estoque', 'BoolValue'),
  field(50010041, 'Quotes', 'quote_8A9061DF-7D7B-4B56-B149-3F7F366CF6BE', 'Validade (dias)', 'IntegerValue'),
  field(50010042, 'Quotes', 'quote_5F849F3D-8FE4-437E-B1B0-9203551AD2BC', 'Observações fiscais', 'StringValue'),
];

const byKey = new Map(customFields.map((f) => [f.Key, f]));

/**
 * The typed key a value goes under: the field's own, else guessed from the value (a FieldKey the
 * account does not have, written by a client).
 * @example valueKeyFor('quote_8A9061DF-7D7B-4B56-B149-3F7F366CF6BE', 30) // 'IntegerValue'
 */
export function valueKeyFor(fieldKey: string, value: JsonValue): TypedValueKey {
  const known = byKey.get(fieldKey);
  if (known) return known.valueKey;
  if (typeof value === 'boolean') return 'BoolValue';
  if (typeof value === 'number') return Number.isInteger(value) ? 'IntegerValue' : 'DecimalValue';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return 'DateTimeValue';
  return 'StringValue';
}
