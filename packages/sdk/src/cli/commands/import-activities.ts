import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { type ActivityDraft, NetworkError, type TwinningClient, ValidationError } from '../../index.ts';
import { CliError, ExitCode } from '../exit.ts';
import { type CellValue, isBlank, type Parsed, parseCount, parseDay, parseVnd, text } from '../import/cells.ts';
import {
  type ActivityColumn,
  CATEGORY_LABELS,
  type ColumnPosition,
  FUNDING_SOURCE_LABELS,
  mapColumns,
  matchLabel,
} from '../import/columns.ts';
import { lookUpReferences, PLACE_TYPENAMES, type ReferenceRequests, type References } from '../import/references.ts';
import { readTable } from '../import/table.ts';
import { count, createProgress } from '../progress.ts';

/** The API records at most this many activities per request (all or nothing). */
export const MAX_CHUNK = 1000;

export interface ImportOptions {
  sheet?: string;
  dryRun?: boolean;
  chunkSize?: number;
}

/** One bad cell (or row, when `column` is absent): where it is and what is wrong. */
export interface CellIssue {
  row: number;
  column?: ColumnPosition;
  message: string;
}

/**
 * `twinning import activities <file>`: reads an .xlsx or .csv file, checks every cell and looks up
 * every place, agency and twinning it names, and reports every bad cell before writing anything.
 * Only a file without a bad cell is written, through `recordActivities`, in chunks of up to 1,000
 * (each all or nothing) whose idempotency key is a hash of the chunk: running the command again —
 * after a network failure, or after fixing a cell the server refused — never records a chunk twice.
 */
export async function importActivities(
  client: TwinningClient,
  file: string,
  options: ImportOptions,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WriteStream = process.stderr,
): Promise<void> {
  const chunkSize = options.chunkSize ?? MAX_CHUNK;
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_CHUNK) {
    throw new CliError(`--chunk-size must be a whole number from 1 to ${MAX_CHUNK}; got ${chunkSize}.`, ExitCode.usage);
  }
  const table = await readTable(file, options.sheet);
  const { columns, unknown, problems } = mapColumns(table.headers);
  if (problems.length > 0) {
    throw new CliError(
      `${basename(file)}, header row ${table.headerRow}: ${problems.join(' ')}\nKnown headers are listed in the SDK's README (twinning import).`,
      ExitCode.refused,
    );
  }
  for (const column of unknown) {
    err.write(`warning: column ${column.letter} “${column.header}” is not an activity field; its cells are ignored.\n`);
  }
  if (table.rows.length === 0)
    throw new CliError(`${basename(file)} has a header row but no activities.`, ExitCode.refused);

  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const issues: CellIssue[] = [];
  const rows = table.rows.map((row) => readRow(row.number, row.cells, columns, today, issues));

  const lookups = createProgress('looking up places and agencies', err);
  const references = await lookUpReferences(client, requestsOf(rows), (done, total) => lookups.update({ done, total }));
  lookups.finish();
  const drafts = rows.map((row) => resolveRow(row, references, columns, issues));

  if (issues.length > 0) {
    report(issues, err);
    const badRows = new Set(issues.map((issue) => issue.row)).size;
    throw new CliError(
      `${basename(file)}: ${count(issues.length)} bad ${issues.length === 1 ? 'cell' : 'cells'} in ${count(badRows)} of ${count(rows.length)} rows; nothing was written. Fix them and run the command again.`,
      ExitCode.refused,
    );
  }
  const valid = drafts as ActivityDraft[];
  if (options.dryRun) {
    out.write(`${basename(file)}: all ${count(valid.length)} activities are valid; nothing was written (--dry-run).\n`);
    return;
  }

  const progress = createProgress('recording activities', err);
  progress.update({ done: 0, total: valid.length });
  const recorded: Array<{ valueVnd?: string | null; place: { id: string }; agency?: { id: string } | null }> = [];
  for (let start = 0; start < valid.length; start += chunkSize) {
    const chunk = valid.slice(start, start + chunkSize);
    const idempotencyKey = `twinning-import-activities:${createHash('sha256').update(JSON.stringify(chunk)).digest('hex')}`;
    try {
      const { activities } = await client.recordActivities(chunk, { idempotencyKey });
      recorded.push(...activities);
    } catch (error) {
      progress.finish();
      throw refusal(error, rows, start, chunk.length, columns, err);
    }
    progress.update({ done: start + chunk.length, total: valid.length });
  }
  progress.finish();

  const total = recorded.reduce((sum, activity) => sum + BigInt(activity.valueVnd ?? 0), 0n);
  const places = new Set(recorded.map((activity) => activity.place.id)).size;
  const agencies = new Set(recorded.map((activity) => activity.agency?.id).filter(Boolean)).size;
  const requests = Math.ceil(valid.length / chunkSize);
  out.write(
    `Recorded ${count(recorded.length)} activities from ${basename(file)} in ${requests} ${requests === 1 ? 'request' : 'requests'}: ${total.toLocaleString('en')} VND, ${count(places)} ${places === 1 ? 'place' : 'places'}, ${count(agencies)} ${agencies === 1 ? 'agency' : 'agencies'}.\n`,
  );
}

