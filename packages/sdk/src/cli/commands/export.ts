import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { LoadedDocument } from '../document.ts';
import { CliError, ExitCode } from '../exit.ts';
import { bytes, count, createProgress } from '../progress.ts';
import type { Connection } from '../settings.ts';

export type ExportFormat = 'csv' | 'xlsx';

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ExportOptions {
  format: ExportFormat;
  /** Column paths inside a row, e.g. `commune.name`, optionally with a header: `commune.name:Xã`. */
  columns?: string[];
  /** The connection to walk, by its path in the result (default: the first one). */
  connection?: string;
  /** A file to write; standard output when absent. */
  output?: string;
}

/**
 * Runs a query through the server's streaming export (`POST /export`): the server walks every
 * page of the connection and streams CSV (UTF-8 with BOM) or XLSX, which this writes to a file or
 * stdout as it arrives, with a progress bar on stderr. Nothing is held in memory here either.
 */
export async function runExport(
  connection: Connection,
  document: LoadedDocument,
  variables: Record<string, unknown>,
  options: ExportOptions,
  err: NodeJS.WriteStream = process.stderr,
): Promise<void> {
  if (document.kind !== 'query') {
    throw new CliError(`Only a query can be exported; this document is a ${document.kind}.`, ExitCode.usage);
  }
  if (options.format === 'xlsx' && !options.output && process.stdout.isTTY) {
    throw new CliError('An XLSX file does not belong on a terminal: pass --output file.xlsx.', ExitCode.usage);
  }
  let response: Response;
  try {
    response = await fetch(connection.exportUrl, {
      method: 'POST',
      headers: {
        ...connection.headers,
        'content-type': 'application/json',
        accept: `${EXPORT_MEDIA_TYPES[options.format]}, application/json;q=0.5`,
      },
      body: JSON.stringify({
        query: document.text,
        variables,
        ...(document.operationName ? { operationName: document.operationName } : {}),
        format: options.format,
        ...(options.columns?.length ? { columns: options.columns } : {}),
        ...(options.connection ? { connection: options.connection } : {}),
      }),
    });
  } catch (error) {
    throw new CliError(
      `Could not reach ${connection.exportUrl}: ${(error as Error).cause ?? (error as Error).message}. Is the server running? (--url or TWINNING_URL)`,
      ExitCode.unavailable,
    );
  }
  if (!response.ok || !response.body) throw await exportRefusal(response);

  const total = Number(response.headers.get('x-total-count') ?? Number.NaN);
  const progress = createProgress(options.format === 'csv' ? 'exporting rows' : 'exporting kB', err);
  let received = 0;
  let rows = 0;
  let quoted = false;
  let header = true;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      if (options.format === 'csv') {
        // Records end at a newline outside quotes; a quoted cell may hold newlines of its own.
        for (const byte of chunk) {
          if (byte === 0x22) quoted = !quoted;
          else if (byte === 0x0a && !quoted) {
            if (header) header = false;
            else rows++;
          }
        }
        progress.update({ done: rows, ...(Number.isFinite(total) ? { total } : {}), detail: bytes(received) });
      } else {
        progress.update({ done: Math.round(received / 1024) });
      }
      callback(null, chunk);
    },
  });
  const destination = options.output ? createWriteStream(options.output) : process.stdout;
  await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), counter, destination, {
    end: destination !== process.stdout,
  });
  progress.finish();
  if (options.output) {
    err.write(
      `${options.output}: ${options.format === 'csv' ? `${count(rows)} rows, ` : ''}${bytes(received)}${Number.isFinite(total) && options.format === 'csv' && rows !== total ? ` (the server counted ${count(total)})` : ''}\n`,
    );
  }
}

async function exportRefusal(response: Response): Promise<CliError> {
  const body = await response.text();
  let message = body.slice(0, 2000) || `HTTP ${response.status}`;
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ message?: string }> };
    if (parsed.errors?.length) message = parsed.errors.map((error) => error.message).join('\n');
  } catch {
    // Not JSON: show the text as the server sent it.
  }
  const exitCode =
    response.status === 401 || response.status === 403
      ? ExitCode.accessDenied
      : response.status >= 500 || response.status === 404 || response.status === 429
        ? ExitCode.unavailable
        : ExitCode.refused;
  return new CliError(`The export was refused (HTTP ${response.status}): ${message}`, exitCode);
}
