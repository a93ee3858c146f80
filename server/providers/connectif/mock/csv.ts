/**
 * @module The CSV of Connectif imports and exports: UTF-8, `,` or `;`, RFC 4180 quoting, header row
 * of field ids (`_email,_name,_points`). A byte-order mark and blank lines are ignored.
 */

/**
 * @example parseCsv('_email;_name\nana@gmail.com;"Ana; la de Soria"\n', ';') // [['_email','_name'],['ana@gmail.com','Ana; la de Soria']]
 */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const endRow = () => {
    row.push(cell);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    cell = '';
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') (cell += '"', i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) (row.push(cell), (cell = ''));
    else if (ch === '\n') endRow();
    else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * @example toCsv([['_email', '_name'], ['ana@gmail.com', 'Ana "la de Soria"']], ',') // '_email,_name\r\nana@gmail.com,"Ana ""la de Soria"""\r\n'
 */
export function toCsv(rows: readonly (readonly string[])[], delimiter: string): string {
  const quote = (value: string) => (/["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value);
  return rows.map((row) => `${row.map(quote).join(delimiter)}\r\n`).join('');
}
