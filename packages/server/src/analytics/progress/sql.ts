import { z } from 'zod';
import { Prisma } from '../../generated/prisma/client.ts';
import { AttainmentLevel } from '../../generated/prisma/enums.ts';
import { recognitionInForceAt, yearEnd } from '../../sql/fragments/periods.ts';
import { namedQuery } from '../../sql/query.ts';

export interface ProgressQuery {
  placeId: string;
  fromYear: number;
  toYear: number;
  /** The level whose NOT_MET assessments are ranked. */
  criteriaLevel: AttainmentLevel;
  /** How many criteria to rank per year (ties at the cut are dropped by criterion number). */
  topCriteria: number;
}

export interface LevelCount {
  level: AttainmentLevel;
  communeCount: number;
}

export interface CriterionShortfall {
  criterionId: string;
  /** 1 for the criterion most often not met; criteria with equal counts share a rank. */
  rank: number;
  communeCount: number;
}

export interface StarCount {
  stars: number;
  productCount: number;
}

export interface ProgressYear {
  year: number;
  communeCount: number;
  recognisedCommunes: LevelCount[];
  newlyRecognisedCommunes: LevelCount[];
  criteriaMostOftenNotMet: CriterionShortfall[];
  ocopProductsByStars: StarCount[];
  recognitionIds: string[];
  reportedFigureIds: string[];
}

const levelCounts = z.array(z.object({ level: z.enum(AttainmentLevel), communeCount: z.number() }));

/**
 * Year-by-year progress of a province or district, in one statement: recognised communes by
 * level (stock and flow), the criteria most often not met, OCOP products by stars, the
 * recognitions, and the figures the province published only as aggregates. No years at all when
 * the place does not exist.
 */
