import { describe, expect, it } from 'vitest';
import { HubSpotApiError } from './hubspot-errors.ts';
import { applyWrite, normalizeWrite } from './property-writes.ts';

describe('hubspot mock property writes', () => {
  it('stores strings: numbers and booleans as text, datetimes as ISO instants, null and "" as a clear', () => {
    expect(normalizeWrite({ amount: 1200.5, hs_is_closed: false, closedate: 1767268800000, createdate: '2026-01-01T09:00:00-03:00', notes: '', lastname: null })).toEqual({
      amount: '1200.5',
      hs_is_closed: 'false',
      closedate: '2026-01-01T12:00:00Z',
      createdate: '2026-01-01T12:00:00Z',
      notes: null,
      lastname: null,
    });
  });

  it('lists every invalid property in one 400', () => {
    try {
      normalizeWrite({ email: 'not-an-email', hs_object_id: '1', closedate: 'someday', 'bad name': 'x' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HubSpotApiError);
      const error = e as HubSpotApiError;
      expect(error.status).toBe(400);
      expect(error.details.category).toBe('VALIDATION_ERROR');
      expect((error.details.errors as { code: string }[]).map((x) => x.code)).toEqual(['INVALID_EMAIL', 'READ_ONLY_VALUE', 'INVALID_DATE', 'PROPERTY_DOESNT_EXIST']);
      expect(error.message).toMatch(/^Property values were not valid: \[/);
    }
  });

  it('reports only the properties whose value changed', () => {
    expect(applyWrite({ firstname: 'Ana', lastname: 'Lima' }, { firstname: 'Ana', lastname: null, jobtitle: 'CTO' })).toEqual({
      properties: { firstname: 'Ana', jobtitle: 'CTO' },
      changed: ['lastname', 'jobtitle'],
    });
  });
});
