import { describe, expect, it } from 'vitest';
import { ploomes } from './ploomes/index.ts';
import { createRegistry } from './registry.ts';
import type { Provider } from './types.ts';

describe('createRegistry', () => {
  const open: Provider = { ...ploomes, id: 'open', anyEvent: { description: 'any event you name', group: 'Custom' } };
  const registry = createRegistry([ploomes, open]);

  it('names the known events when one is unknown', () => {
    expect(() => registry.event(ploomes, 'Deals.Explode')).toThrow(/unknown event "Deals.Explode" for ploomes; known: Contacts.Create/);
  });

  it('accepts any printable name for a provider with anyEvent, and still refuses blanks', () => {
    expect(registry.event(open, 'invoice.paid')).toEqual({ description: 'any event you name', group: 'Custom' });
    expect(() => registry.event(open, 'has space')).toThrow(/unknown event/);
  });

  it('refuses two providers with one id', () => {
    expect(() => createRegistry([ploomes, ploomes])).toThrow(/two providers are named "ploomes"/);
  });
});
