import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { CliError, ExitCode } from '../exit.ts';
import { type CellValue, isBlank } from './cells.ts';

/** A sheet as rows of cells, each row with its number in the file (the header is usually row 1). */
export interface Table {
  headers: CellValue[];
  headerRow: number;
  rows: Array<{ number: number; cells: CellValue[] }>;
}

/**
 * Reads the first sheet of an .xlsx file (or the one named by `sheet`) or a .csv file (UTF-8, with
 * or without BOM; separated by commas or, as Excel writes it where the comma is the decimal mark,
 * semicolons). Blank rows are skipped but keep their numbers, so messages point at the right row.
 */
export async function readTable(path: string, sheet: string | undefined): Promise<Table> {
  const extension = extname(path).toLowerCase();
  let rows: CellValue[][];
  try {
    if (extension === '.xlsx') {
      const which = sheet === undefined ? undefined : /^\d+$/.test(sheet) ? Number(sheet) : sheet;
      rows = (await (which === undefined ? readSheet(path) : readSheet(path, which))) as CellValue[][];
    } else if (extension === '.csv') {
      if (sheet !== undefined) throw new CliError('--sheet applies to .xlsx files only.', ExitCode.usage);
      rows = parseCsv(await readFile(path, 'utf8'));
    } else {
      throw new CliError(
        `${path}: give an .xlsx or .csv file (in Excel: File → Save As → Excel Workbook or CSV UTF-8).`,
        ExitCode.usage,
      );
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Cannot read ${path}: ${(error as Error).message}`, ExitCode.usage);
  }
  const headerIndex = rows.findIndex((row) => row.some((cell) => !isBlank(cell)));
  if (headerIndex < 0) throw new CliError(`${path} has no rows.`, ExitCode.refused);
  return {
    headers: rows[headerIndex]!,
    headerRow: headerIndex + 1,
    rows: rows
      .map((cells, index) => ({ number: index + 1, cells }))
      .slice(headerIndex + 1)
      .filter((row) => row.cells.some((cell) => !isBlank(cell))),
  };
}

function parseCsv(text: string): CellValue[][] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
  return parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}
