import { describe, expect, it } from 'vitest';
import { settingsWithOverrides } from '../provider-config.ts';
import { idloom } from './index.ts';
import { idloomSettingsSchema, manualTriggerOf } from './settings.ts';

const issues = (input: unknown) => {
  const result = idloomSettingsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('idloom settings', () => {
  it('default to a POST webhook on every event, with one manual trigger and no trigger name on the wire', () => {
    expect(idloomSettingsSchema.parse({})).toEqual({
      accountName: 'hookbench-demo',
      profileUid: '7d5c1c52-3b1e-4f64-9a57-0c1f4e0b8a21',
      method: 'POST',
      headers: {},
      eventUids: [],
      manualTriggers: ['Sync to CRM'],
      trigger: { in: 'none' },
      languages: ['fr', 'nl', 'en', 'de', 'it'],
      getEncoding: 'php',
      dateFormat: 'iso',
      timeZone: 'Europe/Brussels',
    });
  });

  it.each(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])('accepts the method %s', (method) => {
    expect(issues({ method })).toEqual([]);
  });

  it('refuses Authorization among plain headers: it belongs in the credentials', () => {
    expect(issues({ headers: { authorization: 'Bearer x' } })).toEqual([expect.stringMatching(/^headers\.authorization: .*credentials/)]);
  });

  it('refuses headers the engine writes, names given twice and values with line breaks', () => {
    expect(issues({ headers: { Host: 'x' } })).toEqual([expect.stringMatching(/Host cannot be set here/)]);
    expect(issues({ headers: { 'X-Tenant': 'a', 'x-tenant': 'b' } })).toEqual([expect.stringMatching(/given twice/)]);
    expect(issues({ headers: { 'X-Tenant': 'a\r\nInjected: 1' } })).toHaveLength(1);
    expect(issues({ headers: { 'Bad Name': 'a' } })).toHaveLength(1);
  });

  it('accepts plain custom headers', () => {
    expect(issues({ headers: { 'X-Tenant': 'acme', 'Content-Type': 'application/json; charset=utf-8' } })).toEqual([]);
  });

  it('refuses a manual trigger that is not defined, naming the ones that are', () => {
    expect(issues({ manualTrigger: 'Export' })).toEqual([
      'manualTrigger: "Export" is not one of the manual triggers (Sync to CRM); add it to manualTriggers',
    ]);
    expect(issues({ manualTriggers: ['Sync to CRM', 'Export'], manualTrigger: 'Export' })).toEqual([]);
  });

  it('plays the chosen manual trigger, else the first one', () => {
    expect(manualTriggerOf(idloomSettingsSchema.parse({ manualTriggers: ['A', 'B'] }))).toBe('A');
    expect(manualTriggerOf(idloomSettingsSchema.parse({ manualTriggers: ['A', 'B'], manualTrigger: 'B' }))).toBe('B');
  });

  it('refuses a trigger header key that is not a header name, an unknown time zone and an empty language list', () => {
    expect(issues({ trigger: { in: 'header', key: 'Trigger Name' } })).toEqual([expect.stringMatching(/^trigger\.key: /)]);
    expect(issues({ trigger: { in: 'query', key: 'trigger name' } })).toEqual([]);
    expect(issues({ timeZone: 'Europe/Atlantis' })).toEqual([expect.stringMatching(/^timeZone: not an IANA time zone/)]);
    expect(issues({ languages: [] })).toHaveLength(1);
    expect(issues({ languages: ['es'] })).toHaveLength(1);
  });

  it('takes per-delivery overrides over the workbench settings, validated', () => {
    const base = idloomSettingsSchema.parse({ manualTriggers: ['Sync to CRM', 'Print badge'], headers: { 'X-Tenant': 'acme' } });
    const merged = settingsWithOverrides(idloom, base, { method: 'GET', manualTrigger: 'Print badge', headers: { 'X-Hook': '2' } });
    expect(merged).toMatchObject({ method: 'GET', manualTrigger: 'Print badge', headers: { 'X-Tenant': 'acme', 'X-Hook': '2' } });
    expect(() => settingsWithOverrides(idloom, base, { manualTrigger: 'Nope' })).toThrow(/settings\.manualTrigger: "Nope" is not one of/);
  });
});
