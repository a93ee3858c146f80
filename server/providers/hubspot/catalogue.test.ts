import { AssociationTypes } from '@hubspot/api-client';
import { SubscriptionCreateRequestEventTypeEnum } from '@hubspot/api-client/lib/codegen/webhooks/models/SubscriptionCreateRequest.js';
import { describe, expect, it } from 'vitest';
import { associationTypeName, associationTypes } from './association-types.ts';
import { hubspot } from './index.ts';

const groups: Record<string, string> = {
  contact: 'Contacts',
  company: 'Companies',
  deal: 'Deals',
  ticket: 'Tickets',
  product: 'Products',
  line_item: 'Line items',
  conversation: 'Conversations',
  object: 'Generic objects',
};

describe('hubspot catalogue', () => {
  it("has exactly the official SDK's subscription types", () => {
    expect(Object.keys(hubspot.catalogue).sort()).toEqual(Object.values(SubscriptionCreateRequestEventTypeEnum).map(String).sort());
  });

  it.each(Object.entries(hubspot.catalogue))('describes %s in one line, grouped by object', (name, spec) => {
    const [object = ''] = name.split('.');
    expect(spec.group).toBe(groups[object]);
    expect(spec.description).toMatch(/^[A-Z][^\n]{20,120}$/);
  });

  it('gives legacy CRM events their objectTypeId and object.* the ones they draw from', () => {
    expect(hubspot.catalogue['contact.creation']?.meta).toEqual({ objectTypeId: '0-1' });
    expect(hubspot.catalogue['line_item.merge']?.meta).toEqual({ objectTypeId: '0-8' });
    expect(hubspot.catalogue['conversation.newMessage']?.meta).toBeUndefined();
    expect(hubspot.catalogue['object.propertyChange']?.meta).toEqual({ objectTypeIds: ['0-1', '0-2', '0-3', '0-5', '0-7', '0-8', '0-27', '0-46', '0-47', '0-48', '0-49'] });
  });
});

describe('hubspot association types', () => {
  const camel = (object: string) => object.replace(/_(.)/g, (_, c: string) => c.toUpperCase());
  const sdk = AssociationTypes as unknown as Record<string, number>;

  it.each(associationTypes.map((a) => [`${a.from} → ${a.to}`, a] as const))("%s has the SDK's type ids", (_, a) => {
    expect(sdk[`${camel(a.from)}To${camel(a.to).replace(/^./, (c) => c.toUpperCase())}`]).toBe(a.typeId);
    if (a.primaryTypeId !== undefined) {
      expect(sdk[`primary${camel(a.from).replace(/^./, (c) => c.toUpperCase())}To${camel(a.to).replace(/^./, (c) => c.toUpperCase())}`]).toBe(a.primaryTypeId);
    }
  });

  it('lists every pair in both directions and names it as the legacy associationType does', () => {
    for (const a of associationTypes) expect(associationTypes.some((b) => b.from === a.to && b.to === a.from)).toBe(true);
    expect(associationTypeName({ from: 'line_item', to: 'deal' })).toBe('LINE_ITEM_TO_DEAL');
  });
});
