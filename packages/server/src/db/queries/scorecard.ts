import { Prisma } from '../../generated/prisma/client.ts';
import type { AssessmentStatus, AttainmentLevel } from '../../generated/prisma/enums.ts';
import type { PrismaClient } from '../database.ts';
import { recognitionInForceAt, twinningRanDuring, yearEnd } from './periods.ts';

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
}

export interface ScorecardScope {
  communeId: string;
  year: number;
  /**
   * The commune and what lies in it: its villages and, with history, the units it replaced.
   * Assessments are read from the commune-level units among them, activities and needs from all.
   */
  areaIds: string[];
}

/**
 * A commune's New Rural Development scorecard for a year, in one statement. The applicable
 * criteria set is the national commune set valid in that year that carries the standard level
 * (the model level has a set of its own, Decision 319; a set that names no levels is scored at
 * the standard level); a criterion's status is the
 * commune's own assessment, or — for a commune created by a merger, before it existed — the
 * weakest status among the communes it replaced, since the merged unit meets a criterion only
 * where all its parts did. Null when the place is not a commune.
 */
export async function communeScorecard(db: PrismaClient, scope: ScorecardScope): Promise<Scorecard | null> {
  const year = Prisma.sql`${scope.year}::int`;
  const [row] = await db.$queryRaw<
    Array<{
      isCommune: boolean;
      predecessorIds: string[] | null;
      criteriaSetId: string | null;
      recognisedLevel: AttainmentLevel | null;
      levels: ScorecardLevel[] | null;
      twinningIds: string[] | null;
      assignedAgencyIds: string[] | null;
      openNeeds: OpenNeedRef[] | null;
    }>
  >`
    WITH RECURSIVE area AS (
      SELECT DISTINCT unnest(${scope.areaIds}::uuid[]) AS id
    ),
    units AS (
      SELECT p.id, p.id = ${scope.communeId}::uuid AS own
      FROM "Place" p JOIN area ON area.id = p.id
      WHERE p.level = 'COMMUNE'
    ),
    above(id) AS (
      SELECT id FROM units
      UNION
      SELECT p."parentId" FROM above JOIN "Place" p ON p.id = above.id WHERE p."parentId" IS NOT NULL
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
    statuses AS (
      SELECT g.criterion_id, g.number, g.level, chosen.status
      FROM grid g
      LEFT JOIN LATERAL (
        SELECT a.status FROM "CriterionAssessment" a JOIN units u ON u.id = a."placeId"
        WHERE a."criterionId" = g.criterion_id AND a.level = g.level AND a.year = ${year}
        ORDER BY u.own DESC, CASE a.status WHEN 'NOT_MET' THEN 0 WHEN 'BASICALLY_MET' THEN 1 ELSE 2 END
        LIMIT 1
      ) chosen ON TRUE
    ),
    contributions AS (
      SELECT ac."criterionId" AS criterion_id,
        array_agg(act.id::text ORDER BY act."occurredOn" DESC, act.id) AS activity_ids
      FROM "ActivityCriterion" ac
      JOIN "Activity" act ON act.id = ac."activityId"
      WHERE act."placeId" IN (SELECT id FROM area) AND act."occurredOn" <= ${yearEnd(year)}
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
        WHERE n."placeId" IN (SELECT id FROM area) AND n.status IN ('OPEN', 'PLEDGED')) AS "openNeeds"`;
  if (!row?.isCommune) return null;
  return {
    predecessorIds: row.predecessorIds ?? [],
    criteriaSetId: row.criteriaSetId,
    recognisedLevel: row.recognisedLevel,
    levels: row.levels ?? [],
    twinningIds: row.twinningIds ?? [],
    assignedAgencyIds: row.assignedAgencyIds ?? [],
    openNeeds: row.openNeeds ?? [],
  };
}