/** A row as read: its cell values parsed, its references still names, codes or IDs. */
interface RowRead {
  number: number;
  fields: Partial<ActivityDraft>;
  place?: { code: string } | { id: string };
  agency?: { name: string } | { id: string };
  twinning?: string;
  broken: boolean;
}

function readRow(
  number: number,
  cells: readonly CellValue[],
  columns: Map<ActivityColumn, ColumnPosition>,
  today: string,
  issues: CellIssue[],
): RowRead {
  const row: RowRead = { number, fields: {}, broken: false };
  const cellOf = (column: ActivityColumn): CellValue | undefined => {
    const position = columns.get(column);
    return position ? cells[position.index] : undefined;
  };
  const take = <T>(column: ActivityColumn, parse: (cell: CellValue) => Parsed<T>, required = false): T | undefined => {
    const cell = cellOf(column);
    if (isBlank(cell)) {
      if (required) fail(column, 'is empty; every activity needs it.');
      return undefined;
    }
    const parsed = parse(cell as CellValue);
    if (parsed.ok) return parsed.value;
    fail(column, parsed.message);
    return undefined;
  };
  const fail = (column: ActivityColumn, message: string) => {
    row.broken = true;
    issues.push({ row: number, column: columns.get(column), message });
  };

  row.fields.occurredOn = take('occurredOn', (cell) => parseDay(cell, today), true);
  row.fields.endedOn = take('endedOn', (cell) => parseDay(cell, today));
  row.fields.title = take('title', (cell) => ({ ok: true, value: text(cell) }), true);
  row.fields.category = take(
    'category',
    (cell) => label(cell, CATEGORY_LABELS, 'category', 'Tặng quà, Thăm hỏi, Học bổng, Công trình… or IN_KIND_GIFT'),
    true,
  );
  row.fields.valueVnd = take('valueVnd', parseVnd);
  row.fields.description = take('description', (cell) => ({ ok: true, value: text(cell) }));
  row.fields.beneficiaryCount = take('beneficiaryCount', parseCount);
  row.fields.fundingSource = take('fundingSource', (cell) =>
    label(cell, FUNDING_SOURCE_LABELS, 'funding source', 'Ngân sách, Xã hội hóa… or STATE_BUDGET'),
  );
  row.fields.occasion = take('occasion', (cell) => ({ ok: true, value: text(cell) }));

  const twinning = cellOf('twinning');
  if (!isBlank(twinning)) row.twinning = text(twinning as CellValue);
  const place = cellOf('place');
  if (!isBlank(place)) {
    // A code typed into a number cell loses its leading zeros: read it as a 5-digit commune code.
    const value = typeof place === 'number' ? String(place).padStart(5, '0') : text(place as CellValue);
    row.place = /^\d{2,5}$/.test(value) ? { code: value } : { id: value };
  }
  const agency = cellOf('agency');
  if (!isBlank(agency)) {
    const value = text(agency as CellValue);
    row.agency = /^[A-Za-z0-9+/]{8,}={0,2}$/.test(value) && !/\s/.test(value) ? { id: value } : { name: value };
  }
  if (!row.twinning && !(row.place && row.agency)) {
    row.broken = true;
    const missing: ActivityColumn = !row.agency && columns.has('agency') ? 'agency' : 'place';
    issues.push({
      row: number,
      column: columns.get(missing) ?? columns.get('twinning'),
      message: 'is empty: give the agency and the place, or the twinning the activity was delivered under.',
    });
  }
  return row;
}

function label<T extends string>(
  cell: CellValue,
  labels: Record<T, readonly string[]>,
  what: string,
  examples: string,
): Parsed<T> {
  const value = text(cell);
  const match = matchLabel(value, labels);
  return match ? { ok: true, value: match } : { ok: false, message: `“${value}” is not a ${what} (${examples}).` };
}

