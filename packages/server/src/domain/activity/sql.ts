import type { PrismaClient } from '../../db/database.ts';

/** Sum of the valued in-kind items of each activity; activities with no valued item are absent. */
export async function activityItemValues(db: PrismaClient, activityIds: string[]): Promise<Map<string, bigint>> {
  const groups = await db.activityItem.groupBy({
    by: ['activityId'],
    where: { activityId: { in: activityIds }, valueVnd: { not: null } },
    _sum: { valueVnd: true },
  });
  return new Map(groups.map((group) => [group.activityId, group._sum.valueVnd ?? 0n]));
}
