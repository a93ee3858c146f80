import { describe, expect, it } from 'vitest';
import { parseQueryOptions } from './query-options.ts';

const parse = (query: string) => parseQueryOptions(new URLSearchParams(query), { maxTop: 300 });

describe('OData query options', () => {
  it('pages by 300 unless $top asks for fewer, and never more', () => {
    expect(parse('')).toMatchObject({ top: 300, skip: 0, count: false, orderby: [], expand: [] });
    expect(parse('$top=20&$skip=40')).toMatchObject({ top: 20, skip: 40 });
    expect(parse('$top=5000').top).toBe(300);
  });

  it('reads $select, $orderby and the count in its v4 and v3 spellings', () => {
    expect(parse('$select=Id,Name, Email').select).toEqual(['Id', 'Name', 'Email']);
    expect(parse('$select=*').select).toBeUndefined();
    expect(parse('$orderby=Name desc,Contact/Name, Id asc').orderby).toEqual([
      { path: ['Name'], descending: true },
      { path: ['Contact', 'Name'], descending: false },
      { path: ['Id'], descending: false },
    ]);
    expect(parse('$count=true').count).toBe(true);
    expect(parse('$inlinecount=allpages').count).toBe(true);
  });

  it('reads $expand with nested options separated by semicolons', () => {
    const { expand } = parse('$expand=Phones,Products($select=ProductId,Quantity;$top=1;$expand=Product($select=Id,Name)),OtherProperties');
    expect(expand.map((e) => e.name)).toEqual(['Phones', 'Products', 'OtherProperties']);
    expect(expand[1]?.options).toMatchObject({ select: ['ProductId', 'Quantity'], top: 1, expand: [{ name: 'Product', options: { select: ['Id', 'Name'] } }] });
  });

  it('parses $filter, including commas and parentheses inside quotes', () => {
    expect(parse("$filter=Name eq 'a,b (c)'").filter).toMatchObject({ kind: 'compare', right: { value: 'a,b (c)' } });
  });

  it.each([
    ['$top=-1', /\$top must be a whole number/],
    ['$skip=x', /\$skip must be a whole number/],
    ['$search=acme', /'\$search' is not supported/],
    ['$filter=Id eq 1&$filter=Id eq 2', /more than once/],
    ['$select=Id,Na me', /'Na me' is not a property name/],
    ['$orderby=Name sideways', /should be a property/],
    ['$expand=Products($unknown=1)', /not an option an expanded property takes/],
    ['$expand=Products($select=Id', /unbalanced parentheses/],
    ['$count=yes', /\$count must be true or false/],
  ])('refuses %s', (query, message) => {
    expect(() => parse(query)).toThrow(message);
  });

  it('leaves parameters without $ alone', () => {
    expect(() => parse('foo=bar')).not.toThrow();
  });
});
