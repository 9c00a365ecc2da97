import type { PrismaClient } from '../database.ts';

export interface IndicatorSeriesQuery {
  placeId: string;
  /** Units the place replaced (through lineage); their observations fill years before it existed. */
  predecessorIds?: string[];
  indicatorCode: string;
  fromYear?: number | null;
  toYear?: number | null;
}

export interface IndicatorSeries {
  placeId: string;
  indicatorId: string;
  /** The observations that make up the series, one per year, oldest first. */
  observationIds: string[];
  firstYear: number | null;
  lastYear: number | null;
  /** Last value minus first, in the indicator's unit; null under two years. */
  change: number | null;
  /** (last − first) / (lastYear − firstYear): percentage points a year for a rate; null under two years. */
  averageYearlyChange: number | null;
}

/**
 * An indicator's observations for a place over a range of years and their average yearly change,
 * computed in one statement. A year the place has no observation of its own is taken from a
 * predecessor only when exactly one predecessor reported it: a rate of several merged units cannot
 * be combined without their populations, so such years are left out rather than invented.
 * Null when the place or the indicator does not exist.
 */
export async function indicatorSeries(db: PrismaClient, query: IndicatorSeriesQuery): Promise<IndicatorSeries | null> {
  const placeIds = [query.placeId, ...(query.predecessorIds ?? [])];
  const [row] = await db.$queryRaw<
    Array<{
      placeFound: boolean;
      indicatorId: string | null;
      observationIds: string[] | null;
      firstYear: number | null;
      lastYear: number | null;
      change: string | null;
      averageYearlyChange: string | null;
    }>
  >`
    WITH indicator AS (
      SELECT id FROM "Indicator" WHERE code = ${query.indicatorCode}
    ),
    observed AS (
      SELECT o.id, o.year, o.value, o."placeId" = ${query.placeId}::uuid AS own,
        count(*) OVER (PARTITION BY o.year) AS reports,
        bool_or(o."placeId" = ${query.placeId}::uuid) OVER (PARTITION BY o.year) AS own_reported
      FROM "IndicatorObservation" o JOIN indicator i ON i.id = o."indicatorId"
      WHERE o."placeId" = ANY(${placeIds}::uuid[])
        AND (${query.fromYear ?? null}::int IS NULL OR o.year >= ${query.fromYear ?? null}::int)
        AND (${query.toYear ?? null}::int IS NULL OR o.year <= ${query.toYear ?? null}::int)
    ),
    series AS (
      SELECT * FROM observed WHERE own OR (NOT own_reported AND reports = 1)
    ),
    ends AS (
      SELECT min(year) AS first_year, max(year) AS last_year,
        (array_agg(value ORDER BY year))[1] AS first_value,
        (array_agg(value ORDER BY year DESC))[1] AS last_value,
        array_agg(id::text ORDER BY year) AS ids
      FROM series
    )
    SELECT EXISTS (SELECT 1 FROM "Place" WHERE id = ${query.placeId}::uuid) AS "placeFound",
      (SELECT id::text FROM indicator) AS "indicatorId",
      ids AS "observationIds",
      first_year AS "firstYear",
      last_year AS "lastYear",
      CASE WHEN last_year > first_year THEN (last_value - first_value)::text END AS change,
      CASE WHEN last_year > first_year
        THEN ((last_value - first_value) / (last_year - first_year))::text
      END AS "averageYearlyChange"
    FROM ends`;
  if (!row?.placeFound || !row.indicatorId) return null;
  return {
    placeId: query.placeId,
    indicatorId: row.indicatorId,
    observationIds: row.observationIds ?? [],
    firstYear: row.firstYear,
    lastYear: row.lastYear,
    change: row.change === null ? null : Number(row.change),
    averageYearlyChange: row.averageYearlyChange === null ? null : Number(row.averageYearlyChange),
  };
}
