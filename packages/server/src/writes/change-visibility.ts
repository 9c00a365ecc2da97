import type { Viewer } from '../context.ts';
import type { PrismaClient } from '../db/database.ts';
import { Prisma } from '../generated/prisma/client.ts';

export interface ChangeFilter {
  entityType?: string | null;
  entityId?: string | null;
}

/** The part of a Prisma connection query that picks the page: a cursor row, a signed size, a skip. */
export interface PageQuery {
  cursor?: { sequence?: bigint | number | string } | undefined;
  take?: number | undefined;
  skip?: number | undefined;
}

/**
 * Before/after snapshots are not public. An editor sees the changes to entities of its provinces
 * (a place, or anything with a `placeId`, `homeProvinceId`, `issuerPlaceId` or lineage successor
 * there), the changes to its agencies' records, the changes it made itself, and changes bound to
 * no province (national documents, criteria). Whether a change belongs to a province is a
 * question about its JSON snapshot that Prisma cannot ask, so the page is chosen in SQL: this
 * returns the sequences of exactly the rows the connection's page may show (plus the cursor row,
 * which the connection skips), and the connection loads them as usual.
 */
export async function editorPageFilter(
  db: PrismaClient,
  viewer: Viewer,
  filter: ChangeFilter,
  page: PageQuery,
): Promise<Prisma.ChangeEventWhereInput> {
  const take = page.take ?? 20;
  const cursor = page.cursor?.sequence === undefined ? null : BigInt(page.cursor.sequence);
  const forward = take >= 0;
  const after =
    cursor === null
      ? Prisma.empty
      : forward
        ? Prisma.sql`AND c.sequence > ${cursor}`
        : Prisma.sql`AND c.sequence < ${cursor}`;
  const order = forward ? Prisma.sql`ORDER BY c.sequence ASC` : Prisma.sql`ORDER BY c.sequence DESC`;
  const rows = await db.$queryRaw<Array<{ sequence: bigint }>>`
    WITH RECURSIVE scope(id) AS (
      SELECT unnest(${[...viewer.provinceIds]}::uuid[])
      UNION
      SELECT p.id FROM "Place" p JOIN scope ON p."parentId" = scope.id
    ),
    keyed AS (
      SELECT c.sequence, c."actorKeyId",
        CASE WHEN c."entityType" = 'Place' THEN c."entityId"
             ELSE COALESCE(s->>'placeId', s->>'homeProvinceId', s->>'issuerPlaceId', s->>'successorId') END AS place_key,
        CASE WHEN c."entityType" = 'Agency' THEN c."entityId" ELSE s->>'agencyId' END AS agency_key
      FROM "ChangeEvent" c, LATERAL (SELECT COALESCE(c.after, c.before) AS s) snapshot
      WHERE (${filter.entityType ?? null}::text IS NULL OR c."entityType" = ${filter.entityType ?? null})
        AND (${filter.entityId ?? null}::text IS NULL OR c."entityId" = ${filter.entityId ?? null})
        ${after}
    )
    SELECT c.sequence FROM keyed c
    WHERE c."actorKeyId" = ${viewer.keyId}::uuid
       OR (c.place_key IS NULL AND c.agency_key IS NULL)
       OR c.place_key IN (SELECT id::text FROM scope)
       OR c.agency_key = ANY(${[...viewer.agencyIds]}::text[])
    ${order}
    LIMIT ${Math.abs(take)}`;
  return { sequence: { in: [...rows.map((row) => row.sequence), ...(cursor === null ? [] : [cursor])] } };
}
