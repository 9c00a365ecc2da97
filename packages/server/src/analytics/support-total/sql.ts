import { z } from 'zod';
import { dateRange, type Period } from '../../dates.ts';
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

export async function placeSupportTotals(
  db: PrismaClient,
  placeIds: string[],
  options: PlaceScopeOptions,
  period: Period,
): Promise<Map<string, ValueAndCount>> {
  const rows = await placeSupportTotalRows.run(db, { placeIds, options, period });
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
