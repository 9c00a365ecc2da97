import { Prisma } from '../../generated/prisma/client.ts';
import type { PrismaClient } from '../database.ts';

/** An inclusive date range; either end may be open. */
export interface Period {
  from?: Date | null;
  to?: Date | null;
}

interface ValueAndCount {
  valueVnd: bigint;
  activityCount: number;
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
export async function twinningSupportTotals(
  db: PrismaClient,
  twinningIds: string[],
  period: Period,
): Promise<Map<string, ValueAndCount>> {
  const rows = await db.$queryRaw<Array<{ twinningId: string; valueVnd: string; activityCount: number }>>`
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
    GROUP BY t.id`;
  return new Map(
    rows.map((row) => [row.twinningId, { valueVnd: BigInt(row.valueVnd), activityCount: row.activityCount }]),
  );
}

/** Sum of the valued in-kind items of each activity; activities with no valued item are absent. */
export async function activityItemValues(db: PrismaClient, activityIds: string[]): Promise<Map<string, bigint>> {
  const groups = await db.activityItem.groupBy({
    by: ['activityId'],
    where: { activityId: { in: activityIds }, valueVnd: { not: null } },
    _sum: { valueVnd: true },
  });
  return new Map(groups.map((group) => [group.activityId, group._sum.valueVnd ?? 0n]));
}

/** Sum pledged to each need by pledges not withdrawn. */
export async function needPledgedTotals(db: PrismaClient, needIds: string[]): Promise<Map<string, bigint>> {
  const groups = await db.needPledge.groupBy({
    by: ['needId'],
    where: { needId: { in: needIds }, withdrawnOn: null },
    _sum: { amountVnd: true },
  });
  return new Map(groups.map((group) => [group.needId, group._sum.amountVnd ?? 0n]));
}

function dateRange(period: Period): Prisma.DateTimeFilter | undefined {
  if (!period.from && !period.to) return undefined;
  return { ...(period.from ? { gte: period.from } : {}), ...(period.to ? { lte: period.to } : {}) };
}
