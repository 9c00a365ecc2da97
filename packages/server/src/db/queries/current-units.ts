import type { PrismaClient } from '../database.ts';

/**
 * The units a place lives on in today: itself while it exists, else its successors, followed
 * forward through every lineage edge (a split unit lives on in all of its parts).
 */
export async function currentUnitIds(db: PrismaClient, placeId: string, today = new Date()): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    WITH RECURSIVE forward(id) AS (
      SELECT ${placeId}::uuid
      UNION
      SELECT l."successorId"
      FROM forward
      JOIN "Place" p ON p.id = forward.id AND p."validTo" IS NOT NULL AND p."validTo" < ${today}::date
      JOIN "PlaceLineage" l ON l."predecessorId" = forward.id
    )
    SELECT p.id::text AS id FROM forward JOIN "Place" p ON p.id = forward.id
    WHERE p."validTo" IS NULL OR p."validTo" >= ${today}::date`;
  return rows.map((row) => row.id);
}
