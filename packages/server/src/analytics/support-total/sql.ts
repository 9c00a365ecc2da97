import { z } from 'zod';
import { coversWholeYears, dateRange, type Period } from '../../dates.ts';
import type { PrismaClient } from '../../db/database.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { scopes } from '../../sql/fragments/place-tree.ts';
import type { PlaceScopeOptions } from '../../sql/place-scope.ts';
import { column, namedQuery } from '../../sql/query.ts';
import { supportRowsSql } from '../support-summary/sql.ts';

interface ValueAndCount {
  valueVnd: bigint;
  activityCount: number;
}

/**
 * Value and number of the activities delivered to each place and, as asked, to the units below it
 * and the units it replaced: one statement for the whole list, whatever its length (the IDs are one
 * array parameter), summed from the support rollups.
 */
export const placeSupportTotalRows = namedQuery({
  name: 'placeSupportTotalRows',
  row: z.object({ placeId: z.string(), valueVnd: column.money, activityCount: column.count }),
  sample: async (db) => {
    const places = await db.$queryRaw<Array<{ id: string }>>`
      SELECT DISTINCT "placeId"::text AS id FROM "Activity" ORDER BY 1 LIMIT 5`;
    return {
      placeIds: places.map((place) => place.id),
      options: { includeDescendants: true, includeHistory: true },
      period: {},
    };
  },
  sql: ({ placeIds, options, period }: { placeIds: readonly string[]; options: PlaceScopeOptions; period: Period }) =>
    Prisma.sql`
    WITH RECURSIVE scope(root, id, below) AS (${scopes(Prisma.sql`SELECT unnest(${[...new Set(placeIds)]}::uuid[])`, options, 'scope')}),
    members AS (SELECT DISTINCT root, id FROM scope),
    src AS (${supportRowsSql({ placesIn: Prisma.sql`SELECT id FROM members`, from: period.from ?? undefined, to: period.to ?? undefined })})
    SELECT m.root::text AS "placeId", coalesce(sum(s.v), 0)::text AS "valueVnd", coalesce(sum(s.n), 0)::bigint AS "activityCount"
    FROM members m JOIN src s ON s."placeId" = m.id
    GROUP BY m.root`,
});

/**
 * The same totals for places with the units below them, over whole years, from "SupportTreeRollup"
 * (each place's subtree summed ahead, per year): one row per year and subtree instead of one per
 * unit. With history, the subtrees are those of each place and of every unit it replaced, found by
 * following lineage into each subtree found so far (only units with predecessors are visited, not
 * every unit of the area). A subtree that lies inside another found for the same place is left
 * out, so nothing is counted twice: the subtrees summed are disjoint, and together they hold the
 * same units as the walk of `scopes`.
 */
export const placeSubtreeTotalRows = namedQuery({
  name: 'placeSubtreeTotalRows',
  row: z.object({ placeId: z.string(), valueVnd: column.money, activityCount: column.count }),
  sample: async (db) => {
    const places = await db.$queryRaw<Array<{ id: string }>>`
      SELECT DISTINCT c."ancestorId"::text AS id FROM "PlaceClosure" c JOIN "Activity" a ON a."placeId" = c."descendantId"
      WHERE c."ancestorLevel" = 'PROVINCE' ORDER BY 1 LIMIT 5`;
    return { placeIds: places.map((place) => place.id), includeHistory: true, period: {} };
  },
  sql: ({
    placeIds,
    includeHistory,
    period,
  }: {
    placeIds: readonly string[];
    includeHistory: boolean;
    period: Period;
  }) =>
    Prisma.sql`
    WITH RECURSIVE found(root, id) AS (
      SELECT root.id, root.id FROM unnest(${[...new Set(placeIds)]}::uuid[]) AS root(id)
      ${
        includeHistory
          ? Prisma.sql`UNION
      SELECT found.root, l."predecessorId" FROM found
      JOIN "PlaceClosure" c ON c."ancestorId" = found.id
      JOIN "PlaceLineage" l ON l."successorId" = c."descendantId" AND l."isDefaultSuccessor"`
          : Prisma.empty
      }
    ),
    -- Materialised so the planner looks up each found unit's ancestors first, rather than pairing
    -- every two found units of a place.
    found_above AS MATERIALIZED (
      SELECT f.root, f.id, c."ancestorId" FROM found f JOIN "PlaceClosure" c ON c."descendantId" = f.id AND c.depth > 0
    ),
    tops AS (
      SELECT root, id FROM found
      EXCEPT
      SELECT a.root, a.id FROM found_above a JOIN found g ON g.root = a.root AND g.id = a."ancestorId"
    )
    SELECT t.root::text AS "placeId", coalesce(sum(r."valueVnd"), 0)::text AS "valueVnd",
      coalesce(sum(r."activityCount"), 0)::bigint AS "activityCount"
    FROM tops t JOIN "SupportTreeRollup" r ON r."placeId" = t.id
      ${period.from ? Prisma.sql`AND r.year >= ${period.from.getUTCFullYear()}::int` : Prisma.empty}
      ${period.to ? Prisma.sql`AND r.year <= ${period.to.getUTCFullYear()}::int` : Prisma.empty}
    GROUP BY t.root`,
});

