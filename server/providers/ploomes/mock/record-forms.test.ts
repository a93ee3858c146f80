import { describe, expect, it } from 'vitest';
import { normaliseWrittenValue, toRestRecord, toWebhookRecord } from './record-forms.ts';

const webhook = {
  Id: 501090282,
  FinishDate: '2024-02-28T19:00:01.233',
  LastUpdateDate: '2024-02-28T19:00:01',
  Note: 'Reunião 2024-02-28T19:00:01 confirmada',
  OtherProperties: {
    'deal_BE03A173-00F3-45CF-A0F0-3E924A034A40': 744747,
    'deal_E9A35016-ECB9-46ED-98E3-6D0056C82FAC': '2024-03-10T09:30:00',
    'deal_5CF72A28-0D37-4E71-8014-528C1B41F10B': 'Pipedrive',
    deal_UNKNOWN: 12.5,
  },
};

describe('Ploomes record forms', () => {
  it('writes REST dates with their offset and custom fields as typed items', () => {
    expect(toRestRecord(webhook)).toEqual({
      Id: 501090282,
      FinishDate: '2024-02-28T19:00:01.233-03:00',
      LastUpdateDate: '2024-02-28T19:00:01-03:00',
      Note: 'Reunião 2024-02-28T19:00:01 confirmada',
      OtherProperties: [
        { FieldKey: 'deal_BE03A173-00F3-45CF-A0F0-3E924A034A40', ObjectValueId: 744747 },
        { FieldKey: 'deal_E9A35016-ECB9-46ED-98E3-6D0056C82FAC', DateTimeValue: '2024-03-10T09:30:00-03:00' },
        { FieldKey: 'deal_5CF72A28-0D37-4E71-8014-528C1B41F10B', StringValue: 'Pipedrive' },
        { FieldKey: 'deal_UNKNOWN', DecimalValue: 12.5 },
      ],
    });
  });

  it('gives back the webhook form from the REST form', () => {
    expect(toWebhookRecord(toRestRecord(webhook))).toEqual(webhook);
  });

  it('reads a custom field written by a client from whichever typed key holds it', () => {
    expect(toWebhookRecord({ OtherProperties: [{ FieldKey: 'k', StringValue: null, BigStringValue: 'long text' }, { FieldKey: 'n', IntegerValue: null }] })).toEqual({
      OtherProperties: { k: 'long text', n: null },
    });
  });

  it.each([
    ['UTC', '2024-05-01T13:00:00Z', '2024-05-01T10:00:00-03:00'],
    ['another offset', '2024-05-01T13:00:00.120+01:00', '2024-05-01T09:00:00.12-03:00'],
    ['no offset (São Paulo time)', '2024-05-01T10:00', '2024-05-01T10:00:00-03:00'],
    ['a plain string', 'ACME', 'ACME'],
  ])('normalises a written date-time in %s', (_, written, stored) => {
    expect(normaliseWrittenValue(written)).toBe(stored);
  });
});
