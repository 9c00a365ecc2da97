import { z } from 'zod';
import { Prisma } from '../generated/prisma/client.ts';
import { scopes } from './fragments/place-tree.ts';
import { namedQuery, type Queryable } from './query.ts';

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
 * The IDs a question about a place covers, computed in the database in one statement: the place's
 * descendants from the closure table, alternating with lineage steps back to the units it replaced.
 */
export async function placeScopeIds(db: Queryable, placeId: string, options: PlaceScopeOptions): Promise<string[]> {
  return (await placeScopesOf(db, [placeId], options)).get(placeId) ?? [placeId];
}

/**
 * The scope of each place given, with the same options, in one statement whatever their number
 * (the IDs are one array parameter): what a request-wide loader asks for every place of a page.
 */
export async function placeScopesOf(
  db: Queryable,
  placeIds: readonly string[],
  options: PlaceScopeOptions,
): Promise<Map<string, string[]>> {
  if (!options.includeDescendants && !options.includeHistory) return new Map(placeIds.map((id) => [id, [id]]));
  const rows = await placeScopes.run(db, { placeIds, options });
  return new Map(rows.map((row) => [row.root, row.ids]));
}

/** Each place's scope as a row (root, ids); at least one option must be set. */
export const placeScopes = namedQuery({
  name: 'placeScopes',
  row: z.object({ root: z.string(), ids: z.array(z.string()) }),
  sample: async (db) => {
    const [commune] = await db.$queryRaw<Array<{ id: string }>>`
      SELECT id::text AS id FROM "Place" WHERE code = '23074' ORDER BY "validFrom" DESC NULLS LAST LIMIT 1`;
    return { placeIds: commune ? [commune.id] : [], options: { includeDescendants: true, includeHistory: true } };
  },
  sql: ({ placeIds, options }: { placeIds: readonly string[]; options: PlaceScopeOptions }) => Prisma.sql`
    WITH RECURSIVE scope(root, id, below) AS (${scopes(Prisma.sql`SELECT unnest(${[...placeIds]}::uuid[])`, options, 'scope')})
    SELECT root::text AS root, array_agg(DISTINCT id::text) AS ids FROM scope GROUP BY root`,
});