function requestsOf(rows: readonly RowRead[]): ReferenceRequests {
  const requests: ReferenceRequests = { placeCodes: new Set(), agencyNames: new Set(), ids: new Set() };
  for (const row of rows) {
    if (row.place && 'code' in row.place) requests.placeCodes.add(row.place.code);
    if (row.place && 'id' in row.place) requests.ids.add(row.place.id);
    if (row.agency && 'name' in row.agency) requests.agencyNames.add(row.agency.name);
    if (row.agency && 'id' in row.agency) requests.ids.add(row.agency.id);
    if (row.twinning) requests.ids.add(row.twinning);
  }
  return requests;
}

function resolveRow(
  row: RowRead,
  references: References,
  columns: Map<ActivityColumn, ColumnPosition>,
  issues: CellIssue[],
): ActivityDraft | undefined {
  const draft: Partial<ActivityDraft> = { ...row.fields };
  let broken = row.broken;
  const use = (column: ActivityColumn, parsed: Parsed<string>): string | undefined => {
    if (parsed.ok) return parsed.value;
    broken = true;
    issues.push({ row: row.number, column: columns.get(column), message: parsed.message });
    return undefined;
  };
  if (row.twinning) draft.twinningId = use('twinning', references.byId(row.twinning, ['Twinning'], 'twinning'));
  if (row.agency) {
    draft.agencyId = use(
      'agency',
      'name' in row.agency
        ? references.agencyByName(row.agency.name)
        : references.byId(row.agency.id, ['Agency'], 'agency'),
    );
  }
  if (row.place) {
    if ('id' in row.place) draft.placeId = use('place', references.byId(row.place.id, PLACE_TYPENAMES, 'place'));
    else if (draft.occurredOn)
      draft.placeId = use('place', references.placeByCode(row.place.code, String(draft.occurredOn)));
  }
  if (broken) return undefined;
  for (const key of Object.keys(draft) as Array<keyof ActivityDraft>) if (draft[key] === undefined) delete draft[key];
  return draft as ActivityDraft;
}

/** Which column an input field of `recordActivities` comes from, to point the server's refusals at cells. */
const COLUMN_OF_FIELD: Record<string, ActivityColumn> = {
  occurredOn: 'occurredOn',
  endedOn: 'endedOn',
  agencyId: 'agency',
  placeId: 'place',
  twinningId: 'twinning',
  category: 'category',
  title: 'title',
  valueVnd: 'valueVnd',
  description: 'description',
  beneficiaryCount: 'beneficiaryCount',
  fundingSource: 'fundingSource',
  occasion: 'occasion',
};

function refusal(
  error: unknown,
  rows: readonly RowRead[],
  start: number,
  size: number,
  columns: Map<ActivityColumn, ColumnPosition>,
  err: NodeJS.WritableStream,
): unknown {
  const first = rows[start]!.number;
  const last = rows[start + size - 1]!.number;
  const written =
    start === 0
      ? 'Nothing was written.'
      : `Rows ${rows[0]!.number}–${rows[start - 1]!.number} were written before; running the command again after the fix does not write them twice.`;
  if (error instanceof ValidationError) {
    report(
      error.issues.map((issue) => {
        // ["input", "activities", row, field]
        const [, , index, field] = issue.path;
        const row = rows[start + Number(index)];
        const column = field ? columns.get(COLUMN_OF_FIELD[field] ?? ('' as ActivityColumn)) : undefined;
        return { row: row?.number ?? first, ...(column ? { column } : {}), message: issue.message };
      }),
      err,
    );
    return new CliError(
      `The server refused rows ${first}–${last} (${count(error.issues.length)} bad ${error.issues.length === 1 ? 'cell' : 'cells'}); none of them was written. ${written}`,
      ExitCode.refused,
    );
  }
  if (error instanceof NetworkError) {
    error.message = `${error.message}\nRows ${first}–${last} may or may not have been written: run the command again, it writes nothing twice. ${start === 0 ? '' : written}`;
  } else if (error instanceof Error) {
    error.message = `${error.message}\nRows ${first}–${last} were not written. ${written}`;
  }
  return error;
}

function report(issues: readonly CellIssue[], err: NodeJS.WritableStream): void {
  const sorted = [...issues].sort((a, b) => a.row - b.row || (a.column?.index ?? -1) - (b.column?.index ?? -1));
  for (const issue of sorted) {
    const where = issue.column ? `, column ${issue.column.letter} “${issue.column.header}”` : '';
    err.write(`row ${issue.row}${where}: ${issue.message}\n`);
  }
}
