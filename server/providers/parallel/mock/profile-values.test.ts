import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../util/json.ts';
import type { MockRecords } from '../../mock-types.ts';
import { ParallelApiError } from './api-error.ts';
import type { StoredProfile } from './profile-record.ts';
import { profileTypeFields } from './profile-type.ts';
import { applyValues, type ProfileValuesInput } from './profile-values.ts';

const fields = profileTypeFields(1287);
const now = new Date('2026-03-01T10:00:00.000Z');

/** Just enough of the store for the value-id counter. */
function memoryRecords(): MockRecords {
  const data = new Map<string, JsonObject>();
  return {
    get: (c, id) => data.get(`${c}/${id}`),
    put: (c, id, r) => void data.set(`${c}/${id}`, r),
    list: () => ({ items: [], total: 0 }),
    all: () => [],
    delete: () => false,
    nextId: () => 1,
    memo: (_key, build) => build(),
  };
}

function profile(): StoredProfile {
  const file = { id: 'f1', file: { filename: 'dni.pdf', size: 1, contentType: 'application/pdf' }, createdAt: now.toISOString() };
  return {
    id: 'p',
    name: 'Ana Ruiz',
    status: 'OPEN',
    profileTypeId: 't',
    createdAt: now.toISOString(),
    properties: {
      p_first_name: { valueId: 'v1', value: 'Ana', files: null, expiresAt: null, createdAt: now.toISOString() },
      p_id_document: { valueId: null, value: null, files: [file], expiresAt: '2030-01-01', createdAt: now.toISOString() },
    },
  };
}

const apply = (input: ProfileValuesInput, target = profile()) => ({ changes: applyValues({ profile: target, input, fields, records: memoryRecords(), now }), target });

describe('profile values', () => {
  it('reports a changed value, and nothing for a value written again unchanged', () => {
    const { changes, target } = apply({ p_first_name: 'Anabel', p_last_name: 'Ruiz' });
    expect(changes.map((c) => [c.kind, c.field.alias])).toEqual([
      ['value', 'p_first_name'],
      ['value', 'p_last_name'],
    ]);
    expect(target.properties.p_first_name?.value).toBe('Anabel');
    expect(apply({ p_first_name: 'Ana' }).changes).toEqual([]);
  });

  it('clears a value with null or "", and removes every file of a FILE field, one change per file', () => {
    const { changes, target } = apply({ p_first_name: '', p_id_document: null });
    expect(changes.map((c) => [c.kind, c.field.alias, c.fileId])).toEqual([
      ['value', 'p_first_name', undefined],
      ['fileRemoved', 'p_id_document', 'f1'],
    ]);
    expect(target.properties).toEqual({});
  });

  it('moves the expiry of an expirable field on its own', () => {
    const { changes, target } = apply({ p_id_document: { expiryDate: '2031-05-28' } });
    expect(changes).toMatchObject([{ kind: 'expiry', expiryDate: '2031-05-28' }]);
    expect(target.properties.p_id_document?.expiresAt).toBe('2031-05-28');
  });

  it.each<[string, ProfileValuesInput, RegExp]>([
    ['an unknown alias', { p_shoe_size: '42' }, /Unknown alias p_shoe_size/],
    ['an expiry on a field that does not expire', { p_first_name: { value: 'Ana', expiryDate: '2030-01-01' } }, /non-expirable/],
    ['a SELECT value outside its options', { p_risk: 'EXTREME' }, /LOW, MEDIUM, HIGH/],
    ['a file sent as JSON', { p_poa: 'scan.pdf' }, /multipart\/form-data/],
    ['a background check written by hand', { p_background_check: 'clear' }, /BACKGROUND_CHECK/],
    ['an expiry date that is not YYYY-MM-DD', { p_id_document: { expiryDate: '28/05/2031' } }, /YYYY-MM-DD/],
  ])('refuses %s with a 400 BadRequestError', (_name, input, message) => {
    const error = (() => {
      try {
        apply(input);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ParallelApiError);
    expect(error).toMatchObject({ status: 400, code: 'BadRequestError', message: expect.stringMatching(message) });
  });
});
