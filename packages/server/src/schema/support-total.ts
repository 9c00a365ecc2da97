import type { PrismaClient } from '../db/database.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { builder } from './builder.ts';

export interface SupportTotal {
  valueVnd: bigint;
  activityCount: number;
}

export const SupportTotalRef = builder.objectRef<SupportTotal>('SupportTotal').implement({
  description: 'The value and number of support activities matching a question, summed in the database.',
  fields: (t) => ({
    valueVnd: t.field({
      type: 'Money',
      description: 'Sum of the activities’ values in VND (activities without a value count as 0).',
      resolve: (total) => total.valueVnd,
    }),
    activityCount: t.exposeInt('activityCount'),
  }),
});

/** One aggregate statement; rows never come back to JS to be summed. */
export async function supportTotal(db: PrismaClient, where: Prisma.ActivityWhereInput): Promise<SupportTotal> {
  const result = await db.activity.aggregate({ where, _sum: { valueVnd: true }, _count: { _all: true } });
  return { valueVnd: result._sum.valueVnd ?? 0n, activityCount: result._count._all };
}
