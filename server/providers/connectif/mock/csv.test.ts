import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv.ts';

describe('Connectif CSV', () => {
  it('reads quoted cells holding the delimiter, quotes and line breaks, and skips a BOM and blank lines', () => {
    const text = '\uFEFF_email;_name\r\n"ana@gmail.com";"Ana ""la"" de Soria; y Gil"\r\n\r\nluis@gmail.com;"dos\nlíneas"\n';
    expect(parseCsv(text, ';')).toEqual([
      ['_email', '_name'],
      ['ana@gmail.com', 'Ana "la" de Soria; y Gil'],
      ['luis@gmail.com', 'dos\nlíneas'],
    ]);
  });

  it('keeps empty cells and a last line without a line break', () => {
    expect(parseCsv('a,b,c\n1,,3', ',')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
  });

  it.each([',', ';'])('writes what it reads back (delimiter %s)', (delimiter) => {
    const rows = [
      ['_email', 'nota'],
      ['ana@gmail.com', 'dice "hola", y; adiós\nfin'],
    ];
    expect(parseCsv(toCsv(rows, delimiter), delimiter)).toEqual(rows);
  });
});
