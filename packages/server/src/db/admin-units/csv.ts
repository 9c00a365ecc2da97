import { CsvError, parse } from 'csv-parse/sync';

/**
 * Parses RFC 4180 CSV with csv-parse: quoted fields may hold commas, line breaks and doubled
 * quotes; LF and CRLF line ends may mix; a UTF-8 byte-order mark is dropped; every row must have
 * the header's number of fields. Returns the rows, header included. A malformed file fails with
 * an error naming the file (`source`), the line and the problem.
 */
export function parseCsv(text: string, source = 'CSV'): string[][] {
  try {
    return parse(text, { bom: true, record_delimiter: ['\r\n', '\n'] });
  } catch (error) {
    if (error instanceof CsvError) {
      const where = typeof error.lines === 'number' ? ` line ${error.lines}` : '';
      throw new Error(`${source}${where}: ${error.message}`, { cause: error });
    }
    throw error;
  }
}

/** Rows as records keyed by the header's column names; fails when a column the caller needs is missing. */
export function csvRecords<Column extends string>(
  text: string,
  columns: readonly Column[],
  source: string,
): Array<Record<Column, string>> {
  const [header, ...rows] = parseCsv(text, source);
  if (!header) throw new Error(`${source} is empty`);
  const indexes = columns.map((column) => {
    const index = header.indexOf(column);
    if (index === -1) throw new Error(`${source} has no column "${column}" (columns: ${header.join(', ')})`);
    return index;
  });
  return rows.map((row) => {
    const record = {} as Record<Column, string>;
    columns.forEach((column, position) => {
      record[column] = row[indexes[position]!]!;
    });
    return record;
  });
}
