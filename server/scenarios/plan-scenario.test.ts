import { describe, expect, it } from 'vitest';
import { fixedDataClock } from '../delivery/generate-event.ts';
import { configureProviders } from '../providers/provider-config.ts';
import { builtinScenarios } from './load-scenarios.ts';
import { planScenario } from './plan-scenario.ts';
import { scenarioSchema, type ScenarioInput } from './scenario-schema.ts';

const { registry, settingsFor } = configureProviders();
const now = new Date('2026-02-01T10:00:00.000Z');
const plan = (scenario: ScenarioInput, extra: { seed?: number; timeScale?: number } = {}) =>
  planScenario({ scenario: scenarioSchema.parse(scenario), registry, settingsFor, defaultTarget: 'http://127.0.0.1:9/', defaultTimeScale: 1, now, seed: 5, ...extra });

const deal = {
  name: 'deal',
  description: 'a deal',
  provider: 'ploomes',
  steps: [{ event: 'Deals.Create' }, { event: 'Deals.Update', after: '10s' }, { event: 'Deals.Win', after: '1m' }],
};

describe('planScenario', () => {
  it('keeps one deal through the story, dated as it happens, due on the scaled clock', () => {
    const { plans, steps, batchId } = plan(deal, { timeScale: 0.5 });
    const payloads = plans.map((p) => p.deliveries[0]!.payload as { New: { Id: number; LastUpdateDate: string } });
    expect(new Set(payloads.map((p) => p.New.Id)).size).toBe(1);
    expect(steps.map((s) => s.atMs)).toEqual([0, 10_000, 70_000]);
    expect(plans.map((p) => p.firstAt.getTime() - now.getTime())).toEqual([0, 5_000, 35_000]);
    // Seeded, so the payloads are dated from the fixed data clock: the same seed, the same bytes.
    expect(plans.map((p) => p.deliveries[0]!.dataNow)).toEqual(['2026-01-01T12:00:00.000Z', '2026-01-01T12:00:10.000Z', '2026-01-01T12:01:10.000Z']);
    expect(plans.every((p) => p.deliveries.every((d) => d.batchId === batchId))).toBe(true);
  });

  it('copies values between steps with {{steps.N.PATH}}, and names a reference that points nowhere', () => {
    const withRef = { ...deal, steps: [{ event: 'Contacts.Create' }, { event: 'Deals.Create', set: { 'New.ContactId': '{{steps.0.New.Id}}' } }] };
    const { plans } = plan(withRef);
    const contact = plans[0]!.deliveries[0]!.payload as { New: { Id: number } };
    expect((plans[1]!.deliveries[0]!.payload as { New: { ContactId: number } }).New.ContactId).toBe(contact.New.Id);
    expect(() => plan({ ...deal, steps: [{ event: 'Deals.Create', set: { 'New.Id': '{{steps.3.New.Id}}' } }] })).toThrow(/steps\.0: .* refers to step 3/);
    expect(() => plan({ ...deal, steps: [{ event: 'Deals.Create' }, { event: 'Deals.Win', set: { x: '{{steps.0.New.Nope}}' } }] })).toThrow(/names nothing/);
  });

  it('draws the same chaos from the same seed, and drops everything at probability 1', () => {
    const chaotic = { ...deal, chaos: { duplicates: 0.5, drops: 0.3 } };
    const a = plan(chaotic, { seed: 11 }).steps.map((s) => [s.dropped, s.duplicated]);
    expect(plan(chaotic, { seed: 11 }).steps.map((s) => [s.dropped, s.duplicated])).toEqual(a);
    const all = plan({ ...deal, chaos: { drops: 1 } });
    expect(all.plans).toHaveLength(0);
    expect(all.steps.every((s) => s.dropped && s.deliveryIds.length === 0)).toBe(true);
    const twice = plan({ ...deal, chaos: { duplicates: 1 } });
    expect(twice.plans.every((p) => p.deliveries.length === 2 && p.deliveries[1]!.duplicateOf === p.deliveries[0]!.id)).toBe(true);
  });

  it('with reorder, sends the steps at shuffled times while their payloads keep their own dates', () => {
    const long = { ...deal, steps: Array.from({ length: 8 }, (_, i) => ({ event: 'Deals.Update', after: i === 0 ? 0 : 1000 })), chaos: { reorder: true } };
    const { plans, steps } = plan(long, { seed: 2 });
    const due = plans.map((p) => p.firstAt.getTime() - now.getTime());
    expect([...due].sort((x, y) => x - y)).toEqual(steps.map((s) => s.atMs));
    expect(due).not.toEqual(steps.map((s) => s.atMs));
    expect(plans.map((p) => p.deliveries[0]!.dataNow)).toEqual(steps.map((s) => new Date(fixedDataClock.getTime() + s.atMs).toISOString()));
  });

  it('names an event the provider does not have', () => {
    expect(() => plan({ ...deal, steps: [{ event: 'Deals.Explode' }] })).toThrow(/unknown event "Deals.Explode"/);
  });
});

describe('the built-in scenarios', () => {
  it.each([...builtinScenarios().values()].map((s) => [s.name, s] as const))('%s plans with one batch and consistent ids', (_name, scenario) => {
    const { plans, steps } = planScenario({ scenario, registry, settingsFor, defaultTarget: 'http://127.0.0.1:9/', defaultTimeScale: 1, now, seed: 1 });
    expect(steps).toHaveLength(scenario.steps.length);
    expect(plans.length).toBeGreaterThan(0);
  });
});
