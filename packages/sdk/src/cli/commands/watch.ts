import { readFile, rename, writeFile } from 'node:fs/promises';
import type { Change, ChangeType, TwinningClient } from '../../index.ts';
import { CliError, ExitCode } from '../exit.ts';

export interface WatchOptions {
  /** Resume after this cursor. */
  after?: string;
  /** Read the cursor to resume from here, and keep it up to date as changes are printed. */
  cursorFile?: string;
  types: string[];
  /** A place's ID, or an official code (resolved today). */
  place?: string;
  descendants: boolean;
  format: 'text' | 'json';
  /** Stop after this many changes. */
  limit?: number;
}

/**
 * `twinning watch`: prints the change feed as it happens — from a saved cursor, a given one, or
 * now — one line per change (JSON lines with `--format json`). With `--cursor-file` the position
 * survives restarts: the next run starts after the last change printed. Ctrl-C stops cleanly.
 */
export async function watchChanges(
  client: TwinningClient,
  options: WatchOptions,
  out: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  if (options.limit !== undefined && (!Number.isInteger(options.limit) || options.limit < 1)) {
    throw new CliError(`--limit must be a whole number ≥ 1; got ${options.limit}.`, ExitCode.usage);
  }
  const after = options.after ?? (options.cursorFile ? await savedCursor(options.cursorFile) : undefined);
  const placeId = options.place ? await placeIdOf(client, options.place) : undefined;
  const stop = new AbortController();
  const interrupt = () => stop.abort();
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  let printed = 0;
  try {
    for await (const change of client.changes({
      ...(after ? { after } : {}),
      ...(options.types.length ? { types: options.types as ChangeType[] } : {}),
      ...(placeId ? { placeId, includeDescendants: options.descendants } : {}),
      signal: stop.signal,
    })) {
      out.write(`${options.format === 'json' ? JSON.stringify(change) : describe(change)}\n`);
      // Saved once printed (not through `onCursor`, which runs when the loop asks for the next one).
      if (options.cursorFile) await saveCursor(options.cursorFile, change.cursor);
      if (options.limit !== undefined && ++printed >= options.limit) break;
    }
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
  }
}

function describe(change: Change): string {
  const where = change.place ? ` ${change.place.name}${change.province ? `, ${change.province.name}` : ''}` : '';
  const who = change.agency ? ` — ${change.agency.name}` : '';
  return `${change.occurredAt}  #${change.cursor}  ${change.type}  ${change.entityType} ${change.entityId}${where}${who}`;
}

async function placeIdOf(client: TwinningClient, place: string): Promise<string> {
  if (!/^\d{2,5}$/.test(place)) return place;
  const found = await client.placeByCode(place);
  if (!found) throw new CliError(`No place has the code ${place} today; pass its ID instead.`, ExitCode.refused);
  return found.id;
}

async function savedCursor(path: string): Promise<string | undefined> {
  try {
    const text = (await readFile(path, 'utf8')).trim();
    return text === '' ? undefined : text;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError(`Cannot read the cursor file ${path}: ${(error as Error).message}`, ExitCode.usage);
  }
}

/** Written beside, then renamed: a crash mid-write never leaves half a cursor. */
async function saveCursor(path: string, cursor: string): Promise<void> {
  await writeFile(`${path}.tmp`, `${cursor}\n`);
  await rename(`${path}.tmp`, path);
}
