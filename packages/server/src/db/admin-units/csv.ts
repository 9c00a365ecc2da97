/**
 * Parses RFC 4180 CSV: comma-separated fields, optionally in double quotes (which may hold commas,
 * line breaks and doubled quotes), LF or CRLF line ends, an optional UTF-8 byte-order mark and an
 * optional final line break. Returns the rows, header included.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (position < text.length) {
    if (text[position] === '"') {
      const quoted = readQuoted(text, position);
      row.push(quoted.value);
      position = quoted.next;
      const after = text[position];
      if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r') {
        throw new CsvError(`unexpected "${after}" after a closing quote`, text, position);
      }
    } else {
      let stop = position;
      for (; stop < text.length; stop += 1) {
        const char = text[stop];
        if (char === ',' || char === '\n' || char === '\r') break;
        if (char === '"') throw new CsvError('a quote inside an unquoted field', text, stop);
      }
      row.push(text.slice(position, stop));
      position = stop;
    }
    const delimiter = text[position];
    if (delimiter === ',') {
      position += 1;
      // "a," at the very end still has an empty last field.
      if (position === text.length) row.push('');
      continue;
    }
    rows.push(row);
    row = [];
    if (delimiter !== undefined) position += delimiter === '\r' && text[position + 1] === '\n' ? 2 : 1;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function readQuoted(text: string, start: number): { value: string; next: number } {
  let value = '';
  let position = start + 1;
  for (;;) {
    const end = text.indexOf('"', position);
    if (end === -1) throw new CsvError('a quoted field is not closed', text, start);
    value += text.slice(position, end);
    if (text[end + 1] === '"') {
      value += '"';
      position = end + 2;
      continue;
    }
    return { value, next: end + 1 };
  }
}

export class CsvError extends Error {
  override name = 'CsvError';
  constructor(problem: string, text: string, position: number) {
    super(`CSV line ${lineAt(text, position)}: ${problem}`);
  }
}

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < position; index = text.indexOf('\n', index + 1)) {
    line += 1;
  }
  return line;
}

/** Rows as records keyed by the header's column names; fails when a column the caller needs is missing. */
export function csvRecords<Column extends string>(
  text: string,
  columns: readonly Column[],
  source: string,
): Array<Record<Column, string>> {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error(`${source} is empty`);
  const indexes = columns.map((column) => {
    const index = header.indexOf(column);
    if (index === -1) throw new Error(`${source} has no column "${column}" (columns: ${header.join(', ')})`);
    return index;
  });
  return rows.map((row, rowIndex) => {
    if (row.length !== header.length) {
      throw new Error(`${source}: data row ${rowIndex + 1} has ${row.length} fields, the header ${header.length}`);
    }
    const record = {} as Record<Column, string>;
    columns.forEach((column, position) => {
      record[column] = row[indexes[position]!]!;
    });
    return record;
  });
}
