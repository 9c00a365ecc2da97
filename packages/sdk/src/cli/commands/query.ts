import type { LoadedDocument } from '../document.ts';
import { CliError, ExitCode } from '../exit.ts';
import type { Connection } from '../settings.ts';
import { type ExportOptions, runExport } from './export.ts';

export type QueryFormat = 'json' | 'csv' | 'xlsx';

/**
 * `twinning query <file.graphql>`: JSON prints the result of one request; CSV and XLSX go through
 * the server's export, so they flatten the connection into rows and walk every page.
 */
export async function runQuery(
  connection: Connection,
  document: LoadedDocument,
  variables: Record<string, unknown>,
  options: Omit<ExportOptions, 'format'> & { format: QueryFormat },
  out: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  if (options.format !== 'json') {
    await runExport(connection, document, variables, { ...options, format: options.format });
    return;
  }
  if (document.kind === 'subscription') {
    throw new CliError('This document is a subscription: run it with `twinning watch`.', ExitCode.usage);
  }
  const data = await connection.client.request(document.node, variables);
  const text = `${JSON.stringify(data, null, 2)}\n`;
  if (options.output) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(options.output, text);
  } else {
    out.write(text);
  }
}
