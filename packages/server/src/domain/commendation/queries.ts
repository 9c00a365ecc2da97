import { dateRange } from '../../dates.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { RecipientKind } from '../../generated/prisma/enums.ts';
import { builder } from '../../schema/builder.ts';
import type { Context } from '../../schema/context.ts';
import { RecipientKindEnum } from '../../schema/enums.ts';
import { type DecodedID, inList, placeFilter } from '../../schema/filters.ts';
import { AgencyRef, CampaignRef, placeTypes } from '../../schema/refs.ts';
import { CommendationTotalsRef } from './type.ts';

builder.queryFields((t) => {
  const filterArgs = {
    placeId: t.arg.globalID({ for: placeTypes, required: false }),
    includeDescendants: t.arg.boolean({
      defaultValue: false,
      description: 'With placeId: also commendations in the programmes of the units below it.',
    }),
    campaignId: t.arg.globalID({ for: CampaignRef, required: false }),
    recipientKind: t.arg({ type: [RecipientKindEnum], required: false }),
    recipientAgencyId: t.arg.globalID({ for: AgencyRef, required: false }),
    from: t.arg({ type: 'Date', required: false, description: 'Awarded on or after this date.' }),
    to: t.arg({ type: 'Date', required: false, description: 'Awarded on or before this date.' }),
  };
  return {
    commendations: t.prismaConnection({
      type: 'Commendation',
      cursor: 'id',
      description: 'Certificates of merit awarded, newest first.',
      args: filterArgs,
      totalCount: async (_root, args, context) =>
        context.db.commendation.count({ where: await commendationWhere(context, args) }),
      resolve: async (query, _root, args, context) =>
        context.db.commendation.findMany({
          ...query,
          where: await commendationWhere(context, args),
          orderBy: [{ awardedOn: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
        }),
    }),
    commendationTotals: t.field({
      type: CommendationTotalsRef,
      description: 'How many groups and individuals the matching commendations cover (records with counts are summed).',
      args: filterArgs,
      resolve: async (_root, args, context) => {
        const sums = await context.db.commendation.groupBy({
          by: ['recipientKind'],
          where: await commendationWhere(context, args),
          _sum: { recipientCount: true },
        });
        const count = (kind: RecipientKind) => sums.find((sum) => sum.recipientKind === kind)?._sum.recipientCount ?? 0;
        return { groups: count('GROUP'), individuals: count('INDIVIDUAL') };
      },
    }),
  };
});

interface CommendationArgs {
  placeId?: DecodedID | null;
  includeDescendants?: boolean | null;
  campaignId?: DecodedID | null;
  recipientKind?: readonly RecipientKind[] | null;
  recipientAgencyId?: DecodedID | null;
  from?: Date | null;
  to?: Date | null;
}

async function commendationWhere(context: Context, args: CommendationArgs): Promise<Prisma.CommendationWhereInput> {
  return {
    placeId: await placeFilter(context, args.placeId, args.includeDescendants),
    campaignId: args.campaignId?.id,
    recipientKind: inList(args.recipientKind),
    recipientAgencyId: args.recipientAgencyId?.id,
    awardedOn: dateRange(args),
  };
}
