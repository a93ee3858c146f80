import { describe, expect, it } from 'vitest';
import { createRegistry } from '../registry.ts';
import { standard } from './index.ts';

const hour = 3_600_000;

describe('standard provider', () => {
  it('is registered under its id and accepts any printable event name', () => {
    const registry = createRegistry();
    expect(registry.get('standard')).toBe(standard);
    expect(registry.event(standard, 'invoice.paid')).toEqual(standard.catalogue['invoice.paid']);
    expect(registry.event(standard, 'billing.customer.tax_id_added')).toEqual(standard.anyEvent);
    expect(() => registry.event(standard, 'has space')).toThrow(/unknown event/);
  });

  it('describes each catalogue event in one line, grouped by its resource', () => {
    for (const [name, spec] of Object.entries(standard.catalogue)) {
      expect(spec.group).toBe(name.split('.')[0]);
      expect(spec.description).toMatch(/^[^\n]{10,120}$/);
    }
  });

  it('waits 15 s and retries on Svix’s schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h', () => {
    expect(standard.policy.timeoutMs).toBe(15_000);
    expect(standard.policy.retryDelaysMs).toEqual([5_000, 300_000, 1_800_000, 2 * hour, 5 * hour, 10 * hour, 10 * hour]);
    expect(standard.policy.retryNote).toMatch(/docs\.svix\.com\/retries/);
  });

  it('counts only 2xx as delivered, and does not retry 410 Gone', () => {
    expect([199, 200, 204, 299, 300, 410, 500].map((s) => standard.policy.isSuccess(s))).toEqual([false, true, true, true, false, false, false]);
    expect(standard.policy.isRetryable({ status: 410 })).toBe(false);
    expect([301, 400, 429, 500, 503].every((status) => standard.policy.isRetryable({ status }))).toBe(true);
    expect(standard.policy.isRetryable({ errorCode: 'TIMEOUT' })).toBe(true);
  });

  it('lets a Retry-After on 429 or 503 set the next delay, as the spec recommends', () => {
    expect(standard.policy.honorsRetryAfter).toBe(true);
  });

  it('redacts no header: signatures do not reveal the secret', () => {
    expect(standard.sensitiveHeaders).toEqual([]);
  });
});

describe('standard encode', () => {
  const request = (settings: unknown = {}) =>
    standard.encode({ event: 'user.created', eventId: 'msg_x', payload: { type: 'user.created', data: { name: 'Zoë' } }, target: 'http://127.0.0.1:3000/hook?x=1', attempt: 3, settings: standard.settings.parse(settings) });

  it('POSTs the compact JSON body as application/json with Svix’s User-Agent', () => {
    expect(request()).toEqual({
      method: 'POST',
      url: 'http://127.0.0.1:3000/hook?x=1',
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'Svix-Webhooks/1.24.0' },
      body: '{"type":"user.created","data":{"name":"Zoë"}}',
    });
  });

  it('sends no User-Agent when the setting is empty', () => {
    expect(request({ userAgent: '' }).headers).toEqual({ 'Content-Type': 'application/json' });
  });
});
