import { z } from 'zod';
import type { PrismaClient } from '../../db/database.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { AttainmentLevel } from '../../generated/prisma/enums.ts';
import { twinningRanDuring, yearEnd } from '../../sql/fragments/periods.ts';
import { namedQuery } from '../../sql/query.ts';

export const gapKinds = ['UNSPONSORED_UNMET_CRITERIA', 'UNPLEDGED_NEEDS'] as const;
export type GapKind = (typeof gapKinds)[number];

export interface GapQuery {
  provinceId?: string | null;
  criterionId?: string | null;
  /** Without a year, each place is judged on its latest assessed year. */
  year?: number | null;
  kinds: readonly GapKind[];
  level: AttainmentLevel;
}

export interface Gap {
  kind: GapKind;
  placeId: string;
  /** The assessment year a criteria gap was found in; for needs, the year asked about, if any. */
  year: number | null;
  /** Criteria not met or basically met (criteria gaps), or needs nobody pledged (need gaps), in order. */
  criterionIds: string[];
  needIds: string[];
}

export interface GapPage {
  gaps: Gap[];
  totalCount: number;
}

export interface GapPageQuery {
  query: GapQuery;
  limit: number;
  offset: number;
}

/**
 * The gap view, in one statement: places with unmet criteria and no twinning running that year on
 * the place or any unit above it, and places with open needs no agency has pledged (a withdrawn
 * pledge does not count). Largest gaps first. The count travels on every row; a page past the end
 * is one row with no gap in it.
 */
export const gapRows = namedQuery({
  name: 'gapRows',
  row: z.object({
    totalCount: z.number(),
    kind: z.enum(gapKinds).nullable(),
    placeId: z.string().nullable(),
    year: z.number().nullable(),
    criterionIds: z.array(z.string()).nullable(),
    needIds: z.array(z.string()).nullable(),
  }),
  sample: async () => ({ query: { kinds: gapKinds, level: AttainmentLevel.STANDARD }, limit: 20, offset: 0 }),
  sql: ({ query, limit, offset }: GapPageQuery) => {
    const provinceId = query.provinceId ?? null;
    const criterionId = query.criterionId ?? null;
    const year = query.year ?? null;
    return Prisma.sql`
    WITH RECURSIVE within(id) AS (
      SELECT ${provinceId}::uuid WHERE ${provinceId}::uuid IS NOT NULL
      UNION
      SELECT p.id FROM "Place" p JOIN within ON p."parentId" = within.id
    ),
    judged AS (
      SELECT a."placeId", max(a.year) AS year
      FROM "CriterionAssessment" a
      WHERE a.level = ${query.level}::"AttainmentLevel"
        AND (${year}::int IS NULL OR a.year = ${year}::int)
        AND (${provinceId}::uuid IS NULL OR a."placeId" IN (SELECT id FROM within))
      GROUP BY a."placeId"
    ),
    unmet AS (
      SELECT j."placeId", j.year, array_agg(a."criterionId"::text ORDER BY c.number, c.id) AS criterion_ids
      FROM judged j
      JOIN "CriterionAssessment" a ON a."placeId" = j."placeId" AND a.year = j.year
        AND a.level = ${query.level}::"AttainmentLevel"
      JOIN "Criterion" c ON c.id = a."criterionId"
      WHERE a.status IN ('NOT_MET', 'BASICALLY_MET')
      GROUP BY j."placeId", j.year
      HAVING ${criterionId}::uuid IS NULL OR bool_or(a."criterionId" = ${criterionId}::uuid)
    ),
    above(start, id) AS (
      SELECT "placeId", "placeId" FROM unmet
      UNION
      SELECT above.start, p."parentId" FROM above JOIN "Place" p ON p.id = above.id WHERE p."parentId" IS NOT NULL
    ),
    gaps AS (
      SELECT 'UNSPONSORED_UNMET_CRITERIA' AS kind, u."placeId", u.year,
        u.criterion_ids, ARRAY[]::text[] AS need_ids, cardinality(u.criterion_ids) AS size
      FROM unmet u
      WHERE 'UNSPONSORED_UNMET_CRITERIA' = ANY(${query.kinds}::text[])
        AND NOT EXISTS (
          SELECT 1 FROM above JOIN "Twinning" t ON t."placeId" = above.id
          WHERE above.start = u."placeId" AND ${twinningRanDuring(Prisma.sql`u.year`)}
        )
      UNION ALL
      SELECT 'UNPLEDGED_NEEDS', n."placeId", ${year}::int,
        ARRAY[]::text[], array_agg(n.id::text ORDER BY n."requestedOn", n.id), count(*)::int
      FROM "Need" n
      WHERE 'UNPLEDGED_NEEDS' = ANY(${query.kinds}::text[])
        AND n.status IN ('OPEN', 'PLEDGED')
        AND NOT EXISTS (SELECT 1 FROM "NeedPledge" np WHERE np."needId" = n.id AND np."withdrawnOn" IS NULL)
        AND (${provinceId}::uuid IS NULL OR n."placeId" IN (SELECT id FROM within))
        AND (${criterionId}::uuid IS NULL OR n."criterionId" = ${criterionId}::uuid)
        AND (${year}::int IS NULL OR n."requestedOn" <= ${yearEnd(Prisma.sql`${year}::int`)})
      GROUP BY n."placeId"
    )
    SELECT total."totalCount", page.kind, page."placeId", page.year, page."criterionIds", page."needIds"
    FROM (SELECT count(*)::int AS "totalCount" FROM gaps) total
    LEFT JOIN LATERAL (
      SELECT g.kind, g."placeId"::text AS "placeId", g.year, g.criterion_ids AS "criterionIds", g.need_ids AS "needIds",
        g.size, p.name
      FROM gaps g JOIN "Place" p ON p.id = g."placeId"
      ORDER BY g.size DESC, g.kind, p.name, p.id
      LIMIT ${limit}::int OFFSET ${offset}::int
    ) page ON TRUE
    ORDER BY page.size DESC, page.kind, page.name, page."placeId"`;
  },
});

export async function findGaps(db: PrismaClient, query: GapQuery, limit: number, offset: number): Promise<GapPage> {
  const rows = await gapRows.run(db, { query, limit, offset });
  const gaps = rows.flatMap((row) =>
    row.kind && row.placeId
      ? [
          {
            kind: row.kind,
            placeId: row.placeId,
            year: row.year,
            criterionIds: row.criterionIds ?? [],
            needIds: row.needIds ?? [],
          },
        ]
      : [],
  );
  return { gaps, totalCount: rows[0]?.totalCount ?? 0 };
}
