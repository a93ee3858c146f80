import { describe, expect, it } from 'vitest';
import { evaluateFilter } from './filter-evaluate.ts';
import { parseFilter } from './filter-parser.ts';

const deal = {
  Id: 501090282,
  Title: 'Nogueira Consultoria - Implantação',
  StatusId: 1,
  Amount: 27770.4,
  Note: null,
  Read: true,
  CreateDate: '2024-02-28T12:18:04.737-03:00',
  Phones: [
    { PhoneNumber: '(11) 98765-4321', TypeId: 2 },
    { PhoneNumber: '(11) 4028-1234', TypeId: 1 },
  ],
  OtherProperties: [{ FieldKey: 'deal_X', IntegerValue: 744747 }],
};

const matches = (filter: string) => evaluateFilter(parseFilter(filter), deal);

describe('OData $filter evaluation', () => {
  it.each([
    ['Id eq 501090282', true],
    ['StatusId ne 1', false],
    ['Amount gt 27770', true],
    ['Amount ge 27770.4 and Amount le 27770.4', true],
    ['Amount lt 100', false],
    ["Title eq 'Nogueira Consultoria - Implantação'", true],
    ["Title eq 'nogueira consultoria - implantação'", false],
    ["Title gt 'M'", true],
    ['Read eq true', true],
    ['StatusId in (2, 3)', false],
    ['StatusId in (1, 2)', true],
  ])('%s → %s', (filter, expected) => {
    expect(matches(filter)).toBe(expected);
  });

  it.each([
    ["contains(Title,'Consultoria')", true],
    ["contains(tolower(Title),'consultoria')", true],
    ["startswith(Title,'Nogueira')", true],
    ["endswith(Title,'Nogueira')", false],
    ["substringof('Implanta',Title)", true],
    ["toupper(Title) eq 'NOGUEIRA CONSULTORIA - IMPLANTAÇÃO'", true],
    ['length(Title) eq 34', true],
    ["indexof(Title,'Consultoria') eq 9", true],
    ['year(CreateDate) eq 2024 and month(CreateDate) eq 2 and day(CreateDate) eq 28', true],
  ])('function %s → %s', (filter, expected) => {
    expect(matches(filter)).toBe(expected);
  });

  it('treats null as OData does: equal only to null, never ordered, and a null condition drops the record', () => {
    expect(matches('Note eq null')).toBe(true);
    expect(matches('Note ne null')).toBe(false);
    expect(matches("Note gt 'a'")).toBe(false);
    expect(matches("contains(Note,'x')")).toBe(false);
    expect(matches("not contains(Note,'x')")).toBe(false);
    expect(matches('Missing eq null')).toBe(true);
  });

  it('compares date-times as instants, whatever offset either side is written in', () => {
    expect(matches('CreateDate eq 2024-02-28T15:18:04.737Z')).toBe(true);
    expect(matches('CreateDate gt 2024-02-28T12:18:04-03:00')).toBe(true);
    expect(matches('CreateDate lt 2024-02-28T12:18:05')).toBe(true); // no offset: São Paulo time
    expect(matches('CreateDate ge 2024-02-29')).toBe(false);
    expect(matches("CreateDate lt datetime'2024-03-01T00:00:00'")).toBe(true);
  });

  it('combines conditions with and, or, not and parentheses', () => {
    expect(matches('StatusId eq 2 or Amount gt 1000')).toBe(true);
    expect(matches('(StatusId eq 2 or Amount gt 1000) and not Read')).toBe(false);
    expect(matches('not (StatusId eq 2)')).toBe(true);
  });

  it('evaluates any and all over a collection, with the variable bound to each item', () => {
    expect(matches('Phones/any(p: p/TypeId eq 1)')).toBe(true);
    expect(matches('Phones/all(p: p/TypeId eq 1)')).toBe(false);
    expect(matches("Phones/any(p: startswith(p/PhoneNumber,'(11) 9'))")).toBe(true);
    expect(matches("OtherProperties/any(o: o/FieldKey eq 'deal_X' and o/IntegerValue eq 744747)")).toBe(true);
    expect(matches('Phones/any()')).toBe(true);
    expect(matches('Missing/any()')).toBe(false);
  });

  it('follows paths through the resolver it is given (navigation into other records)', () => {
    const contact = { Name: 'ACME' };
    const resolve = (base: unknown, segments: readonly string[]) => (segments[0] === 'Contact' && segments[1] === 'Name' ? contact.Name : undefined);
    expect(evaluateFilter(parseFilter("Contact/Name eq 'ACME'"), deal, resolve)).toBe(true);
  });
});
