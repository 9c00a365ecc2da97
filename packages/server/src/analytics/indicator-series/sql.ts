import { z } from 'zod';
import type { PrismaClient } from '../../db/database.ts';
import { type IndicatorObservation, Prisma } from '../../generated/prisma/client.ts';
import { readRowsByTable } from '../../sql/json-rows.ts';
import { column, namedQuery } from '../../sql/query.ts';

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
  observations: IndicatorObservation[];
  firstYear: number | null;
  lastYear: number | null;
  /** Last value minus first, in the indicator's unit; null under two years. */
  change: number | null;
  /** (last − first) / (lastYear − firstYear): percentage points a year for a rate; null under two years. */
  averageYearlyChange: number | null;
}

/** A series row; the place or the indicator may not exist (`placeFound`, `indicatorId`). */
export const indicatorSeriesColumns = z.object({
  placeFound: z.boolean(),
  indicatorId: z.string().nullable(),
  observations: z
    .string()
    .nullable()
    .transform((text) => readRowsByTable(text).IndicatorObservation ?? []),
  firstYear: z.number().nullable(),
  lastYear: z.number().nullable(),
  change: column.decimal,
  averageYearlyChange: column.decimal,
});

/**
 * An indicator's observations for a place over a range of years and their average yearly change,
 * as one statement (a `WITH … SELECT` a larger statement can also embed as a subquery, as the
 * scorecard does). A year the place has no observation of its own is taken from a predecessor only
 * when exactly one predecessor reported it: a rate of several merged units cannot be combined
 * without their populations, so such years are left out rather than invented. The observations
 * come whole (`IndicatorObservation` rows), so showing them costs no second statement.
 */
export function indicatorSeriesSql(query: {
  placeId: Prisma.Sql;
  /** The place and the units it replaced, each once, as a uuid[] expression. */
  placeIds: Prisma.Sql;
  indicatorCode: string;
  /** A year, or an SQL int expression; none bounds the series. */
  fromYear?: number | Prisma.Sql | null;
  toYear?: number | Prisma.Sql | null;
}): Prisma.Sql {
  const fromYear = yearBound(query.fromYear);
  const toYear = yearBound(query.toYear);
  return Prisma.sql`
    WITH indicator AS (
      SELECT id FROM "Indicator" WHERE code = ${query.indicatorCode}
    ),
    observed AS (
      SELECT found.o AS observation, (found.o).year, (found.o).value, (found.o)."placeId" = ${query.placeId} AS own,
        count(*) OVER (PARTITION BY (found.o).year) AS reports,
        bool_or((found.o)."placeId" = ${query.placeId}) OVER (PARTITION BY (found.o).year) AS own_reported
      FROM unnest(${query.placeIds}) place(id) CROSS JOIN indicator i
      -- Each place's rows read by their (place, indicator, year) key. Kept a subquery (OFFSET 0):
      -- flattened into a join, a prepared statement's generic plan read the indicator's every row
      -- where each place has a few.
      CROSS JOIN LATERAL (
        SELECT o FROM "IndicatorObservation" o
        WHERE o."placeId" = place.id AND o."indicatorId" = i.id
          AND (${fromYear} IS NULL OR o.year >= ${fromYear})
          AND (${toYear} IS NULL OR o.year <= ${toYear})
        OFFSET 0
      ) found
    ),
    series AS (
      SELECT * FROM observed WHERE own OR (NOT own_reported AND reports = 1)
    ),
    -- Aggregated in the order of the years, sorted once, where each ORDER BY inside an aggregate
    -- would sort the rows apart.
    ends AS (
      SELECT min(year) AS first_year, max(year) AS last_year,
        (array_agg(value))[1] AS first_value,
        (array_agg(value))[count(*)] AS last_value,
        json_agg(observation) AS observations,
        array_agg(observation) AS observation_rows
      FROM (SELECT * FROM series ORDER BY year) series
    )
    SELECT EXISTS (SELECT 1 FROM "Place" WHERE id = ${query.placeId}) AS "placeFound",
      (SELECT id::text FROM indicator) AS "indicatorId",
      json_build_object('IndicatorObservation', observations)::text AS observations,
      -- The same observations as rows of their table, for a compiled read (http/compiled-reads.ts).
      observation_rows AS "observationRows",
      first_year AS "firstYear",
      last_year AS "lastYear",
      CASE WHEN last_year > first_year THEN (last_value - first_value)::text END AS change,
      CASE WHEN last_year > first_year
        THEN ((last_value - first_value) / (last_year - first_year))::text
      END AS "averageYearlyChange"
    FROM ends`;
}

function yearBound(year: number | Prisma.Sql | null | undefined): Prisma.Sql {
  return year instanceof Prisma.Sql ? Prisma.sql`(${year})::int` : Prisma.sql`${year ?? null}::int`;
}

export const indicatorSeriesRow = namedQuery({
  name: 'indicatorSeriesRow',
  row: indicatorSeriesColumns,
  sample: async (db) => {
    // The place with the most observations of one indicator in the demo data.
    const [observed] = await db.$queryRaw<Array<{ placeId: string; code: string }>>`
      SELECT o."placeId"::text AS "placeId", i.code
      FROM "IndicatorObservation" o JOIN "Indicator" i ON i.id = o."indicatorId"
      GROUP BY o."placeId", i.code ORDER BY count(*) DESC, o."placeId", i.code LIMIT 1`;
    return { placeId: observed?.placeId ?? '', indicatorCode: observed?.code ?? '' };
  },
  sql: (query: IndicatorSeriesQuery) =>
    indicatorSeriesSql({
      ...query,
      placeId: Prisma.sql`${query.placeId}::uuid`,
      placeIds: Prisma.sql`${[query.placeId, ...(query.predecessorIds ?? [])]}::uuid[]`,
    }),
});

/** The series of a row of `indicatorSeriesColumns`; null when the place or the indicator does not exist. */
export function seriesFromRow(placeId: string, row: z.output<typeof indicatorSeriesColumns>): IndicatorSeries | null {
  if (!row.placeFound || !row.indicatorId) return null;
  return {
    placeId,
    indicatorId: row.indicatorId,
    observations: row.observations,
    firstYear: row.firstYear,
    lastYear: row.lastYear,
    change: row.change,
    averageYearlyChange: row.averageYearlyChange,
  };
}

/** The series `indicatorSeriesRow` reads; null when the place or the indicator does not exist. */
export async function indicatorSeries(db: PrismaClient, query: IndicatorSeriesQuery): Promise<IndicatorSeries | null> {
  const [row] = await indicatorSeriesRow.run(db, query);
  return row ? seriesFromRow(query.placeId, row) : null;
}
