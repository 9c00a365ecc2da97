import { z } from 'zod';
import { Prisma } from '../generated/prisma/client.ts';
import { namedQuery, type Queryable } from './query.ts';

/**
 * The units a place lives on in today: itself while it exists, else its successors, followed
 * forward through every lineage edge (a split unit lives on in all of its parts).
 */
export const currentUnits = namedQuery({
  name: 'currentUnits',
  row: z.object({ id: z.string() }),
  sample: async (db) => {
    // Đông Giang (Bình Thuận) before the 2025 reform: it lives on in Đông Giang (Lâm Đồng).
    const [commune] = await db.$queryRaw<Array<{ id: string }>>`
      SELECT id::text AS id FROM "Place" WHERE code = '23074' ORDER BY "validFrom" NULLS FIRST LIMIT 1`;
    return { placeId: commune?.id ?? '', today: new Date() };
  },
  sql: ({ placeId, today }: { placeId: string; today: Date }) => Prisma.sql`
    WITH RECURSIVE forward(id) AS (
      SELECT ${placeId}::uuid
      UNION
      SELECT l."successorId"
      FROM forward
      JOIN "Place" p ON p.id = forward.id AND p."validTo" IS NOT NULL AND p."validTo" < ${today}::date
      JOIN "PlaceLineage" l ON l."predecessorId" = forward.id
    )
    SELECT p.id::text AS id FROM forward JOIN "Place" p ON p.id = forward.id
    WHERE p."validTo" IS NULL OR p."validTo" >= ${today}::date`,
});

export async function currentUnitIds(db: Queryable, placeId: string, today = new Date()): Promise<string[]> {
  const rows = await currentUnits.run(db, { placeId, today });
  return rows.map((row) => row.id);
}