export const progressYears = namedQuery({
  name: 'progressYears',
  row: z.object({
    year: z.number(),
    communeCount: z.number(),
    recognisedCommunes: levelCounts,
    newlyRecognisedCommunes: levelCounts,
    criteriaMostOftenNotMet: z.array(z.object({ criterionId: z.string(), rank: z.number(), communeCount: z.number() })),
    ocopProductsByStars: z.array(z.object({ stars: z.number(), productCount: z.number() })),
    recognitionIds: z.array(z.string()),
    reportedFigureIds: z.array(z.string()),
  }),
  sample: async (db) => {
    // The province with the most recognitions in the demo data.
    const [province] = await db.$queryRaw<Array<{ id: string }>>`
      SELECT pr.id::text AS id
      FROM "Recognition" r JOIN "PlaceClosure" c ON c."descendantId" = r."placeId" AND c."ancestorLevel" = 'PROVINCE'
      JOIN "Place" pr ON pr.id = c."ancestorId"
      GROUP BY pr.id ORDER BY count(*) DESC, pr.id LIMIT 1`;
    return {
      placeId: province?.id ?? '',
      fromYear: 2021,
      toYear: 2025,
      criteriaLevel: AttainmentLevel.STANDARD,
      topCriteria: 5,
    };
  },
  sql: (query: ProgressQuery) => {
    const year = Prisma.sql`y.year`;
    return Prisma.sql`
    WITH RECURSIVE below(id) AS (
      SELECT ${query.placeId}::uuid
      UNION
      SELECT p.id FROM "Place" p JOIN below ON p."parentId" = below.id
    ),
    years AS (
      SELECT generate_series(${query.fromYear}::int, ${query.toYear}::int) AS year
    ),
    communes AS (
      SELECT p.id, p."validFrom", p."validTo" FROM "Place" p JOIN below ON below.id = p.id WHERE p.level = 'COMMUNE'
    ),
    levels AS (
      SELECT unnest(enum_range(NULL::"AttainmentLevel")) AS level
    ),
    held AS (
      SELECT y.year, r."placeId", max(r.level) AS level
      FROM years y
      JOIN "Recognition" r ON ${recognitionInForceAt(year)}
      JOIN communes c ON c.id = r."placeId"
        AND (c."validFrom" IS NULL OR c."validFrom" <= ${yearEnd(year)})
        AND (c."validTo" IS NULL OR c."validTo" >= ${yearEnd(year)})
      GROUP BY y.year, r."placeId"
    ),
    decided AS (
      SELECT r.year, r.level, count(DISTINCT r."placeId")::int AS commune_count
      FROM "Recognition" r JOIN communes c ON c.id = r."placeId"
      WHERE r.programme = 'NEW_RURAL_DEVELOPMENT' AND r.status <> 'APPLIED'
        AND r.year BETWEEN ${query.fromYear}::int AND ${query.toYear}::int
      GROUP BY r.year, r.level
    ),
    shortfalls AS (
      SELECT a.year, a."criterionId", count(DISTINCT a."placeId")::int AS commune_count,
        rank() OVER (PARTITION BY a.year ORDER BY count(DISTINCT a."placeId") DESC)::int AS rank,
        row_number() OVER (PARTITION BY a.year ORDER BY count(DISTINCT a."placeId") DESC, min(cr.number), a."criterionId") AS position
      FROM "CriterionAssessment" a
      JOIN communes c ON c.id = a."placeId"
      JOIN "Criterion" cr ON cr.id = a."criterionId"
      WHERE a.status = 'NOT_MET' AND a.level = ${query.criteriaLevel}::"AttainmentLevel"
        AND a.year BETWEEN ${query.fromYear}::int AND ${query.toYear}::int
      GROUP BY a.year, a."criterionId"
    ),
    rated AS (
      SELECT y.year, latest.stars
      FROM years y
      CROSS JOIN LATERAL (
        SELECT DISTINCT ON (r."productId") r.stars
        FROM "OcopRating" r JOIN "OcopProduct" product ON product.id = r."productId"
        WHERE product."placeId" IN (SELECT id FROM below) AND product."archivedAt" IS NULL
          AND r.status = 'RATED' AND r.year <= y.year
        ORDER BY r."productId", r.year DESC, r."ratedOn" DESC NULLS LAST, r.id DESC
      ) latest
    )
    SELECT y.year,
      (SELECT count(*)::int FROM communes c
        WHERE (c."validFrom" IS NULL OR c."validFrom" <= ${yearEnd(year)})
          AND (c."validTo" IS NULL OR c."validTo" >= ${yearEnd(year)})) AS "communeCount",
      (SELECT json_agg(json_build_object(
          'level', l.level,
          'communeCount', (SELECT count(*) FROM held h WHERE h.year = y.year AND h.level >= l.level)
        ) ORDER BY l.level) FROM levels l) AS "recognisedCommunes",
      (SELECT json_agg(json_build_object(
          'level', l.level,
          'communeCount', coalesce((SELECT d.commune_count FROM decided d WHERE d.year = y.year AND d.level = l.level), 0)
        ) ORDER BY l.level) FROM levels l) AS "newlyRecognisedCommunes",
      (SELECT coalesce(json_agg(json_build_object(
          'criterionId', s."criterionId", 'rank', s.rank, 'communeCount', s.commune_count
        ) ORDER BY s.position), '[]'::json)
        FROM shortfalls s WHERE s.year = y.year AND s.position <= ${query.topCriteria}::int) AS "criteriaMostOftenNotMet",
      (SELECT json_agg(json_build_object(
          'stars', band.stars,
          'productCount', (SELECT count(*) FROM rated WHERE rated.year = y.year AND rated.stars = band.stars)
        ) ORDER BY band.stars) FROM generate_series(3, 5) AS band(stars)) AS "ocopProductsByStars",
      (SELECT coalesce(array_agg(r.id::text ORDER BY coalesce(r."recognisedOn", ${yearEnd(year)}), r.level, r.id), ARRAY[]::text[])
        FROM "Recognition" r
        WHERE r."placeId" IN (SELECT id FROM below) AND r.year = y.year) AS "recognitionIds",
      (SELECT coalesce(array_agg(f.id::text ORDER BY f.kind, f.metric, f.id), ARRAY[]::text[])
        FROM "ReportedFigure" f
        WHERE f."placeId" = ${query.placeId}::uuid
          AND coalesce(f.year, extract(year FROM f."periodEnd")::int) = y.year) AS "reportedFigureIds"
    FROM years y
    WHERE EXISTS (SELECT 1 FROM "Place" WHERE id = ${query.placeId}::uuid)
    ORDER BY y.year`;
  },
});
