import type { PrismaClient } from '../database.ts';

export interface PlaceScopeOptions {
  /** Include every unit below the place (districts, communes, villages). */
  includeDescendants: boolean;
  /**
   * Include the units the place replaced, through lineage edges: support given to the old
   * Đông Giang (Bình Thuận) then counts for Đông Giang (Lâm Đồng). A split unit's history follows
   * its default successor only, so it is never counted twice.
   */
  includeHistory: boolean;
}

/**
 * The IDs a question about a place covers, computed in the database in one recursive query.
 * Walking down the hierarchy and back through lineage are the same step over one edge list, so
 * the history of a descendant and the descendants of a predecessor are both found.
 */
export async function placeScopeIds(db: PrismaClient, placeId: string, options: PlaceScopeOptions): Promise<string[]> {
  if (!options.includeDescendants && !options.includeHistory) return [placeId];
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    WITH RECURSIVE edge(up, down) AS (
      SELECT "parentId", id FROM "Place" WHERE ${options.includeDescendants} AND "parentId" IS NOT NULL
      UNION ALL
      SELECT "successorId", "predecessorId" FROM "PlaceLineage" WHERE ${options.includeHistory} AND "isDefaultSuccessor"
    ),
    scope(id) AS (
      SELECT ${placeId}::uuid
      UNION
      SELECT edge.down FROM scope JOIN edge ON edge.up = scope.id
    )
    SELECT id::text AS id FROM scope`;
  return rows.map((row) => row.id);
}
