import { z } from 'zod';
import type { PrismaClient } from '../../db/database.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { AssessmentStatus, AttainmentLevel } from '../../generated/prisma/enums.ts';
import { recognitionInForceAt, twinningRanDuring, yearEnd } from '../../sql/fragments/periods.ts';
import { scopes } from '../../sql/fragments/place-tree.ts';
import { column, namedQuery } from '../../sql/query.ts';

export interface ScorecardCriterion {
  criterionId: string;
  /** Null when the criterion was not assessed that year. */
  status: AssessmentStatus | null;
  contributingActivityIds: string[];
}

export interface ScorecardLevel {
  level: AttainmentLevel;
  met: number;
  basicallyMet: number;
  notMet: number;
  notAssessed: number;
  total: number;
  /** Criteria not met, basically met or not assessed, by criterion number. */
  unmetCriteria: ScorecardCriterion[];
}

export interface OpenNeedRef {
  needId: string;
  criterionId: string | null;
}

export interface SupportSums {
  valueVnd: bigint;
  activityCount: number;
}

export interface Scorecard {
  /** The communes it replaced whose records the scorecard drew on (with history). */
  predecessorIds: string[];
  criteriaSetId: string | null;
  recognisedLevel: AttainmentLevel | null;
  levels: ScorecardLevel[];
  /** Twinnings that ran during the year on the commune or a unit above it, by agency name. */
  twinningIds: string[];
  /** Their agencies, each once, by name. */
  assignedAgencyIds: string[];
  openNeeds: OpenNeedRef[];
  /** Activities delivered to the area during the year, and in all years. */
  supportInYear: SupportSums;
  supportAllTime: SupportSums;
}

export interface ScorecardScope {
  communeId: string;
  year: number;
  /**
   * Draw on the units the commune replaced. Its area is the commune and what lies in it (its
   * villages and, with history, those units); assessments are read from the commune-level units
   * among them, activities and needs from all.
   */
  includeHistory: boolean;
}

const ids = z.array(z.string());

/**
 * A commune's New Rural Development scorecard for a year, in one statement. The applicable
 * criteria set is the national commune set valid in that year that carries the standard level
 * (the model level has a set of its own, Decision 319; a set that names no levels is scored at
 * the standard level); a criterion's status is the
 * commune's own assessment, or — for a commune created by a merger, before it existed — the
 * weakest status among the communes it replaced, since the merged unit meets a criterion only
 * where all its parts did. The area is walked once, here, and the support sums of the area come in
 * the same row, so the whole scorecard is one round trip. One row; its lists are null when empty.
 */
