import { describe, expect, it } from 'vitest';
import { mergeHelpers } from './merge-helpers.ts';

describe('mergeHelpers', () => {
  it('keeps every helper, the later map winning on a shared name, without touching the maps given', () => {
    const common = { 'clock.now': () => 'common', 'id.guid': () => 'G' };
    const own = { 'clock.now': () => 'own' };
    const merged = mergeHelpers(common, { 'br.cpf': () => '1' }, own);
    expect(Object.keys(merged).sort()).toEqual(['br.cpf', 'clock.now', 'id.guid']);
    expect(merged['clock.now']!()).toBe('own');
    expect(common['clock.now']()).toBe('common');
    expect(Object.keys(common)).toEqual(['clock.now', 'id.guid']);
  });
});
