import type { PrismaClient } from '../../db/database.ts';

/** Sum pledged to each need by pledges not withdrawn. */
export async function needPledgedTotals(db: PrismaClient, needIds: string[]): Promise<Map<string, bigint>> {
  const groups = await db.needPledge.groupBy({
    by: ['needId'],
    where: { needId: { in: needIds }, withdrawnOn: null },
    _sum: { amountVnd: true },
  });
  return new Map(groups.map((group) => [group.needId, group._sum.amountVnd ?? 0n]));
}
