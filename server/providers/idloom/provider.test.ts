import { describe, expect, it } from 'vitest';
import { configureProviders } from '../provider-config.ts';
import { createRegistry } from '../registry.ts';
import { idloom } from './index.ts';

describe('idloom provider', () => {
  it('is registered under its id', () => {
    expect(createRegistry().get('idloom')).toBe(idloom);
  });

  it('has the eight triggers, events first, with manual ones listing the manual trigger names', () => {
    expect(Object.keys(idloom.catalogue)).toEqual([
      'event.create', 'event.update', 'event.delete', 'event.manual',
      'guest.create', 'guest.update', 'guest.delete', 'guest.manual',
    ]);
    expect(idloom.catalogue['guest.update']).toMatchObject({ group: 'Guest' });
    expect(idloom.catalogue['event.manual']).toMatchObject({ group: 'Event', meta: { manualTriggers: ['Sync to CRM'] } });
    expect(idloom.catalogue['guest.create']?.meta).toBeUndefined();
  });

  it('lists the workbench’s own manual triggers once configured', () => {
    const { registry } = configureProviders({ config: { idloom: { settings: { manualTriggers: ['Sync to CRM', 'Print badge'] } } } });
    expect(registry.get('idloom').catalogue['guest.manual']?.meta).toEqual({ manualTriggers: ['Sync to CRM', 'Print badge'] });
  });

  it('authenticates with static headers, redacts Authorization and writes in the market’s languages', () => {
    expect(idloom.auth.scheme).toBe('static-headers');
    expect(idloom.sensitiveHeaders).toEqual(['authorization']);
    expect(idloom.locale).toBe('fr');
  });

  it('waits 30 s, never retries by default, and counts any 2xx as delivered', () => {
    expect(idloom.policy.timeoutMs).toBe(30_000);
    expect(idloom.policy.retryDelaysMs).toEqual([]);
    expect(idloom.policy.retryNote).toMatch(/retry fault/);
    expect([199, 200, 204, 299, 300, 500].map((s) => idloom.policy.isSuccess(s))).toEqual([false, true, true, true, false, false]);
    expect(idloom.policy.isRetryable({ status: 500 })).toBe(true);
  });
});
