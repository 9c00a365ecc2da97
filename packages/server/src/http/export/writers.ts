import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { ColumnType, ExportColumn } from './plan.ts';

export type ExportFormat = 'csv' | 'xlsx';

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Rows as they arrive, one page at a time; returning ends the file. */
export type RowPages = AsyncIterator<unknown[][], void, undefined>;

/**
 * A CSV file as a byte stream: UTF-8 with a BOM (so Excel shows Vietnamese diacritics), a header
 * row, then each page's rows as the consumer reads — a page is fetched only when the previous one
 * has been taken, so a slow download slows the paging instead of filling memory.
 */
export function csvStream(columns: readonly ExportColumn[], pages: RowPages): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${stringify([columns.map((column) => column.header)])}`));
    },
    async pull(controller) {
      const page = await pages.next();
      if (page.done) {
        controller.close();
        return;
      }
      const rows = page.value.map((row) => row.map((value, index) => csvCell(value, columns[index]!.type)));
      if (rows.length > 0) controller.enqueue(encoder.encode(stringify(rows)));
    },
    async cancel() {
      await pages.return?.();
    },
  });
}

/**
 * An XLSX workbook as a byte stream, written by exceljs' streaming writer: each row is committed
 * (and leaves memory) as soon as it is added, and the next page waits while the reader lags.
 * Numbers, amounts in VND and dates become numeric and date cells.
 */
export function xlsxStream(
  columns: readonly ExportColumn[],
  pages: RowPages,
  sheetName: string,
): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31) || 'Export');
  sheet.columns = columns.map((column) => ({
    header: column.header,
    key: column.path.join('.'),
    width: Math.min(60, Math.max(10, column.header.length + 2)),
    ...(column.type === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
    ...(column.type === 'datetime' ? { style: { numFmt: 'yyyy-mm-dd hh:mm:ss' } } : {}),
    ...(column.type === 'money' ? { style: { numFmt: '#,##0' } } : {}),
  }));
  const write = async () => {
    for (let page = await pages.next(); !page.done; page = await pages.next()) {
      if (output.destroyed) return;
      for (const row of page.value)
        sheet.addRow(row.map((value, index) => xlsxCell(value, columns[index]!.type))).commit();
      if (output.writableNeedDrain) await once(output, 'drain');
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  output.on('close', () => void pages.return?.());
  return Readable.toWeb(output) as unknown as ReadableStream<Uint8Array>;
}

/** Text as a spreadsheet shows it: lists joined with "; ", objects as JSON, nothing for null. */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * A text cell that starts with = + - @ would run as a formula when the CSV is opened in a
 * spreadsheet (CSV injection); a leading apostrophe keeps it text. Numbers are not touched.
 */
function csvCell(value: unknown, type: ColumnType): string {
  const text = textOf(value);
  return type === 'text' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function xlsxCell(value: unknown, type: ColumnType): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return textOf(value);
  switch (type) {
    case 'number':
      return typeof value === 'number' ? value : textOf(value);
    case 'money': {
      // Excel numbers are doubles: exact up to 2^53, far above any VND total the API reports.
      const amount = Number(value);
      return Number.isSafeInteger(amount) ? amount : textOf(value);
    }
    case 'date':
    case 'datetime': {
      const date = new Date(type === 'date' ? `${String(value)}T00:00:00Z` : String(value));
      return Number.isNaN(date.getTime()) ? textOf(value) : date;
    }
    case 'boolean':
      return typeof value === 'boolean' ? value : textOf(value);
    default:
      return textOf(value);
  }
}
