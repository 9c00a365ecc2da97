import { z } from 'zod';
import { Prisma } from '../generated/prisma/client.ts';
import { ancestors } from './fragments/place-tree.ts';
import { namedQuery } from './query.ts';

/** The province each place lies in (itself for a province), walking up in one statement. */
export const provinceOfPlaces = namedQuery({
  name: 'provinceOfPlaces',
  row: z.object({ placeId: z.string(), provinceId: z.string() }),
  sample: async (db) => {
    const [commune] = await db.$queryRaw<Array<{ id: string }>>`
      SELECT id::text AS id FROM "Place" WHERE code = '23074' ORDER BY "validFrom" NULLS FIRST LIMIT 1`;
    return { placeIds: commune ? [commune.id] : [] };
  },
  sql: ({ placeIds }: { placeIds: readonly string[] }) =>
    Prisma.sql`
      WITH RECURSIVE up(start, id, parent, level) AS (${ancestors(Prisma.sql`SELECT unnest(${[...new Set(placeIds)]}::uuid[])`, 'up')})
      SELECT start::text AS "placeId", id::text AS "provinceId" FROM up WHERE level = 'PROVINCE'`,
});

/** The same as a map, for callers that look places up one by one. */
export async function provinceOf(
  db: Parameters<typeof provinceOfPlaces.run>[0],
  placeIds: readonly string[],
): Promise<Map<string, string>> {
  if (placeIds.length === 0) return new Map();
  const rows = await provinceOfPlaces.run(db, { placeIds });
  return new Map(rows.map((row) => [row.placeId, row.provinceId]));
}