/**
 * Value and number of the activities delivered to each place and, as asked, to the units below it
 * and the units it replaced: one statement for the whole list. With the units below and whole
 * years (the usual question, and every total of a list of provinces or districts) it is read from
 * the subtree rollup; otherwise the scope is walked unit by unit.
 */
export async function placeSupportTotals(
  db: PrismaClient,
  placeIds: string[],
  options: PlaceScopeOptions,
  period: Period,
): Promise<Map<string, ValueAndCount>> {
  const rows =
    options.includeDescendants && coversWholeYears(period)
      ? await placeSubtreeTotalRows.run(db, { placeIds, includeHistory: options.includeHistory, period })
      : await placeSupportTotalRows.run(db, { placeIds, options, period });
  return new Map(rows.map(({ placeId, ...totals }) => [placeId, totals]));
}

/** Value and number of the activities each agency led, one GROUP BY for all of them. */
export async function agencySupportTotals(
  db: PrismaClient,
  agencyIds: string[],
  period: Period,
): Promise<Map<string, ValueAndCount>> {
  const groups = await db.activity.groupBy({
    by: ['agencyId'],
    where: { agencyId: { in: agencyIds }, occurredOn: dateRange(period) },
    _sum: { valueVnd: true },
    _count: { _all: true },
  });
  return new Map(
    groups.map((group) => [group.agencyId, { valueVnd: group._sum.valueVnd ?? 0n, activityCount: group._count._all }]),
  );
}

/**
 * Value and number of the activities delivered along each twinning, in one statement. Reports
 * often record a gift by who gave it and where, not by which assignment it fell under, so an
 * activity without a twinning counts for the twinning of the same agency and place that was
 * running on the day it happened.
 */
export const twinningSupportTotalRows = namedQuery({
  name: 'twinningSupportTotalRows',
  row: z.object({ twinningId: z.string(), valueVnd: column.money, activityCount: z.number() }),
  sample: async (db) => {
    const twinnings = await db.$queryRaw<Array<{ id: string }>>`SELECT id::text AS id FROM "Twinning" ORDER BY id`;
    return { twinningIds: twinnings.map((twinning) => twinning.id), period: {} };
  },
  sql: ({ twinningIds, period }: { twinningIds: readonly string[]; period: Period }) => Prisma.sql`
    SELECT t.id::text AS "twinningId",
      coalesce(sum(a."valueVnd"), 0)::text AS "valueVnd",
      count(a.id)::int AS "activityCount"
    FROM "Twinning" t
    JOIN "Activity" a ON (
        a."twinningId" = t.id
        OR (a."twinningId" IS NULL AND a."agencyId" = t."agencyId" AND a."placeId" = t."placeId"
            AND a."occurredOn" >= t."startsOn" AND (t."endsOn" IS NULL OR a."occurredOn" <= t."endsOn")))
      ${period.from ? Prisma.sql`AND a."occurredOn" >= ${period.from}::date` : Prisma.empty}
      ${period.to ? Prisma.sql`AND a."occurredOn" <= ${period.to}::date` : Prisma.empty}
    WHERE t.id = ANY(${twinningIds}::uuid[])
    GROUP BY t.id`,
});

export async function twinningSupportTotals(
  db: PrismaClient,
  twinningIds: string[],
  period: Period,
): Promise<Map<string, ValueAndCount>> {
  const rows = await twinningSupportTotalRows.run(db, { twinningIds, period });
  return new Map(rows.map(({ twinningId, ...totals }) => [twinningId, totals]));
}