export const communeScorecardRow = namedQuery({
  name: 'communeScorecardRow',
  row: z.object({
    isCommune: z.boolean(),
    predecessorIds: ids.nullable(),
    criteriaSetId: z.string().nullable(),
    recognisedLevel: z.enum(AttainmentLevel).nullable(),
    levels: z
      .array(
        z.object({
          level: z.enum(AttainmentLevel),
          met: z.number(),
          basicallyMet: z.number(),
          notMet: z.number(),
          notAssessed: z.number(),
          total: z.number(),
          unmetCriteria: z.array(
            z.object({
              criterionId: z.string(),
              status: z.enum(AssessmentStatus).nullable(),
              contributingActivityIds: ids,
            }),
          ),
        }),
      )
      .nullable(),
    twinningIds: ids.nullable(),
    assignedAgencyIds: ids.nullable(),
    openNeeds: z.array(z.object({ needId: z.string(), criterionId: z.string().nullable() })).nullable(),
    yearValueVnd: column.money,
    yearActivityCount: column.count,
    allTimeValueVnd: column.money,
    allTimeActivityCount: column.count,
  }),
  sample: async (db) => {
    // A commune assessed in the demo data, in its latest assessed year.
    const [assessed] = await db.$queryRaw<Array<{ id: string; year: number }>>`
      SELECT a."placeId"::text AS id, a.year::int AS year
      FROM "CriterionAssessment" a JOIN "Place" p ON p.id = a."placeId" AND p.level = 'COMMUNE'
      ORDER BY a.year DESC, a."placeId" LIMIT 1`;
    return {
      communeId: assessed?.id ?? '00000000-0000-0000-0000-000000000000',
      year: assessed?.year ?? 0,
      includeHistory: true,
    };
  },
  sql: (scope: ScorecardScope) => {
    const year = Prisma.sql`${scope.year}::int`;
    return Prisma.sql`
    WITH RECURSIVE scope(root, id, below) AS (${scopes(
      Prisma.sql`SELECT ${scope.communeId}::uuid`,
      { includeDescendants: true, includeHistory: scope.includeHistory },
      'scope',
    )}),
    -- The area and its units as arrays: "= ANY" of one array lets the planner use the indexes,
    -- where it guesses a recursive CTE's size far too large and scans whole tables.
    area AS (
      SELECT array_agg(DISTINCT id) AS ids FROM scope
    ),
    units AS (
      SELECT p.id, p.id = ${scope.communeId}::uuid AS own
      FROM "Place" p
      WHERE p.id = ANY((SELECT ids FROM area)::uuid[]) AND p.level = 'COMMUNE'
    ),
    above AS (
      SELECT DISTINCT c."ancestorId" AS id FROM "PlaceClosure" c
      WHERE c."descendantId" = ANY((SELECT array_agg(id) FROM units)::uuid[])
    ),
    criteria_set AS (
      SELECT s.id, s.levels FROM "CriteriaSet" s
      WHERE s.programme = 'NEW_RURAL_DEVELOPMENT' AND s."appliesTo" = 'COMMUNE' AND s."issuerPlaceId" IS NULL
        AND s."archivedAt" IS NULL
        AND s."validFrom" <= ${yearEnd(year)} AND (s."validTo" IS NULL OR s."validTo" >= make_date(${year}, 1, 1))
      ORDER BY 'STANDARD' = ANY(s.levels) DESC, s."validFrom" DESC, s.code
      LIMIT 1
    ),
    grid AS (
      SELECT c.id AS criterion_id, c.number, level
      FROM criteria_set s
      JOIN "Criterion" c ON c."setId" = s.id AND c."archivedAt" IS NULL
      CROSS JOIN LATERAL unnest(coalesce(nullif(s.levels, '{}'), ARRAY['STANDARD']::"AttainmentLevel"[])) AS level
    ),
    -- Read by unit first (a few rows) rather than by criterion (every commune's rows).
    unit_assessments AS MATERIALIZED (
      SELECT a."criterionId" AS criterion_id, a.level, a.status, u.own
      FROM "CriterionAssessment" a JOIN units u ON u.id = a."placeId"
      WHERE a."placeId" = ANY((SELECT array_agg(id) FROM units)::uuid[]) AND a.year = ${year}
    ),
    statuses AS (
      SELECT g.criterion_id, g.number, g.level, chosen.status
      FROM grid g
      LEFT JOIN LATERAL (
        SELECT ua.status FROM unit_assessments ua
        WHERE ua.criterion_id = g.criterion_id AND ua.level = g.level
        ORDER BY ua.own DESC, CASE ua.status WHEN 'NOT_MET' THEN 0 WHEN 'BASICALLY_MET' THEN 1 ELSE 2 END
        LIMIT 1
      ) chosen ON TRUE
    ),
    contributions AS (
      SELECT ac."criterionId" AS criterion_id,
        array_agg(act.id::text ORDER BY act."occurredOn" DESC, act.id) AS activity_ids
      FROM "ActivityCriterion" ac
      JOIN "Activity" act ON act.id = ac."activityId"
      WHERE act."placeId" = ANY((SELECT ids FROM area)::uuid[]) AND act."occurredOn" <= ${yearEnd(year)}
        AND ac."criterionId" IN (SELECT criterion_id FROM grid)
      GROUP BY ac."criterionId"
    ),
    per_level AS (
      SELECT s.level,
        count(*) FILTER (WHERE s.status = 'MET')::int AS met,
        count(*) FILTER (WHERE s.status = 'BASICALLY_MET')::int AS basically_met,
        count(*) FILTER (WHERE s.status = 'NOT_MET')::int AS not_met,
        count(*) FILTER (WHERE s.status IS NULL)::int AS not_assessed,
        count(*)::int AS total,
        coalesce(
          json_agg(
            json_build_object(
              'criterionId', s.criterion_id,
              'status', s.status,
              'contributingActivityIds', coalesce(c.activity_ids, ARRAY[]::text[])
            ) ORDER BY s.number
          ) FILTER (WHERE s.status IS DISTINCT FROM 'MET'),
          '[]'::json
        ) AS unmet
      FROM statuses s LEFT JOIN contributions c ON c.criterion_id = s.criterion_id
      GROUP BY s.level
    ),
    assigned AS (
      SELECT t.id, t."agencyId", ag.name
      FROM "Twinning" t JOIN "Agency" ag ON ag.id = t."agencyId"
      WHERE t."placeId" IN (SELECT id FROM above) AND ${twinningRanDuring(year)}
    ),
    support AS (
      SELECT act."valueVnd", act."occurredOn" BETWEEN make_date(${year}, 1, 1) AND make_date(${year}, 12, 31) AS in_year
      FROM "Activity" act WHERE act."placeId" = ANY((SELECT ids FROM area)::uuid[])
    )
    SELECT
      EXISTS (SELECT 1 FROM units WHERE own) AS "isCommune",
      (SELECT array_agg(u.id::text ORDER BY p.name, u.id) FROM units u JOIN "Place" p ON p.id = u.id WHERE NOT u.own)
        AS "predecessorIds",
      (SELECT id::text FROM criteria_set) AS "criteriaSetId",
      (SELECT max(r.level)::text FROM "Recognition" r
        WHERE r."placeId" = ${scope.communeId}::uuid AND ${recognitionInForceAt(year)}) AS "recognisedLevel",
      (SELECT json_agg(json_build_object(
          'level', level, 'met', met, 'basicallyMet', basically_met, 'notMet', not_met,
          'notAssessed', not_assessed, 'total', total, 'unmetCriteria', unmet
        ) ORDER BY level) FROM per_level) AS levels,
      (SELECT array_agg(id::text ORDER BY name, id) FROM assigned) AS "twinningIds",
      (SELECT array_agg("agencyId"::text ORDER BY name, "agencyId")
        FROM (SELECT DISTINCT "agencyId", name FROM assigned) agencies) AS "assignedAgencyIds",
      (SELECT json_agg(json_build_object('needId', n.id, 'criterionId', n."criterionId")
          ORDER BY n."requestedOn", n.id)
        FROM "Need" n
        WHERE n."placeId" = ANY((SELECT ids FROM area)::uuid[]) AND n.status IN ('OPEN', 'PLEDGED')) AS "openNeeds",
      (SELECT coalesce(sum("valueVnd") FILTER (WHERE in_year), 0)::text FROM support) AS "yearValueVnd",
      (SELECT count(*) FILTER (WHERE in_year) FROM support) AS "yearActivityCount",
      (SELECT coalesce(sum("valueVnd"), 0)::text FROM support) AS "allTimeValueVnd",
      (SELECT count(*) FROM support) AS "allTimeActivityCount"`;
  },
});

/** The scorecard `communeScorecardRow` reads, its empty lists as []; null when the place is not a commune. */
export async function communeScorecard(db: PrismaClient, scope: ScorecardScope): Promise<Scorecard | null> {
  const [row] = await communeScorecardRow.run(db, scope);
  if (!row?.isCommune) return null;
  return {
    predecessorIds: row.predecessorIds ?? [],
    criteriaSetId: row.criteriaSetId,
    recognisedLevel: row.recognisedLevel,
    levels: row.levels ?? [],
    twinningIds: row.twinningIds ?? [],
    assignedAgencyIds: row.assignedAgencyIds ?? [],
    openNeeds: row.openNeeds ?? [],
    supportInYear: { valueVnd: row.yearValueVnd, activityCount: row.yearActivityCount },
    supportAllTime: { valueVnd: row.allTimeValueVnd, activityCount: row.allTimeActivityCount },
  };
}
