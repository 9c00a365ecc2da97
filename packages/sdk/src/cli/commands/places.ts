import { collectAll, type PlaceLevel, type TwinningClient } from '../../index.ts';
import { CliError, ExitCode } from '../exit.ts';

export interface PlacesSearchOptions {
  level?: string;
  asOf?: string;
  limit: number;
  format: 'table' | 'json';
}

const LEVELS: readonly PlaceLevel[] = ['PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE'];

/** `twinning places search <text>`: places whose name matches, diacritics ignored ("dong giang"). */
export async function searchPlaces(
  client: TwinningClient,
  search: string,
  options: PlacesSearchOptions,
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  const level = options.level?.toUpperCase() as PlaceLevel | undefined;
  if (level && !LEVELS.includes(level)) {
    throw new CliError(`--level is one of ${LEVELS.join(', ').toLowerCase()}; got ${options.level}.`, ExitCode.usage);
  }
  if (!Number.isInteger(options.limit) || options.limit < 1) {
    throw new CliError(`--limit must be a whole number ≥ 1; got ${options.limit}.`, ExitCode.usage);
  }
  const places = await collectAll(
    (after) =>
      client.findPlaces({
        search,
        ...(level ? { level } : {}),
        ...(options.asOf ? { asOf: options.asOf } : {}),
        first: Math.min(options.limit, 100),
        after,
      }),
    { limit: options.limit },
  );
  if (options.format === 'json') {
    out.write(`${JSON.stringify(places, null, 2)}\n`);
    return places.length;
  }
  if (places.length === 0) {
    out.write(`No place matches “${search}”.\n`);
    return 0;
  }
  const rows = places.map((place) => [
    place.code ?? '',
    place.fullName,
    place.parent?.name ?? '',
    place.level.toLowerCase(),
    `${place.validFrom} → ${place.validTo ?? 'today'}`,
    place.id,
  ]);
  const headers = ['code', 'name', 'in', 'level', 'valid', 'id'];
  const widths = headers.map((header, index) => Math.max(header.length, ...rows.map((row) => row[index]!.length)));
  for (const row of [headers, ...rows]) {
    out.write(
      `${row
        .map((cell, index) => cell.padEnd(widths[index]!))
        .join('  ')
        .trimEnd()}\n`,
    );
  }
  return places.length;
}
