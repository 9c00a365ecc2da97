import { z } from 'zod';
import type { PrismaClient } from '../../db/database.ts';
import {
  type Activity,
  type Agency,
  type Criterion,
  type Need,
  type Place,
  Prisma,
  type Twinning,
} from '../../generated/prisma/client.ts';
import { AssessmentStatus, AttainmentLevel } from '../../generated/prisma/enums.ts';
import { recognitionInForceAt, twinningRanDuring, yearEnd } from '../../sql/fragments/periods.ts';
import { descendants, scopes } from '../../sql/fragments/place-tree.ts';
import { readRowsByTable } from '../../sql/json-rows.ts';
import { column, namedQuery, type Queryable } from '../../sql/query.ts';
import {
  type IndicatorSeries,
  indicatorSeriesColumns,
  indicatorSeriesSql,
  seriesFromRow,
} from '../indicator-series/sql.ts';

export interface ScorecardCriterion {
  criterion: Criterion;
  /** Null when the criterion was not assessed that year. */
  status: AssessmentStatus | null;
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

export interface SupportSums {
  valueVnd: bigint;
  activityCount: number;
}

export interface Scorecard {
  commune: Place;
  /** The communes it replaced whose records the scorecard drew on (with history), by name. */
  predecessors: Place[];
  criteriaSetId: string | null;
  recognisedLevel: AttainmentLevel | null;
  levels: ScorecardLevel[];
  /** Twinnings that ran during the year on the commune or a unit above it, by agency name, each with its agency. */
  twinnings: Array<Twinning & { agency: Agency }>;
  /** Their agencies, each once, by name. */
  assignedAgencies: Agency[];
  /** Requests of the area still open or only pledged, oldest first. */
  openNeeds: Need[];
  /** The commune and what lies in it (with history, also the units it replaced and theirs). */
  areaIds: string[];
  /** Activities delivered to the area during the year, and in all years. */
  supportInYear: SupportSums;
  supportAllTime: SupportSums;
  povertyTrend: IndicatorSeries | null;
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
 * where all its parts did. The area is walked once, here; its support sums come in the same row,
 * from the subtree rollup, and its unit IDs for `contributingActivities`, read only when asked
 * (every activity of the area up to the year, which a commune long supported has in thousands).
 * One row; its lists are null when empty.
 */
export const communeScorecardRow = namedQuery({
  name: 'communeScorecardRow',
  row: z.object({
    isCommune: z.boolean(),
    criteriaSetId: z.string().nullable(),
    recognisedLevel: z.enum(AttainmentLevel).nullable(),
    levels: z
      .string()
      .nullable()
      .transform((text): unknown => (text === null ? null : JSON.parse(text)))
      .pipe(
        z
          .array(
            z.object({
              level: z.enum(AttainmentLevel),
              met: z.number(),
              basicallyMet: z.number(),
              notMet: z.number(),
              notAssessed: z.number(),
              total: z.number(),
              unmetCriteria: z.array(
                z.object({ criterionId: z.string(), status: z.enum(AssessmentStatus).nullable() }),
              ),
            }),
          )
          .nullable(),
      ),
    /** The rows the scorecard shows: its communes, missing criteria, agencies, twinnings and needs. */
    rows: z.string().transform(readRowsByTable),
    areaIds: ids,
    yearValueVnd: column.money,
    yearActivityCount: column.count,
    allTimeValueVnd: column.money,
    allTimeActivityCount: column.count,
    povertySeries: z.string().transform((text) => indicatorSeriesColumns.parse(JSON.parse(text))),
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
    const commune = Prisma.sql`${scope.communeId}::uuid`;
    return Prisma.sql`
    ${scope.includeHistory ? areaWithHistory(commune) : areaOfCommune(commune)}
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
    ${scope.includeHistory ? weakestStatuses(year) : ownStatuses(commune, year)}
    statuses AS (
      SELECT g.criterion_id, g.number, g.level, chosen.status
      FROM grid g LEFT JOIN chosen ON chosen.criterion_id = g.criterion_id AND chosen.level = g.level
    ),
    per_level AS (
      SELECT s.level,
        count(*) FILTER (WHERE s.status = 'MET')::int AS met,
        count(*) FILTER (WHERE s.status = 'BASICALLY_MET')::int AS basically_met,
        count(*) FILTER (WHERE s.status = 'NOT_MET')::int AS not_met,
        count(*) FILTER (WHERE s.status IS NULL)::int AS not_assessed,
        count(*)::int AS total,
        -- JSON written out (see "levels" below).
        coalesce(
          '[' || string_agg(
            '{"criterionId" : "' || s.criterion_id || '", "status" : ' || coalesce('"' || s.status || '"', 'null') || '}',
            ', ' ORDER BY s.number
          ) FILTER (WHERE s.status IS DISTINCT FROM 'MET') || ']',
          '[]'
        ) AS unmet
      FROM statuses s
      GROUP BY s.level
    ),
    assigned AS (
      SELECT ran.t AS twinning, (ran.t).id, (ran.t)."agencyId", ag.name
      FROM above
      -- Each unit's twinnings read through the index on their place. Kept a subquery (OFFSET 0):
      -- flattened, the generic plan of the prepared statement scanned every twinning of the year
      -- (or hashed the few units against the whole table).
      CROSS JOIN LATERAL (
        SELECT t FROM "Twinning" t WHERE t."placeId" = above.id AND ${twinningRanDuring(year)} OFFSET 0
      ) ran
      JOIN "Agency" ag ON ag.id = (ran.t)."agencyId"
    ),
    support AS (
      SELECT coalesce(sum(r."valueVnd") FILTER (WHERE r.year = ${year}), 0)::text AS year_value,
        coalesce(sum(r."activityCount") FILTER (WHERE r.year = ${year}), 0)::bigint AS year_count,
        coalesce(sum(r."valueVnd"), 0)::text AS all_value,
        coalesce(sum(r."activityCount"), 0)::bigint AS all_count
      FROM "SupportTreeRollup" r WHERE r."placeId" IN (SELECT id FROM tops)
    ),
    -- The rows the scorecard shows, in the order it shows them: whole rows (arrays of the table's
    -- row type), the missing criteria as IDs.
    shown AS (
      SELECT
        (SELECT array_agg(p ORDER BY NOT u.own, p.name, p.id) FROM units u JOIN "Place" p ON p.id = u.id) AS places,
        (SELECT array_agg(c.id ORDER BY c.number) FROM "Criterion" c
          WHERE c.id IN (SELECT criterion_id FROM statuses WHERE status IS DISTINCT FROM 'MET')) AS criteria,
        (SELECT array_agg(a.twinning ORDER BY a.name, a.id) FROM assigned a) AS twinnings,
        (SELECT array_agg(ag ORDER BY ag.name, ag.id) FROM "Agency" ag
          WHERE ag.id = ANY((SELECT array_agg("agencyId") FROM assigned)::uuid[])) AS agencies,
        (SELECT array_agg(n ORDER BY n."requestedOn", n.id) FROM "Need" n
          WHERE n."placeId" = ANY((SELECT ids FROM area)::uuid[]) AND n.status IN ('OPEN', 'PLEDGED')) AS needs
    )
    SELECT
      EXISTS (SELECT 1 FROM units WHERE own) AS "isCommune",
      (SELECT id::text FROM criteria_set) AS "criteriaSetId",
      (SELECT max(r.level)::text FROM "Recognition" r
        WHERE r."placeId" = ${scope.communeId}::uuid AND ${recognitionInForceAt(year)}) AS "recognisedLevel",
      -- The levels' JSON as text, written out: json_build_object looks up how to write each of its
      -- arguments on every call (to PostgreSQL 15), and these are enum labels, numbers and UUIDs,
      -- which JSON writes as they are.
      (SELECT '[' || string_agg(
          '{"level" : "' || level || '", "met" : ' || met || ', "basicallyMet" : ' || basically_met
            || ', "notMet" : ' || not_met || ', "notAssessed" : ' || not_assessed || ', "total" : ' || total
            || ', "unmetCriteria" : ' || unmet || '}',
          ', ' ORDER BY level
        ) || ']' FROM per_level) AS levels,
      json_build_object(
        'Place', ${rowsIn(Prisma.sql`shown.places`)},
        'Criterion', ${rowsOf('Criterion', Prisma.sql`shown.criteria`)},
        'Twinning', ${rowsIn(Prisma.sql`shown.twinnings`)},
        'Agency', ${rowsIn(Prisma.sql`shown.agencies`)},
        'Need', ${rowsIn(Prisma.sql`shown.needs`)}
      )::text AS rows,
      -- The same rows, for a compiled read (http/compiled-reads.ts) that builds their JSON itself.
      shown.places AS "placeRows",
      shown.twinnings AS "twinningRows",
      shown.agencies AS "agencyRows",
      shown.needs AS "needRows",
      (SELECT array_agg(id) FROM units) AS "unitIds",
      (SELECT ids::text[] FROM area) AS "areaIds",
      support.year_value AS "yearValueVnd",
      support.year_count AS "yearActivityCount",
      support.all_value AS "allTimeValueVnd",
      support.all_count AS "allTimeActivityCount",
      (SELECT row_to_json(series)::text FROM (${indicatorSeriesSql({
        placeId: Prisma.sql`${scope.communeId}::uuid`,
        placeIds: Prisma.sql`(SELECT array_agg(id) FROM units)::uuid[]`,
        indicatorCode: 'POVERTY_RATE',
        toYear: scope.year,
      })}) series) AS "povertySeries"
    FROM support, shown`;
  },
});

/**
 * `area` (its IDs as one array), `units` (its commune-level units, `own` for the commune),
 * `above` (every unit above those) and `tops` (the units whose subtrees make up the area) of a
 * commune without its history: the commune and what lies in it, from the closure alone.
 */
function areaOfCommune(commune: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`WITH
    area AS (
      SELECT array_agg(id) AS ids FROM (${descendants(Prisma.sql`SELECT ${commune}`, 'area')}) below
    ),
    units AS (
      SELECT p.id, TRUE AS own FROM "Place" p WHERE p.id = ${commune} AND p.level = 'COMMUNE'
    ),
    above AS (
      SELECT c."ancestorId" AS id FROM "PlaceClosure" c WHERE c."descendantId" = ${commune}
    ),
    tops AS (
      SELECT ${commune} AS id
    ),`;
}

/** `area`, `units`, `above` and `tops` as `areaOfCommune` has them, with the units the commune replaced. */
function areaWithHistory(commune: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`WITH RECURSIVE scope(root, id, below) AS (${scopes(
    Prisma.sql`SELECT ${commune}`,
    { includeDescendants: true, includeHistory: true },
    'scope',
  )}),
    -- The area and its units as arrays: "= ANY" of one array lets the planner use the indexes,
    -- where it guesses a recursive CTE's size far too large and scans whole tables.
    area AS (
      SELECT array_agg(DISTINCT id) AS ids FROM scope
    ),
    units AS (
      SELECT p.id, p.id = ${commune} AS own
      FROM "Place" p
      WHERE p.id = ANY((SELECT ids FROM area)::uuid[]) AND p.level = 'COMMUNE'
    ),
    above AS (
      SELECT DISTINCT c."ancestorId" AS id FROM "PlaceClosure" c
      WHERE c."descendantId" = ANY((SELECT array_agg(id) FROM units)::uuid[])
    ),
    -- The subtrees of the units found other than below another (the commune and those it
    -- replaced): the outermost of them are disjoint, so their subtree rollups sum the area once.
    tops AS (
      SELECT DISTINCT s.id FROM scope s
      WHERE NOT s.below AND NOT EXISTS (
        SELECT 1 FROM "PlaceClosure" c
        WHERE c."descendantId" = s.id AND c.depth > 0
          AND c."ancestorId" IN (SELECT f.id FROM scope f WHERE NOT f.below))
    ),`;
}

/** `chosen` `(criterion_id, level, status)`: the commune's own assessments of the year. */
function ownStatuses(commune: Prisma.Sql, year: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`chosen AS (
      SELECT a."criterionId" AS criterion_id, a.level, a.status
      FROM "CriterionAssessment" a WHERE a."placeId" = ${commune} AND a.year = ${year}
    ),`;
}

/**
 * `chosen` as `ownStatuses` has it, over the commune's units: the commune's own status where it
 * was assessed, else the weakest among the units it replaced.
 */
function weakestStatuses(year: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`-- Read by unit first (a few rows) rather than by criterion (every commune's rows).
    unit_assessments AS MATERIALIZED (
      SELECT a."criterionId" AS criterion_id, a.level, a.status, u.own
      FROM "CriterionAssessment" a JOIN units u ON u.id = a."placeId"
      WHERE a."placeId" = ANY((SELECT array_agg(id) FROM units)::uuid[]) AND a.year = ${year}
    ),
    chosen AS (
      SELECT ua.criterion_id, ua.level,
        -- min() of a rank, where an ordered array_agg would sort each criterion's few rows apart.
        (ARRAY['NOT_MET', 'BASICALLY_MET', 'MET', 'NOT_MET', 'BASICALLY_MET', 'MET']::"AssessmentStatus"[])[
          min(CASE WHEN ua.own THEN 0 ELSE 3 END
            + CASE ua.status WHEN 'NOT_MET' THEN 1 WHEN 'BASICALLY_MET' THEN 2 ELSE 3 END)] AS status
      FROM unit_assessments ua
      GROUP BY ua.criterion_id, ua.level
    ),`;
}

/**
 * The rows in an array of a table's row type, as a JSON array in the array's order (an aggregate of
 * one function's rows reads them as the function returns them); null for none.
 */
function rowsIn(rows: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT json_agg(r) FROM unnest(${rows}) r)`;
}

/** The rows of a table whose IDs are in an array, as a JSON array in the array's order; null for none. */
function rowsOf(table: string, ids: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT json_agg(r ORDER BY listed.position) FROM unnest(${ids}) WITH ORDINALITY listed(id, position)
    JOIN ${Prisma.raw(`"${table}"`)} r ON r.id = listed.id)`;
}

/** Finds a row of `rows` by id, or throws `missing` followed by the id. */
function lookup<Row extends { id: string }>(rows: readonly Row[], missing: string): (id: string) => Row {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return (id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`${missing} ${id}.`);
    return found;
  };
}

/** The scorecard `communeScorecardRow` reads, its empty lists as []; null when the place is not a commune. */
export async function communeScorecard(db: PrismaClient, scope: ScorecardScope): Promise<Scorecard | null> {
  const [row] = await communeScorecardRow.run(db, scope);
  if (!row?.isCommune) return null;
  const [commune, ...predecessors] = row.rows.Place ?? [];
  if (!commune) throw new Error(`The scorecard of ${scope.communeId} came without the commune's row.`);
  const criterion = lookup(row.rows.Criterion ?? [], `The scorecard of ${scope.communeId} came without criterion`);
  const agency = lookup(row.rows.Agency ?? [], `The scorecard of ${scope.communeId} came without agency`);
  return {
    commune,
    predecessors,
    criteriaSetId: row.criteriaSetId,
    recognisedLevel: row.recognisedLevel,
    levels: (row.levels ?? []).map((level) => ({
      ...level,
      unmetCriteria: level.unmetCriteria.map(({ criterionId, status }) => ({
        criterion: criterion(criterionId),
        status,
      })),
    })),
    twinnings: (row.rows.Twinning ?? []).map((twinning) => ({ ...twinning, agency: agency(twinning.agencyId) })),
    assignedAgencies: row.rows.Agency ?? [],
    openNeeds: row.rows.Need ?? [],
    areaIds: row.areaIds,
    supportInYear: { valueVnd: row.yearValueVnd, activityCount: row.yearActivityCount },
    supportAllTime: { valueVnd: row.allTimeValueVnd, activityCount: row.allTimeActivityCount },
    povertyTrend: seriesFromRow(scope.communeId, row.povertySeries),
  };
}

/** The activities recorded as contributing to one criterion in a scorecard's area, up to its year. */
export interface ContributionKey {
  areaIds: readonly string[];
  year: number;
  criterionId: string;
}

export const contributionCacheKey = (key: ContributionKey) => `${key.year}:${key.criterionId}:${key.areaIds.join()}`;

/**
 * The activities at the area, up to the end of the year, recorded as contributing to each
 * criterion asked, newest first: one statement per area and year (a request has one scorecard,
 * rarely more), whatever the number of criteria.
 */
export async function contributingActivities(db: Queryable, keys: readonly ContributionKey[]): Promise<Activity[][]> {
  const groups = Map.groupBy(keys, (key) => `${key.year}:${key.areaIds.join()}`);
  const found = new Map<string, Activity[]>();
  for (const group of groups.values()) {
    const { areaIds, year } = group[0]!;
    const rows = await db.$queryRaw<Array<Activity & { contributesTo: string }>>`
      SELECT ac."criterionId"::text AS "contributesTo", act.*
      FROM "ActivityCriterion" ac JOIN "Activity" act ON act.id = ac."activityId"
      WHERE act."placeId" = ANY(${areaIds}::uuid[]) AND act."occurredOn" <= ${yearEnd(Prisma.sql`${year}::int`)}
        AND ac."criterionId" = ANY(${group.map((key) => key.criterionId)}::uuid[])
      ORDER BY act."occurredOn" DESC, act.id`;
    const byCriterion = Map.groupBy(rows, (row) => row.contributesTo);
    for (const [criterionId, activities] of byCriterion) {
      found.set(
        contributionCacheKey({ areaIds, year, criterionId }),
        activities.map(({ contributesTo: _, ...activity }) => activity),
      );
    }
  }
  return keys.map((key) => found.get(contributionCacheKey(key)) ?? []);
}
