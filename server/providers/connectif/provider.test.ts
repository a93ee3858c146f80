import { describe, expect, it } from 'vitest';
import { configureProviders } from '../provider-config.ts';
import { createRegistry } from '../registry.ts';
import { connectif, defaultTokenHeader } from './index.ts';

describe('connectif provider', () => {
  it('is registered under its id', () => {
    expect(createRegistry().get('connectif')).toBe(connectif);
  });

  it('speaks es, authenticates with static headers and redacts the default token header', () => {
    expect(connectif.locale).toBe('es');
    expect(connectif.auth.scheme).toBe('static-headers');
    expect(connectif.sensitiveHeaders).toContain(defaultTokenHeader.toLowerCase());
    expect(connectif.sensitiveHeaders.every((h) => h === h.toLowerCase())).toBe(true);
  });

  it("takes its send events from the config file's settings at start-up", () => {
    const { registry } = configureProviders({
      config: { connectif: { settings: { sendEvents: [{ name: 'Reseña publicada', fields: [{ id: 'email', name: 'Email', type: 'email', required: true, isPrimaryKey: true }] }] } } },
    });
    expect(Object.keys(registry.get('connectif').catalogue)).toContain('send.resena-publicada');
    expect(() => registry.event(registry.get('connectif'), 'send.cupon-emitido')).toThrow(/unknown event/);
  });
});
