import { describe, expect, it } from 'vitest';
import { parseFilter } from './filter-parser.ts';

const path = (...segments: string[]) => ({ kind: 'path', segments });
const lit = (value: unknown) => ({ kind: 'literal', value });

describe('OData $filter parser', () => {
  it('reads a comparison with a quoted string, a doubled quote standing for one', () => {
    expect(parseFilter("Name eq 'O''Brien Ltda.'")).toEqual({ kind: 'compare', op: 'eq', left: path('Name'), right: lit("O'Brien Ltda.") });
  });

  it('binds and tighter than or, and parentheses override it', () => {
    expect(parseFilter('A eq 1 or B eq 2 and C eq 3')).toMatchObject({ kind: 'logical', op: 'or', right: { kind: 'logical', op: 'and' } });
    expect(parseFilter('(A eq 1 or B eq 2) and C eq 3')).toMatchObject({ kind: 'logical', op: 'and', left: { kind: 'logical', op: 'or' } });
  });

  it('reads not, nested function calls and navigation paths', () => {
    expect(parseFilter("not contains(tolower(Name),'acme')")).toEqual({
      kind: 'not',
      operand: { kind: 'call', name: 'contains', args: [{ kind: 'call', name: 'tolower', args: [path('Name')] }, lit('acme')] },
    });
    expect(parseFilter('Deal/StatusId eq 2')).toEqual({ kind: 'compare', op: 'eq', left: path('Deal', 'StatusId'), right: lit(2) });
  });

  it('reads any/all lambdas over a collection', () => {
    expect(parseFilter("OtherProperties/any(o: o/FieldKey eq 'deal_X' and o/IntegerValue gt 3)")).toMatchObject({
      kind: 'lambda',
      path: ['OtherProperties'],
      quantifier: 'any',
      variable: 'o',
      predicate: { kind: 'logical', op: 'and', left: { left: path('o', 'FieldKey') }, right: { op: 'gt', right: lit(3) } },
    });
    expect(parseFilter('Phones/any()')).toEqual({ kind: 'lambda', path: ['Phones'], quantifier: 'any' });
  });

  it.each([
    ['an unquoted date-time with offset', 'CreateDate gt 2024-01-31T10:00:00.5-03:00', '2024-01-31T10:00:00.5-03:00'],
    ['a date', 'Birthday eq 1990-05-01', '1990-05-01'],
    ["v3's datetime'…'", "CreateDate ge datetime'2024-01-31T10:00:00'", '2024-01-31T10:00:00'],
  ])('reads %s as a date-time literal', (_, text, value) => {
    expect(parseFilter(text)).toMatchObject({ right: { kind: 'literal', value, datetime: true } });
  });

  it('reads numbers, negative and decimal, booleans, null and in-lists', () => {
    expect(parseFilter('Amount ge -10.5')).toMatchObject({ right: lit(-10.5) });
    expect(parseFilter('Finished eq false')).toMatchObject({ right: lit(false) });
    expect(parseFilter('DealId eq null')).toMatchObject({ right: lit(null) });
    expect(parseFilter('StatusId in (2, 3)')).toEqual({ kind: 'in', left: path('StatusId'), values: [lit(2), lit(3)] });
  });

  it.each([
    ['an unclosed string', "Name eq 'x", /not closed/],
    ['an unknown function', "soundex(Name) eq 'x'", /unknown function 'soundex'/],
    ['a wrong arity', "contains(Name) eq 'x'", /takes 2 arguments, got 1/],
    ['two conditions without and/or', 'A eq 1 B eq 2', /unexpected 'B' at position 7/],
    ['arithmetic', 'Amount add 1 gt 2', /'add' .* not supported/],
    ['a missing right-hand side', 'Name eq', /ends where a value/],
    ['an empty filter', '   ', /empty/],
    ['a stray character', 'Name eq #', /unexpected character '#'/],
  ])('refuses %s, saying where', (_, text, message) => {
    expect(() => parseFilter(text)).toThrow(message);
  });
});
